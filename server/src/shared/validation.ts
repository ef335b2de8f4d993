/** Input rules shared by every mutation, and the translation of zod's findings into field errors. */
import { z } from 'zod';
import { type FieldError, ValidationError } from '../errors';
import type { Language } from './language';
import { message } from './messages';

// Control characters other than tab and newline never belong in directory data.
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/u;

const problem = (code: string, extra: Record<string, unknown> = {}) => ({
  params: { code, ...extra },
});

/** A one-line text: trimmed, no control characters, `min`..`max` characters. */
export const line = (max = 200, min = 1) =>
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
export const text = (max = 4000) =>
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

export const email = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.email().max(254));

/**
 * A phone number, stored as E.164. Accepts spaces, dots, dashes, brackets and 00 for +;
 * Belgian numbers have 8 or 9 digits after +32, Dutch ones 9 after +31.
 */
export const phone = z.string().transform((raw, ctx) => {
  let s = raw.replace(/[\s.\-()/]/g, '');
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  const ok =
    /^\+32\d{8,9}$/.test(s) ||
    /^\+31\d{9}$/.test(s) ||
    (/^\+[1-9]\d{7,14}$/.test(s) && !s.startsWith('+32') && !s.startsWith('+31'));
  if (!ok) {
    ctx.addIssue({ code: 'custom', params: { code: 'invalid_phone' }, input: raw });
    return z.NEVER;
  }
  return s;
});

export const url = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.url({ protocol: /^https?$/ }).max(500));

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

export const isoDate = z
  .string()
  .refine((s) => ISO_DATE.test(s), { ...problem('invalid_date'), abort: true })
  .refine(isCalendarDate, problem('date_does_not_exist'));

export const LANGUAGE_CODES = ['nl', 'fr', 'en', 'de'] as const;
export const languages = z.array(z.enum(LANGUAGE_CODES)).max(4);

/** Maps zod's findings to field errors in the user's language. */
export function fieldErrors(error: z.ZodError, lang: Language): FieldError[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.') || 'input';
    const [code, params] = codeOf(issue);
    return { field, code, message: message(lang, code, params) };
  });
}

function codeOf(issue: z.core.$ZodIssue): [string, Record<string, string | number>] {
  switch (issue.code) {
    case 'custom':
      return [String((issue.params as { code?: string } | undefined)?.code ?? 'invalid'), {}];
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

/** Parses input with a schema or throws one ValidationError listing every problem. */
export function validate<T extends z.ZodType>(
  schema: T,
  input: unknown,
  lang: Language,
): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error, lang);
  throw new ValidationError(message(lang, 'summary', { count: errors.length }), errors);
}

/** Throws a ValidationError for problems found outside a schema (e.g. checks against the database). */
export function reject(
  lang: Language,
  problems: { field: string; code: string; params?: Record<string, string | number> }[],
): never {
  const errors = problems.map(({ params, ...p }) => ({
    ...p,
    message: message(lang, p.code, params),
  }));
  throw new ValidationError(message(lang, 'summary', { count: errors.length }), errors);
}
