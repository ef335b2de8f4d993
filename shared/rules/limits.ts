/**
 * The length limits of the rules, as plain numbers: screens that only need a number (a character
 * counter) import this file without zod.
 */
export const LIMITS = {
  /** A name in any language; the Dutch one (or an organisation's) needs `nameMin`. */
  name: 200,
  nameMin: 2,
  /** A short name, e.g. an organisation's acronym. */
  shortName: 60,
  /** Opening hours and a person's function. */
  label: 120,
  /** Descriptions and conditions. */
  description: 2000,
  /** Long reference texts (measures, indicators). */
  longText: 4000,
  email: 254,
  url: 500,
  /** Stable ids given in an import. */
  id: 120,
  /** A staff member's explanation when reporting a contact: a few sentences, never a case file. */
  reportMessage: 1000,
} as const;
