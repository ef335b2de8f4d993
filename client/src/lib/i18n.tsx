/**
 * A tiny i18n: Dutch is bundled (the default), French and English load on demand. Messages are
 * flat keys with `{name}` placeholders; `tn` picks `.one` or `.other` by the language's rules.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { type MessageKey, type Messages, nl } from '../i18n/nl';
import { readStored, writeStored } from './storage';

export type Lang = 'NL' | 'FR' | 'EN';
export const LANGS: readonly Lang[] = ['NL', 'FR', 'EN'];
const STORAGE_KEY = 'confine.lang';

/** Keys that come in `.one` / `.other` pairs. */
type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** The language chosen before, or Dutch. */
export function storedLang(): Lang {
  const stored = readStored(STORAGE_KEY);
  return LANGS.includes(stored as Lang) ? (stored as Lang) : 'NL';
}

/** The message catalogue of a language; French and English are separate chunks. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'FR') return (await import('../i18n/fr')).fr;
  if (lang === 'EN') return (await import('../i18n/en')).en;
  return nl;
}

/** Fills `{name}` placeholders. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

interface I18nValue {
  lang: Lang;
  /** BCP 47 tag for Intl and the `lang` attribute. */
  locale: string;
  t: Translate;
  tn: (key: PluralKey, count: number, params?: Params) => string;
  /** A YYYY-MM-DD date in the reader's language. */
  formatDate: (isoDate: string) => string;
  setLang: (lang: Lang) => Promise<void>;
}

const I18nContext = createContext<I18nValue | null>(null);

const LOCALES: Record<Lang, string> = { NL: 'nl-BE', FR: 'fr-BE', EN: 'en-GB' };

export function I18nProvider({
  initialLang,
  initialMessages,
  children,
}: {
  initialLang: Lang;
  initialMessages: Messages;
  children: ReactNode;
}) {
  const [state, setState] = useState({ lang: initialLang, messages: initialMessages });

  const setLang = useCallback(async (lang: Lang) => {
    const messages = await loadMessages(lang);
    writeStored(STORAGE_KEY, lang);
    document.documentElement.lang = lang.toLowerCase();
    setState({ lang, messages });
  }, []);

  const value = useMemo<I18nValue>(() => {
    const { lang, messages } = state;
    const locale = LOCALES[lang];
    const t: Translate = (key, params) => format(messages[key] ?? nl[key] ?? key, params);
    const rules = new Intl.PluralRules(locale);
    const dates = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return {
      lang,
      locale,
      t,
      tn: (key, count, params) =>
        t(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, {
          count,
          ...params,
        }),
      formatDate: (isoDate) => {
        const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? isoDate : dates.format(date);
      },
      setLang,
    };
  }, [state, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
