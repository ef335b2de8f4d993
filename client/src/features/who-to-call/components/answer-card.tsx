/** One partner in the answer: who, why (role, scope, coverage), whom to call first, sharing. */
import { ContactReach } from '../../../components/contact-details';
import { ReportContact } from '../../../components/report-contact';
import { useI18n } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import type { AnswerEntry } from '../api/who-to-call';
import { mergeContacts } from '../utils/contacts';
import { SharingNote } from './sharing-note';

/**
 * `embedded`: inside an answer row that already names the partner (its heading is the row's),
 * so the card leaves out its own title and links to the organisation page instead.
 */
export function AnswerCard({
  entry,
  embedded = false,
}: {
  entry: AnswerEntry;
  embedded?: boolean;
}) {
  const { t } = useI18n();
  const { organisation } = entry;
  const contacts = mergeContacts(entry.contacts);
  const headingId = `entry-${organisation.id}`;

  return (
    <article
      className={`answer-card scope--${entry.scope}${embedded ? ' answer-card--embedded' : ''}`}
      aria-labelledby={embedded ? undefined : headingId}
      aria-label={embedded ? organisation.name : undefined}
    >
      <header className="answer-card__header">
        <p className="answer-card__meta">
          <span className={`badge badge--scope badge--${entry.scope}`}>
            {t(`scope.${entry.scope}`)}
          </span>
          <span>{t(`orgType.${organisation.type}`)}</span>
          <span aria-hidden="true">·</span>
          <span>{t(`country.${organisation.country}`)}</span>
          <span className="answer-card__rank">{t('card.rank', { rank: entry.rank })}</span>
        </p>
        {!embedded && (
          <h4 id={headingId} className="answer-card__title">
            <Link to={`/organisation/${encodeURIComponent(organisation.id)}`}>
              {organisation.name}
            </Link>
          </h4>
        )}
        {entry.via && <p className="muted">{t('card.via', { name: entry.via.name })}</p>}
      </header>

      <dl className="facts facts--inline">
        <div>
          <dt>{t('card.roles')}</dt>
          <dd>
            <ul className="chips">
              {entry.roles.map((role) => (
                <li key={role} className="chip">
                  {t(`role.${role}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {entry.coveragePath.length > 0 && (
          <div>
            <dt>{t('card.coverage')}</dt>
            <dd>{entry.coveragePath.map((region) => region.name).join(' → ')}</dd>
          </div>
        )}
      </dl>

      {contacts.length === 0 ? (
        <p className="muted">{t('card.noContacts')}</p>
      ) : (
        <ol className="contacts" aria-label={t('card.contacts')}>
          {contacts.map(({ contact, priority, roles, stale }) => (
            <li key={contact.id} className={`contact contact--${priority}`}>
              <p className="contact__head">
                <span className={`badge badge--${priority}`}>
                  {t(`answer.priority.${priority}`)}
                </span>
                <Link className="contact__name" to={`/contact/${encodeURIComponent(contact.id)}`}>
                  {contact.name}
                </Link>
                {contact.__typename === 'Person' && (
                  <span className="muted">{contact.function ?? t('contact.person')}</span>
                )}
              </p>
              {roles.length > 0 && (
                <p className="contact__roles muted">
                  {t('contact.asRole', { role: roles.map((r) => t(`role.${r}`)).join(', ') })}
                  {contact.unit ? ` · ${contact.unit.name}` : ''}
                </p>
              )}
              <ContactReach
                contact={{
                  name: contact.name,
                  phone: contact.phone,
                  email: contact.email,
                  hours: contact.__typename === 'ContactPoint' ? contact.hours : null,
                  languages: contact.languages,
                  lastVerifiedAt: contact.lastVerifiedAt,
                  stale,
                }}
              />
              <ReportContact contactId={contact.id} name={contact.name} />
            </li>
          ))}
        </ol>
      )}

      <SharingNote sharing={entry.sharing} />

      <p className="answer-card__links no-print">
        {embedded && (
          <Link to={`/organisation/${encodeURIComponent(organisation.id)}`}>
            {t('answer.organisationPage', { name: organisation.name })}
          </Link>
        )}
        <Link to={`/graph?focus=${encodeURIComponent(organisation.id)}`}>
          {t('wtc.showOnGraph')}
        </Link>
      </p>
    </article>
  );
}
