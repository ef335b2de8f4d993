/** `/contact/:id`: how to reach this contact and what it is the one to call for. */
import { ContactReach } from '../../../components/contact-details';
import { usePageTitle } from '../../../components/page-title';
import { ReportContact } from '../../../components/report-contact';
import { ErrorMessage, Loading } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { downloadText, toVCardFile, vcfFileName } from '../../../utils/vcard';
import { type ContactDetail, useContact } from '../api/contact';

export function ContactPage({ id }: { id: string }) {
  const { t, lang, formatDate } = useI18n();
  const { data, error, loading, refetch } = useContact(id, lang);
  const contact = data?.contact;
  const hiddenPerson = error?.code === 'UNAUTHENTICATED';
  usePageTitle(
    contact?.name ?? (hiddenPerson ? t('contact.person') : data ? t('error.NOT_FOUND') : undefined),
  );

  if (hiddenPerson) {
    return (
      <div className="page">
        <p className="kicker">{t('contactPage.kicker')}</p>
        <h1>{t('contact.person')}</h1>
        <p className="notice notice--info">
          {t('contactPage.personHidden')}{' '}
          <Link to={`/sign-in?next=${encodeURIComponent(`/contact/${id}`)}`}>
            {t('auth.signIn')}
          </Link>
        </p>
      </div>
    );
  }
  if (error) return <ErrorMessage error={error} onRetry={refetch} />;
  if (loading || !data) return <Loading />;
  if (!contact) {
    return (
      <div className="page">
        <h1>{t('error.NOT_FOUND')}</h1>
        <p>{t('contactPage.notFound')}</p>
        <Link to="/">{t('notFound.home')}</Link>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <p className="kicker">
          {contact.__typename === 'Person'
            ? t('contact.person')
            : contact.kind
              ? t(`contactKind.${contact.kind}`)
              : t('contactPage.kicker')}
        </p>
        <h1>{contact.name}</h1>
        {contact.__typename === 'Person' && contact.function && (
          <p className="lead">{contact.function}</p>
        )}
        {contact.__typename === 'Person' && contact.since && (
          <p className="muted">{t('contactPage.since', { date: formatDate(contact.since) })}</p>
        )}
        <p className="page__links">
          <Link to={`/graph?focus=${encodeURIComponent(contact.id)}`}>{t('wtc.showOnGraph')}</Link>
        </p>
      </header>

      <div className="card stack">
        <ContactReach contact={contact} />
        <dl className="facts">
          {contact.organisation && (
            <div>
              <dt>{t('contactPage.organisation')}</dt>
              <dd>
                <Link to={`/organisation/${encodeURIComponent(contact.organisation.id)}`}>
                  {contact.organisation.name}
                </Link>
              </dd>
            </div>
          )}
          {contact.unit && (
            <div>
              <dt>{t('contactPage.unit')}</dt>
              <dd>{contact.unit.name}</dd>
            </div>
          )}
        </dl>
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => saveVCard(contact)}
          >
            {t('contactPage.saveVcard')}
          </button>
        </p>
        <ReportContact contactId={contact.id} name={contact.name} />
      </div>

      <section className="section" aria-labelledby="responsibilities">
        <h2 id="responsibilities">{t('contactPage.responsibilities')}</h2>
        {contact.responsibilities.length === 0 ? (
          <p className="muted">{t('org.none')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('contactPage.barrierColumn')}</th>
                <th scope="col">{t('contactPage.roleColumn')}</th>
                <th scope="col">{t('contactPage.priorityColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {contact.responsibilities.map((r) => (
                <tr key={`${r.barrier.code}-${r.role}-${r.priority}`}>
                  <th scope="row">
                    <Link to={`/barrier/${encodeURIComponent(r.barrier.code)}`}>
                      {r.barrier.name}
                    </Link>
                  </th>
                  <td>{r.role ? t(`role.${r.role}`) : '—'}</td>
                  <td>
                    <span className={`badge badge--${r.priority}`}>
                      {t(`priority.${r.priority}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function saveVCard(contact: ContactDetail) {
  const person = contact.__typename === 'Person' ? contact : undefined;
  const text = toVCardFile([
    {
      name: contact.name,
      firstName: person?.firstName,
      lastName: person?.lastName,
      organisation: contact.organisation?.name ?? '',
      unit: contact.unit?.name,
      title: person?.function,
      phone: contact.phone,
      email: contact.email,
      note: contact.__typename === 'ContactPoint' ? contact.hours : null,
    },
  ]);
  downloadText(vcfFileName([contact.name]), text);
}
