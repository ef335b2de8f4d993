/** `/organisation/:id`: what it does where, whom to call there, and what may be shared. */
import { AgreementTerms } from '../../../components/agreement-terms';
import { ContactReach } from '../../../components/contact-details';
import { usePageTitle } from '../../../components/page-title';
import { ReportContact } from '../../../components/report-contact';
import { ErrorMessage, Loading } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { ROLES } from '../../../lib/schema';
import { useViewer } from '../../../lib/viewer';
import {
  type OrganisationContactPoint,
  type OrganisationDetail,
  type OrganisationPerson,
  useOrganisation,
} from '../api/organisation';

export function OrganisationPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { data, error, loading, refetch } = useOrganisation(id, lang);
  const organisation = data?.organisation;
  usePageTitle(organisation?.name ?? (data ? t('error.NOT_FOUND') : undefined));

  if (error) return <ErrorMessage error={error} onRetry={refetch} />;
  if (loading || !data) return <Loading />;
  if (!organisation) {
    return (
      <div className="page">
        <h1>{t('error.NOT_FOUND')}</h1>
        <p>{t('org.notFound')}</p>
        <Link to="/">{t('notFound.home')}</Link>
      </div>
    );
  }

  return (
    <div className="page">
      <header className="page__header">
        <p className="kicker">
          {t(`orgType.${organisation.type}`)} · {t(`country.${organisation.country}`)}
        </p>
        <h1>
          {organisation.name}
          {organisation.shortName && !organisation.name.includes(organisation.shortName) && (
            <span className="h1-aside"> ({organisation.shortName})</span>
          )}
        </h1>
        {organisation.status === 'ARCHIVED' && (
          <p className="notice notice--warning">{t('org.archived')}</p>
        )}
        {organisation.description && <p className="lead">{organisation.description}</p>}
        <p className="page__links">
          {organisation.website && (
            <a href={organisation.website} rel="noopener noreferrer">
              {t('org.website')}: {organisation.website.replace(/^https?:\/\//, '')}
            </a>
          )}
          <Link to={`/graph?focus=${encodeURIComponent(organisation.id)}`}>
            {t('wtc.showOnGraph')}
          </Link>
        </p>
      </header>

      <div className="two-columns">
        <div className="stack">
          <Contacts organisation={organisation} />
        </div>
        <div className="stack">
          <Roles organisation={organisation} />
          <section className="section" aria-labelledby="coverage">
            <h2 id="coverage">{t('org.coverage')}</h2>
            {organisation.coverage.length === 0 ? (
              <p className="muted">{t('org.none')}</p>
            ) : (
              <ul className="plain">
                {organisation.coverage.map((region) => (
                  <li key={region.id}>
                    {region.type === 'MUNICIPALITY' ? (
                      <Link to={`/municipality/${encodeURIComponent(region.id)}`}>
                        {region.name}
                      </Link>
                    ) : (
                      region.name
                    )}{' '}
                    <span className="muted small">({t(`regionType.${region.type}`)})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <Agreements organisation={organisation} />
          <section className="section" aria-labelledby="counterparts">
            <h2 id="counterparts">{t('org.counterparts')}</h2>
            {organisation.counterparts.length === 0 ? (
              <p className="muted">{t('org.none')}</p>
            ) : (
              <ul className="plain">
                {organisation.counterparts.map((other) => (
                  <li key={other.id}>
                    <Link to={`/organisation/${encodeURIComponent(other.id)}`}>{other.name}</Link>{' '}
                    <span className="muted small">({t(`country.${other.country}`)})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {organisation.networks.length > 0 && (
            <section className="section" aria-labelledby="networks">
              <h2 id="networks">{t('org.networks')}</h2>
              <ul className="plain">
                {organisation.networks.map((network) => (
                  <li key={network.id}>{network.name}</li>
                ))}
              </ul>
            </section>
          )}
          {organisation.measures.length > 0 && (
            <section className="section" aria-labelledby="measures">
              <h2 id="measures">{t('org.measures')}</h2>
              <ul className="plain">
                {organisation.measures.map((measure) => {
                  const barrier = measure.barriers[0]?.code;
                  return (
                    <li key={measure.id}>
                      {barrier ? (
                        <Link to={`/barrier/${encodeURIComponent(barrier)}#${measure.id}`}>
                          {measure.name}
                        </Link>
                      ) : (
                        measure.name
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}

/** Contact points and people, first those of the organisation, then per unit. */
function Contacts({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const ofUnit = <T extends { unit: { id: string } | null }>(items: T[], unitId: string | null) =>
    items.filter((item) => (item.unit?.id ?? null) === unitId);
  return (
    <section className="section" aria-labelledby="contacts">
      <h2 id="contacts">{t('org.contactPoints')}</h2>
      {viewer === null && (
        <p className="notice notice--info">
          {t('org.peopleHidden')}{' '}
          <Link to={`/sign-in?next=${encodeURIComponent(`/organisation/${organisation.id}`)}`}>
            {t('auth.signIn')}
          </Link>
        </p>
      )}
      <ContactList
        points={ofUnit(organisation.contactPoints, null)}
        people={ofUnit(organisation.people, null)}
      />
      {organisation.units.length > 0 && (
        <>
          <h3 className="subheading">{t('org.units')}</h3>
          {organisation.units.map((unit) => (
            <section
              key={unit.id}
              id={unit.id}
              className="unit"
              aria-labelledby={`${unit.id}-title`}
            >
              <h4 id={`${unit.id}-title`}>{unit.name}</h4>
              {unit.description && <p className="muted">{unit.description}</p>}
              <ContactList
                points={ofUnit(organisation.contactPoints, unit.id)}
                people={ofUnit(organisation.people, unit.id)}
              />
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function ContactList({
  points,
  people,
}: {
  points: OrganisationContactPoint[];
  people: OrganisationPerson[];
}) {
  const { t } = useI18n();
  if (points.length === 0 && people.length === 0) return null;
  return (
    <ul className="contacts">
      {points.map((point) => (
        <li key={point.id} className="contact">
          <p className="contact__head">
            <Link className="contact__name" to={`/contact/${encodeURIComponent(point.id)}`}>
              {point.name}
            </Link>
            <span className="muted">{t(`contactKind.${point.kind}`)}</span>
          </p>
          <ContactReach contact={point} />
          <ReportContact contactId={point.id} name={point.name} />
        </li>
      ))}
      {people.map((person) => (
        <li key={person.id} className="contact contact--person">
          <p className="contact__head">
            <Link className="contact__name" to={`/contact/${encodeURIComponent(person.id)}`}>
              {person.name}
            </Link>
            <span className="muted">{person.function ?? t('contact.person')}</span>
          </p>
          <ContactReach contact={person} />
          <ReportContact contactId={person.id} name={person.name} />
        </li>
      ))}
    </ul>
  );
}

/** The organisation's roles as a barrier × role list. */
function Roles({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useI18n();
  const barriers = new Map<string, { name: string; roles: Set<string> }>();
  for (const { role, barrier } of organisation.roles) {
    const row = barriers.get(barrier.code) ?? { name: barrier.name, roles: new Set<string>() };
    row.roles.add(role);
    barriers.set(barrier.code, row);
  }
  return (
    <section className="section" aria-labelledby="roles">
      <h2 id="roles">{t('org.roles')}</h2>
      {barriers.size === 0 ? (
        <p className="muted">{t('org.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">
            {t('org.rolesCaption', { name: organisation.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('org.barrierColumn')}</th>
              <th scope="col">{t('org.rolesColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {[...barriers.entries()].map(([code, row]) => (
              <tr key={code}>
                <th scope="row">
                  <Link to={`/barrier/${encodeURIComponent(code)}`}>{row.name}</Link>
                </th>
                <td>
                  <ul className="chips">
                    {ROLES.filter((role) => row.roles.has(role)).map((role) => (
                      <li key={role} className="chip">
                        {t(`role.${role}`)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Agreements({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useI18n();
  return (
    <section className="section" aria-labelledby="agreements">
      <h2 id="agreements">{t('org.agreements')}</h2>
      {organisation.agreements.length === 0 ? (
        <p className="muted">{t('org.none')}</p>
      ) : (
        <ul className="plain stack">
          {organisation.agreements.map((agreement) => {
            const other = agreement.from.id === organisation.id ? agreement.to : agreement.from;
            return (
              <li key={agreement.id} className="agreement card card--flat">
                <p>
                  <Link to={`/organisation/${encodeURIComponent(other.id)}`}>{other.name}</Link>
                </p>
                <AgreementTerms agreement={agreement} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
