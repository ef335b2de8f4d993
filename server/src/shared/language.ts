/** Languages of the interface and the data, and the fallback for translated texts: plain types, no GraphQL. */

export { LANGUAGES, type Language } from './codes';

import type { Language } from './codes';

/** A row holding a translated text as `<field>Nl`, `<field>Fr`, `<field>En`. */
export type Translated<F extends string> = { [K in `${F}${'Nl' | 'Fr' | 'En'}`]?: string | null };

const FALLBACK: Record<Language, Language[]> = {
  NL: ['NL', 'EN', 'FR'],
  FR: ['FR', 'NL', 'EN'],
  EN: ['EN', 'NL', 'FR'],
};

/** The text in `lang`, else the first language that has it, else null. */
export function pick<F extends string>(
  row: Translated<F>,
  field: F,
  lang: Language,
): string | null {
  for (const l of FALLBACK[lang]) {
    const value = row[`${field}${l.charAt(0)}${l.charAt(1).toLowerCase()}` as keyof Translated<F>];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
}
