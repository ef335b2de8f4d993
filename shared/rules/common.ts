/**
 * The building blocks of every entity's rules: one-line texts, longer texts, e-mail addresses,
 * web addresses (phone numbers: ./phone.ts), dates, codes and translated texts. Each limit and pattern is
 * written here once; the server's mutations, the CSV import and the browser's forms all parse
 * with these schemas, and `problemOf` names what a failed parse found with a problem code whose
 * sentence lives in ./messages.ts.
 */
import { z } from 'zod';
import { LIMITS } from './limits';

/** Control characters other than tab and newline, zero-width and bidi marks: never in directory data. */
export const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/u;

/** The issue parameters that carry a problem code of our own. */
export const problem = (code: string) => ({ params: { code } });

export { LIMITS } from './limits';

/** A one-line text: trimmed, no control characters, `min`..`max` characters. */
export const line = (max: number = LIMITS.name, min = 1) =>
  z
    .string()
    .transform((s) => s.trim().normalize('NFC'))
    .pipe(
      z
        .string()
        .min(1, { abort: true })
        .min(min)
        .max(max)
        .refine((s) => !CONTROL.test(s) && !/[\r\n\t]/.test(s), problem('control_characters')),
    );

/** A longer text (descriptions, conditions): newlines allowed. */
export const text = (max: number = LIMITS.longText) =>
  z
    .string()
    .transform((s) => s.trim().normalize('NFC'))
    .pipe(
      z
        .string()
        .max(max)
        .refine((s) => !CONTROL.test(s), problem('control_characters')),
    );

/** Optional text: absent stays absent, empty (or null) means "clear it". */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? null : v), schema.nullable().optional());

/** A value that must be given: an empty (or blank) text reads as "required", not as a bad value. */
export const required = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .refine((s) => s.trim() !== '', { ...problem('required'), abort: true })
    .pipe(schema);

/** An e-mail address, stored in lower case. */
export const email = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.email().max(LIMITS.email));

/** A web address: http or https only. */
export const url = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.url({ protocol: /^https?$/ }).max(LIMITS.url));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `s` is YYYY-MM-DD and that day exists. `Date.parse` is no test: it takes any day up
 * to 31 in any month ("2021-02-31" is 3 March), and Neo4j then refuses the date with an error.
 */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** A day, YYYY-MM-DD, that exists. */
export const isoDate = z
  .string()
  .refine((s) => ISO_DATE.test(s), { ...problem('invalid_date'), abort: true })
  .refine(isCalendarDate, problem('date_does_not_exist'));

/** A day that is not before `since` (when `since` is a day): an end after its start. */
export const dateNotBefore = (since: string | null | undefined) =>
  isoDate.refine((day) => !since || !isCalendarDate(since) || day >= since, {
    ...problem('dates_out_of_order'),
  });

/** A code such as MEASURE_CODE: a capital, then capitals, digits and underscores. */
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,59}$/;
export const code = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(1, { abort: true })
      .refine((s) => CODE_PATTERN.test(s), problem('invalid_code')),
  );

/** The languages a contact speaks. */
export const LANGUAGE_CODES = ['nl', 'fr', 'en', 'de'] as const;
export const languages = z.array(z.enum(LANGUAGE_CODES)).max(LANGUAGE_CODES.length);

/** A choice of at least one (a form's list of checkboxes or picked records). */
export const chooseOne = z.preprocess(
  (v) => (Array.isArray(v) ? v : []),
  z.array(z.unknown()).refine((list) => list.length > 0, problem('choose_one')),
);

/** The suffixes of a translated text's fields: nameNl, nameFr, nameEn. */
export const LANGUAGE_SUFFIXES = ['Nl', 'Fr', 'En'] as const;

type Translated<P extends string, S extends z.ZodType> = {
  [K in `${P}${(typeof LANGUAGE_SUFFIXES)[number]}`]: S;
};

/** The same rule, optional, on the NL, FR and EN variants of a translated field. */
export function translated<P extends string, S extends z.ZodType>(
  prefix: P,
  schema: S,
): Translated<P, ReturnType<typeof optional<S>>> {
  return Object.fromEntries(
    LANGUAGE_SUFFIXES.map((suffix) => [`${prefix}${suffix}`, optional(schema)]),
  ) as Translated<P, ReturnType<typeof optional<S>>>;
}

/** A translated name: required in Dutch (at least two characters), optional in French and English. */
export const translatedName = () => ({
  ...translated('name', line(LIMITS.name)),
  nameNl: line(LIMITS.name, LIMITS.nameMin),
});

/** A problem found by the rules: the field it is on, its code and the values its sentence needs. */
export interface RuleProblem {
  field: string;
  code: string;
  params: Record<string, string | number>;
}

/** The problem code (and the sentence's values) of one of zod's findings. */
export function problemOf(issue: z.core.$ZodIssue): [string, Record<string, string | number>] {
  switch (issue.code) {
    case 'custom': {
      const { code = 'invalid', ...params } = (issue.params ?? {}) as Record<string, unknown>;
      return [
        String(code),
        Object.fromEntries(
          Object.entries(params).filter(
            (e): e is [string, string | number] =>
              typeof e[1] === 'string' || typeof e[1] === 'number',
          ),
        ),
      ];
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return ['required', {}];
      return ['too_short', { min: Number(issue.minimum) }];
    case 'too_big':
      return issue.origin === 'array'
        ? ['too_many', { max: Number(issue.maximum) }]
        : ['too_long', { max: Number(issue.maximum) }];
    case 'invalid_format':
      if (issue.format === 'email') return ['invalid_email', {}];
      if (issue.format === 'url') return ['invalid_url', {}];
      return ['invalid', {}];
    case 'invalid_value':
      return ['unknown_code', { options: issue.values.map(String).join(', ') }];
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? ['required', {}] : ['invalid', {}];
    default:
      return ['invalid', {}];
  }
}

/** Every problem of a failed parse, on its field ('input' for the whole value). */
export function problemsOf(error: z.ZodError): RuleProblem[] {
  return error.issues.map((issue) => {
    const [code, params] = problemOf(issue);
    return { field: issue.path.join('.') || 'input', code, params };
  });
}
