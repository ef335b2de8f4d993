/**
 * Administrators answer an access request (GDPR art. 15) from the person's page: everything held
 * about them as a printable page or a JSON file, in the language the person asked in.
 */
import { useId, useState } from 'react';
import { LANGS, type Lang } from '../../../lib/i18n';
import { useText } from '../i18n/use-text';

/** The server's download of an access request (server/src/privacy/access-request.plugin.ts). */
export function accessRequestLink(personId: string, format: 'html' | 'json', lang: Lang): string {
  return `/access-request/${encodeURIComponent(personId)}.${format}?lang=${lang}`;
}

export function AccessRequestSection({ personId }: { personId: string }) {
  const { t, ct, lang } = useText();
  const id = useId();
  const [language, setLanguage] = useState<Lang>(lang);
  return (
    <section className="edit-section card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="edit-section__title">
        {ct('accessRequest.title')}
      </h2>
      <p className="muted small">{ct('accessRequest.intro')}</p>
      <div className="field">
        <label className="label" htmlFor={`${id}-lang`}>
          {ct('accessRequest.language')}
        </label>
        <select
          id={`${id}-lang`}
          className="input"
          value={language}
          onChange={(e) => setLanguage(e.target.value as Lang)}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="form-actions">
        <a
          className="button button--secondary"
          href={accessRequestLink(personId, 'html', language)}
          target="_blank"
          rel="noopener"
        >
          {ct('accessRequest.page')}
        </a>
        <a
          className="button button--secondary"
          href={accessRequestLink(personId, 'json', language)}
          download
        >
          {ct('accessRequest.json')}
        </a>
      </p>
      <p className="muted small">{ct('accessRequest.audited')}</p>
    </section>
  );
}
