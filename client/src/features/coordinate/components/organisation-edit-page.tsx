/** `/coordinate/organisation/:id`: every part of an organisation to change, and its history. */
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import type { MessageKey } from '../../../i18n/nl';
import { Link, useSearchParams } from '../../../lib/router';
import { probeAccess } from '../api/access';
import {
  fetchEditOptions,
  fetchOrganisation,
  type OrganisationEdit,
  setOrganisationStatus,
} from '../api/organisation';
import { useLoad } from '../hooks/use-load';
import { useVersionBoard, type VersionBoard } from '../hooks/use-version-board';
import { useText } from '../i18n/use-text';
import { ArchiveSection } from './archive-section';
import { FormFailure } from './edit-section';
import { HistoryTab } from './history-list';
import { DetailsForm, LinksForm, RolesForm } from './organisation-forms';
import {
  EntityTabs,
  LoadFailure,
  NotFoundNotice,
  OutOfScope,
  RequireEditor,
  useTab,
} from './page-parts';
import { SuccessBanner } from './success-banner';
import { UnsavedSections } from './unsaved-summary';

export function OrganisationEditPage({ id }: { id: string }) {
  return (
    <RequireEditor>
      <OrganisationEditor id={id} />
    </RequireEditor>
  );
}

function OrganisationEditor({ id }: { id: string }) {
  const { ct, lang } = useText();
  const tab = useTab();
  const created = useSearchParams().get('created') === '1';
  const loaded = useLoad(
    () =>
      Promise.all([
        fetchOrganisation(id, lang),
        probeAccess('organisation', id, lang),
        fetchEditOptions(lang),
      ]),
    [id, lang],
  );
  const [organisation, access, options] = loaded.data ?? [];
  const name = organisation?.organisation?.name;
  usePageTitle(name ? ct('org.editTitle', { name }) : undefined);

  const board = useVersionBoard();

  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.loading && !loaded.data) return <Loading />;
  const org = organisation?.organisation;
  if (!org || !access || !options || access.status === 'notFound')
    return <NotFoundNotice text={ct('org.notFound')} />;

  const path = `/coordinate/organisation/${encodeURIComponent(id)}`;
  return (
    <div className="page coordinate-page">
      <header className="page__header">
        <p className="kicker">{ct('org.kicker')}</p>
        <h1>{org.name}</h1>
        <p className="page__links">
          <Link to={`/organisation/${encodeURIComponent(id)}`}>{ct('org.viewPage')}</Link>
          <Link to="/coordinate">{ct('access.toDashboard')}</Link>
        </p>
      </header>
      {created && tab === 'edit' && <SuccessBanner>{ct('org.created')}</SuccessBanner>}
      <EntityTabs path={path} tab={tab} />
      {tab === 'history' ? (
        <HistoryTab of={{ kind: 'organisation', id }} onRestored={loaded.reload} />
      ) : access.status === 'forbidden' ? (
        <OutOfScope readPath={`/organisation/${encodeURIComponent(id)}`} />
      ) : access.status === 'failed' ? (
        <FormFailure error={access.error} />
      ) : (
        <UnsavedSections>
          <div className="edit-layout">
            <div className="stack">
              <DetailsForm id={id} stored={access.stored} board={board} />
              <RolesForm
                id={id}
                roles={org.roles}
                version={org.version}
                barriers={options.barriers}
                board={board}
              />
            </div>
            <div className="stack">
              <ContactsOverview organisation={org} />
              <LinksForm
                id={id}
                links="coverage"
                initial={org.coverage.map((r) => r.id)}
                version={org.version}
                options={options}
                board={board}
              />
              <LinksForm
                id={id}
                links="counterparts"
                initial={org.counterparts.map((o) => o.id)}
                names={Object.fromEntries(org.counterparts.map((o) => [o.id, o.name]))}
                version={org.version}
                options={options}
                board={board}
              />
              <LinksForm
                id={id}
                links="networks"
                initial={org.networks.map((n) => n.id)}
                version={org.version}
                options={options}
                board={board}
              />
              <AgreementsOverview organisation={org} />
              <StatusSection organisation={org} board={board} onChanged={loaded.reload} />
            </div>
          </div>
        </UnsavedSections>
      )}
    </div>
  );
}

