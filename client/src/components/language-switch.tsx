/** NL / FR / EN: remembered, and passed as `lang:` to every API question. */
import { LANGS, useI18n } from '../lib/i18n';

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('lang.label')}</legend>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          className="lang-switch__option"
          aria-pressed={code === lang}
          lang={code.toLowerCase()}
          title={t(`lang.${code}`)}
          onClick={() => void setLang(code)}
        >
          <span aria-hidden="true">{code}</span>
          <span className="visually-hidden">{t(`lang.${code}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}
