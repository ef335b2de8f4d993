/** The rules for a list of synonyms (staff's words for a signal, sector or form of exploitation). */

export const SYNONYM_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type SynonymLanguage = (typeof SYNONYM_LANGUAGES)[number];

/** At most this many characters per word, and words per language. */
export const MAX_SYNONYM_LENGTH = 60;
export const MAX_SYNONYMS = 50;

export interface SynonymProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

// Control and format characters (zero-width spaces, direction marks) never belong in a word.
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/** Lower case without accents: "Car-Wash" and "car-wash", "é" and "e" are the same word. */
const sameWord = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');

/**
 * Cleans one language's list (trimmed, NFC, inner spaces collapsed) and reports every problem
 * with its field (`synonyms.nl.3`): an empty word, one too long, invisible characters, a word
 * given twice (ignoring case and accents), too many words.
 */
export function cleanSynonyms(
  lang: SynonymLanguage,
  words: readonly string[],
): { words: string[]; problems: SynonymProblem[] } {
  const problems: SynonymProblem[] = [];
  const seen = new Set<string>();
  const cleaned = words.map((raw, i) => {
    const field = `synonyms.${lang}.${i}`;
    const word = raw.trim().normalize('NFC').replace(/ {2,}/g, ' ');
    if (word.length === 0) problems.push({ field, code: 'empty_word' });
    else if (word.length > MAX_SYNONYM_LENGTH)
      problems.push({ field, code: 'too_long', params: { max: MAX_SYNONYM_LENGTH } });
    else if (INVISIBLE.test(word) || /[\r\n\t]/.test(word))
      problems.push({ field, code: 'control_characters' });
    else if (seen.has(sameWord(word))) problems.push({ field, code: 'duplicate_value' });
    seen.add(sameWord(word));
    return word;
  });
  if (words.length > MAX_SYNONYMS)
    problems.push({ field: `synonyms.${lang}`, code: 'too_many', params: { max: MAX_SYNONYMS } });
  return { words: cleaned, problems };
}