/** Departments and contacts, each with its edit link; and the ways to add one. */
function ContactsOverview({ organisation }: { organisation: OrganisationEdit }) {
  const { t, ct } = useText();
  const owner = encodeURIComponent(organisation.id);
  const unitName = (unitId: string | undefined) =>
    organisation.units.find((u) => u.id === unitId)?.name;
  return (
    <section className="edit-section card" aria-labelledby="org-contacts-title">
      <h2 id="org-contacts-title" className="edit-section__title">
        {ct('org.contacts')}
      </h2>
      {organisation.contactPoints.length + organisation.people.length === 0 ? (
        <p className="muted">{ct('org.noContacts')}</p>
      ) : (
        <ul className="edit-list">
          {organisation.contactPoints.map((point) => (
            <li key={point.id} className="edit-list__item">
              <span>
                <Link to={`/coordinate/contact/${encodeURIComponent(point.id)}`}>{point.name}</Link>
                <span className="muted small">
                  {' '}
                  {t(`contactKind.${point.kind}` as MessageKey)}
                  {point.unit ? ` · ${unitName(point.unit.id) ?? ''}` : ''}
                </span>
              </span>
              {point.stale && <span className="badge badge--warning">{t('contact.stale')}</span>}
            </li>
          ))}
          {organisation.people.map((person) => (
            <li key={person.id} className="edit-list__item">
              <span>
                <Link to={`/coordinate/contact/${encodeURIComponent(person.id)}`}>
                  {person.name}
                </Link>
                <span className="muted small">
                  {' '}
                  {person.function ?? t('contact.person')}
                  {person.unit ? ` · ${unitName(person.unit.id) ?? ''}` : ''}
                </span>
              </span>
              {person.stale && <span className="badge badge--warning">{t('contact.stale')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="form-actions">
        <Link
          className="button button--secondary"
          to={`/coordinate/new/contact?owner=${owner}&type=point`}
        >
          {ct('org.addContactPoint')}
        </Link>
        <Link
          className="button button--secondary"
          to={`/coordinate/new/contact?owner=${owner}&type=person`}
        >
          {ct('org.addPerson')}
        </Link>
      </p>
      <h3 className="subheading">{ct('org.units')}</h3>
      {organisation.units.length === 0 ? (
        <p className="muted">{ct('org.noUnits')}</p>
      ) : (
        <ul className="edit-list">
          {organisation.units.map((unit) => (
            <li key={unit.id} className="edit-list__item">
              <Link to={`/coordinate/unit/${encodeURIComponent(unit.id)}?organisation=${owner}`}>
                {unit.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="form-actions">
        <Link
          className="button button--secondary"
          to={`/coordinate/new/unit?organisation=${owner}`}
        >
          {ct('org.addUnit')}
        </Link>
      </p>
    </section>
  );
}

function AgreementsOverview({ organisation }: { organisation: OrganisationEdit }) {
  const { ct } = useText();
  const active = organisation.agreements.filter((a) => a.status !== 'ARCHIVED');
  return (
    <section className="edit-section card" aria-labelledby="org-agreements-title">
      <h2 id="org-agreements-title" className="edit-section__title">
        {ct('org.agreements')}
      </h2>
      {active.length === 0 ? (
        <p className="muted">{ct('org.noAgreements')}</p>
      ) : (
        <ul className="edit-list">
          {active.map((agreement) => {
            const other = agreement.from.id === organisation.id ? agreement.to : agreement.from;
            return (
              <li key={agreement.id} className="edit-list__item">
                <Link
                  to={`/coordinate/agreement/${encodeURIComponent(agreement.id)}?organisation=${encodeURIComponent(agreement.from.id)}`}
                >
                  {agreement.mutual
                    ? ct('agreement.mutualWith', { name: other.name })
                    : ct('agreement.direction', {
                        from: agreement.from.name,
                        to: agreement.to.name,
                      })}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <p className="form-actions">
        <Link
          className="button button--secondary"
          to={`/coordinate/new/agreement?from=${encodeURIComponent(organisation.id)}`}
        >
          {ct('org.addAgreement')}
        </Link>
      </p>
    </section>
  );
}

/** Archive (gone from who-to-call, history kept) or bring back. */
function StatusSection({
  organisation,
  board,
  onChanged,
}: {
  organisation: OrganisationEdit;
  board: VersionBoard;
  onChanged: () => void;
}) {
  const { ct, lang } = useText();
  return (
    <ArchiveSection
      titleId="org-status-title"
      texts={{
        title: 'org.status',
        isArchived: 'org.isArchived',
        isActive: 'org.isActive',
        confirm: 'org.confirmArchive',
        archive: 'org.archive',
        restore: 'org.restore',
      }}
      record={organisation}
      board={board}
      save={(status, version) => setOrganisationStatus(status, organisation.id, version, lang)}
      onChanged={onChanged}
      extra={(failure) =>
        failure.code === 'CONFLICT' && <p className="muted small">{ct('org.statusConflict')}</p>
      }
    />
  );
}
