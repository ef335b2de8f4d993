/** The ways to reach a contact: click-to-call, click-to-mail, hours, languages, verification. */

import type { MessageKey } from '../i18n/nl';
import { useI18n } from '../lib/i18n';
import { formatPhone } from '../utils/phone';

export function PhoneLink({ phone, name }: { phone: string; name: string }) {
  const { t } = useI18n();
  return (
    <a
      className="reach reach--phone"
      href={`tel:${phone}`}
      aria-label={`${t('contact.call', { name })}: ${formatPhone(phone)}`}
    >
      <span className="reach__icon" aria-hidden="true">
        ☎
      </span>
      <span className="reach__text">{formatPhone(phone)}</span>
    </a>
  );
}

export function MailLink({ email, name }: { email: string; name: string }) {
  const { t } = useI18n();
  return (
    <a
      className="reach reach--mail"
      href={`mailto:${email}`}
      aria-label={`${t('contact.mail', { name })}: ${email}`}
    >
      <span className="reach__icon" aria-hidden="true">
        ✉
      </span>
      <span className="reach__text">{email}</span>
    </a>
  );
}

/** "Verified on 3 Dec 2025", with a stale mark when it is too long ago. */
export function Verified({ date, stale }: { date: string | null; stale: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <span className="verified">
      {date ? t('contact.verified', { date: formatDate(date) }) : t('contact.neverVerified')}
      {stale && (
        <span className="badge badge--warning" title={t('contact.staleHint')}>
          {t('contact.stale')}
          <span className="visually-hidden">: {t('contact.staleHint')}</span>
        </span>
      )}
    </span>
  );
}

/** Language codes (nl, fr, en, de) as words in the reader's language. */
export function languageList(t: (key: MessageKey) => string, codes: string[]): string {
  return codes
    .map((code) => {
      const key = `langName.${code.toLowerCase()}` as MessageKey;
      const word = t(key);
      return word === key ? code.toUpperCase() : word;
    })
    .join(', ');
}

interface ReachableContact {
  name: string;
  phone: string | null;
  email: string | null;
  hours?: string | null;
  languages: string[];
  lastVerifiedAt: string | null;
  stale: boolean;
}

/** Phone and e-mail as big links, then hours, languages and the verification line. */
export function ContactReach({ contact }: { contact: ReachableContact }) {
  const { t } = useI18n();
  return (
    <>
      {(contact.phone || contact.email) && (
        <div className="reach-row">
          {contact.phone && <PhoneLink phone={contact.phone} name={contact.name} />}
          {contact.email && <MailLink email={contact.email} name={contact.name} />}
        </div>
      )}
      <dl className="facts">
        {contact.hours && (
          <div>
            <dt>{t('contact.hours')}</dt>
            <dd>{contact.hours}</dd>
          </div>
        )}
        {contact.languages.length > 0 && (
          <div>
            <dt>{t('contact.languages')}</dt>
            <dd>{languageList(t, contact.languages)}</dd>
          </div>
        )}
      </dl>
      <Verified date={contact.lastVerifiedAt} stale={contact.stale} />
    </>
  );
}
