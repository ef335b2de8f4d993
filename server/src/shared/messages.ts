/** Validation messages in the user's language, by problem code. */
import { PROBLEM_MESSAGES, problemMessage } from '../../../shared/rules/messages';
import type { Language } from './language';

type Params = Record<string, string | number>;

/** "3 contact points and 1 unit": the counts in `p` that are above zero, with their nouns. */
function listOf(p: Params, nouns: Record<string, [string, string]>, and: string): string {
  const parts = Object.entries(nouns)
    .filter(([key]) => Number(p[key] ?? 0) > 0)
    .map(([key, [one, many]]) => `${p[key]} ${Number(p[key]) === 1 ? one : many}`);
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`
    : (parts[0] ?? '');
}

/** The nouns of the records that keep a record from being deleted, per language. */
const DEPENDENTS: Record<Language, [Record<string, [string, string]>, string]> = {
  NL: [
    {
      units: ['afdeling', 'afdelingen'],
      contactPoints: ['contactpunt', 'contactpunten'],
      agreements: ['afspraak', 'afspraken'],
      people: ['persoon met een lopende functie', 'personen met een lopende functie'],
    },
    'en',
  ],
  FR: [
    {
      units: ['unité', 'unités'],
      contactPoints: ['point de contact', 'points de contact'],
      agreements: ['accord', 'accords'],
      people: ['personne en fonction', 'personnes en fonction'],
    },
    'et',
  ],
  EN: [
    {
      units: ['unit', 'units'],
      contactPoints: ['contact point', 'contact points'],
      agreements: ['agreement', 'agreements'],
      people: ['person in office', 'people in office'],
    },
    'and',
  ],
};

/**
 * The message for a problem code in a language (every code exists in every language); the
 * sentences themselves are shared with the browser (shared/rules/messages.ts).
 */
export function message(lang: Language, code: string, params: Params = {}): string {
  if (code === 'has_dependents') {
    const [nouns, and] = DEPENDENTS[lang];
    return problemMessage(lang, code, { ...params, list: listOf(params, nouns, and) });
  }
  return problemMessage(lang, code, params);
}

export const MESSAGE_CODES = Object.keys(PROBLEM_MESSAGES.NL);
export const CATALOGUE_KEYS = {
  NL: Object.keys(PROBLEM_MESSAGES.NL),
  FR: Object.keys(PROBLEM_MESSAGES.FR),
  EN: Object.keys(PROBLEM_MESSAGES.EN),
};

/** The language a request asks for: NL unless Accept-Language prefers FR or EN. */
export function languageOf(request: Request): Language {
  const header = request.headers.get('accept-language') ?? '';
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'nl') return 'NL';
    if (tag === 'fr') return 'FR';
    if (tag === 'en') return 'EN';
  }
  return 'NL';
}
