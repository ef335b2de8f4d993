/** Turns what a user types into a safe Lucene query for search-as-you-type. */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
/** A word of digits only: a code, matched exactly or as a prefix, never within a typo. */
const NUMBER = /^\d+$/;
const MAX_TERMS = 8;
const MAX_LENGTH = 200;

/** Lower case, no accents, no control characters: what the standard-folding analyzer indexes. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\p{C}/gu, ' ').toLowerCase();
}

/** Name fields: a word found in a name weighs more than one found in a description. */
export const NAME_FIELDS: Record<string, number> = {
  name: 4,
  shortName: 4,
  lastName: 4,
  nameNl: 3,
  nameFr: 3,
  nameEn: 3,
};

/**
 * Every word must match (AND), each as an exact word, a prefix (the word being typed) or,
 * from four letters on, within one typo; matches in names rank higher. Returns null when nothing
 * searchable is left. A number (a postal code, an official code) gets no typo tolerance: one digit
 * off is another place.
 */
export function toLuceneQuery(input: string): string | null {
  const terms = termsOf(input);
  if (terms.length === 0) return null;
  return terms
    .map((t) => {
      const options = [`${t}^3`, `${t}*^2`];
      if (t.length >= 4 && !NUMBER.test(t)) options.push(`${t}~1`);
      for (const [field, boost] of Object.entries(NAME_FIELDS))
        options.push(`${field}:${t}*^${boost}`);
      return `+(${options.join(' ')})`;
    })
    .join(' ');
}

/**
 * The fallback when nothing matches: any word (not every word), as a prefix or within two typos,
 * so that the pickers can offer what comes nearest. Null when nothing searchable is left.
 */
export function toNearestQuery(input: string): string | null {
  const terms = termsOf(input).filter((t) => t.length >= 3);
  if (terms.length === 0) return null;
  return terms.map((t) => (NUMBER.test(t) ? `${t}*^2` : `${t}*^2 ${t}~2`)).join(' ');
}

/** The folded words of what a user typed, as the queries above use them. */
export function termsOf(input: string): string[] {
  return (
    fold(input.slice(0, MAX_LENGTH))
      .replace(SPECIAL, ' ')
      .split(/\s+/)
      // The index drops an apostrophe at a word's edge ("'s-Hertogenbosch" is "s hertogenbosch").
      .map((t) => t.replace(/^['’]+|['’]+$/g, ''))
      .filter((t) => t.length > 0)
      .slice(0, MAX_TERMS)
  );
}
