/** One partner on one line: name, its role at this barrier, its first number; opens to its card. */
import { PhoneLink } from '../../../components/contact-details';
import { useI18n } from '../../../lib/i18n';
import type { AnswerEntry } from '../api/who-to-call';
import { mergeContacts } from '../utils/contacts';
import { AnswerCard } from './answer-card';

export function AnswerRow({
  entry,
  expanded,
  onToggle,
}: {
  entry: AnswerEntry;
  expanded: boolean;
  onToggle: () => void;
}) {
  const { t } = useI18n();
  const { organisation } = entry;
  // The first contact with a number (primary first); a mailbox only when nobody has one.
  const contacts = mergeContacts(entry.contacts);
  const first = contacts.find((c) => c.contact.phone)?.contact ?? contacts[0]?.contact;
  const detailsId = `details-${organisation.id}`;

  return (
    <li className={`answer-row scope--${entry.scope}`}>
      <div className="answer-row__line">
        <div className="answer-row__name">
          <h4 className="answer-row__heading">
            <button
              type="button"
              className="answer-row__toggle"
              aria-expanded={expanded}
              aria-controls={detailsId}
              onClick={onToggle}
            >
              {organisation.name}
            </button>
          </h4>
          {entry.sharing?.ownOrganisation && (
            <span className="badge badge--own">{t('answer.yourOrganisation')}</span>
          )}
        </div>
        <p className="answer-row__roles">
          {entry.roles.map((role) => t(`role.${role}`)).join(', ')}
        </p>
        <div className="answer-row__reach">
          {first?.phone ? (
            <PhoneLink phone={first.phone} name={first.name} />
          ) : first?.email ? (
            // The address itself is in the card; a short label keeps the line one line.
            <a className="reach reach--mail" href={`mailto:${first.email}`}>
              <span className="reach__icon" aria-hidden="true">
                ✉
              </span>
              <span className="reach__text no-print">{t('answer.email')}</span>
              <span className="print-only">{first.email}</span>
              <span className="visually-hidden">
                {' '}
                {first.name}: {first.email}
              </span>
            </a>
          ) : (
            <span className="muted">{t('answer.noContact')}</span>
          )}
        </div>
      </div>
      <div id={detailsId} className="answer-row__details" hidden={!expanded}>
        {expanded && <AnswerCard entry={entry} embedded />}
      </div>
    </li>
  );
}
