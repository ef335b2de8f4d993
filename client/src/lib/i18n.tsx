/**
 * The app's one i18n: message catalogues in namespaces, flat keys with `{name}` placeholders, and
 * `.one` / `.other` plurals picked by the language's rules. The staff app's catalogue is the
 * default namespace (`useI18n().t`): Dutch is bundled, French and English load on demand. A
 * feature's own namespace (`namespace(...)`, read with `useText(ns)`) loads every language on
 * demand, with the feature's lazy route, so it never weighs on the first load.
 *
 * Hand-made rather than i18next + react-i18next: those add about 15 KB gzipped to the first load
 * (budget 100 KB, test/e2e/bundle.test.ts) for features this app does not use; this file is the
 * whole mechanism.
 */
import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useContext,
  useMemo,
  useState,
} from 'react';
import { type MessageKey, type Messages, nl } from '../i18n/nl';
import { LANGUAGES, type Language } from './schema';
import { readStored, writeStored } from './storage';

export type Lang = Language;
export const LANGS: readonly Lang[] = LANGUAGES;
const STORAGE_KEY = 'confine.lang';

type PluralKey = PluralOf<MessageKey>;

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** The language chosen before, or Dutch. */
export function storedLang(): Lang {
  const stored = readStored(STORAGE_KEY);
  return LANGS.includes(stored as Lang) ? (stored as Lang) : 'NL';
}

/** Keys of a catalogue that come in `.one` / `.other` pairs. */
export type PluralOf<K extends string> = {
  [P in K]: P extends `${infer Base}.one` ? (`${Base}.other` extends K ? Base : never) : never;
}[K];

/** A namespace of messages: its keys, and a loader per language (a dynamic import each). */
export interface Namespace<K extends string> {
  readonly name: string;
  readonly load: Record<Lang, () => Promise<Readonly<Record<K, string>>>>;
}

/** Declares a namespace; nothing loads until a component reads it. */
export function namespace<K extends string>(
  name: string,
  load: Namespace<K>['load'],
): Namespace<K> {
  return { name, load };
}

type Catalogue = Readonly<Record<string, string>>;
const loading = new Map<string, Promise<Catalogue>>();
/** Namespaces read so far: a change of language loads them before it shows. */
const inUse = new Set<Namespace<string>>();

function loadNamespace(ns: Namespace<string>, lang: Lang): Promise<Catalogue> {
  const id = `${ns.name}:${lang}`;
  let promise = loading.get(id);
  if (!promise) {
    const started: Promise<Catalogue> = ns.load[lang]().then(
      (catalogue) => {
        // Marked the way React's `use` reads a settled promise: a loaded catalogue never suspends.
        Object.assign(started, { status: 'fulfilled', value: catalogue });
        return catalogue;
      },
      (error: unknown) => {
        loading.delete(id); // a failed chunk may load on the next try
        throw error;
      },
    );
    promise = started;
    loading.set(id, promise);
  }
  return promise;
}

/** The staff app's catalogues: the default namespace (Dutch is in the first bundle). */
const APP = namespace<MessageKey>('app', {
  NL: async () => nl,
  FR: async () => (await import('../i18n/fr')).fr,
  EN: async () => (await import('../i18n/en')).en,
});

/** The message catalogue of a language; French and English are separate chunks. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  return (await loadNamespace(APP, lang)) as Messages;
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
    const [messages] = await Promise.all([
      loadMessages(lang),
      ...[...inUse].map((ns) => loadNamespace(ns, lang)),
    ]);
    writeStored(STORAGE_KEY, lang);
    document.documentElement.lang = lang.toLowerCase();
    setState({ lang, messages });
  }, []);

  const value = useMemo<I18nValue>(() => {
    const { lang, messages } = state;
    const locale = LOCALES[lang];
    const t: Translate = (key, params) => format(messages[key] ?? nl[key] ?? key, params);
    const plural = pluralOf(locale);
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
      tn: (key, count, params) => t(plural(key, count) as MessageKey, { count, ...params }),
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

/** `base.one` or `base.other` for a count, by the language's plural rules. */
function pluralOf(locale: string): (base: string, count: number) => string {
  const rules = new Intl.PluralRules(locale);
  return (base, count) => `${base}.${rules.select(count) === 'one' ? 'one' : 'other'}`;
}

/** A namespace's texts in the reader's language. */
export interface NamespaceText<K extends string> {
  t: (key: K, params?: Params) => string;
  tn: (key: PluralOf<K>, count: number, params?: Params) => string;
  /** Whether the namespace has this key (for keys built from data). */
  has: (key: string) => key is K;
}

/** A feature namespace's texts; suspends (React `use`) the first time a language is needed. */
export function useText<K extends string>(ns: Namespace<K>): NamespaceText<K> {
  const { lang, locale } = useI18n();
  inUse.add(ns);
  const messages = use(loadNamespace(ns, lang));
  return useMemo(() => {
    const plural = pluralOf(locale);
    const t = (key: K, params?: Params) => format(messages[key] ?? key, params);
    return {
      t,
      tn: (key, count, params) => t(plural(key, count) as K, { count, ...params }),
      has: (key): key is K => key in messages,
    };
  }, [messages, locale]);
}
