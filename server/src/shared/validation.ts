/**
 * Parsing input with the shared rules (shared/rules/) on the server: their findings become field
 * errors in the user's language, or one ValidationError listing every problem.
 */
import type { z } from 'zod';
import { problemsOf } from '../../../shared/rules/common';

export { phone } from '../../../shared/rules/phone';

import { type FieldError, ValidationError } from '../errors';
import type { Language } from './language';
import { message } from './messages';

// The building blocks, for the few server-only rules (users, audit reasons, reports).
export {
  email,
  isCalendarDate,
  isoDate,
  LANGUAGE_CODES,
  languages,
  line,
  optional,
  text,
  url,
} from '../../../shared/rules/common';

/** Maps zod's findings to field errors in the user's language. */
export function fieldErrors(error: z.ZodError, lang: Language): FieldError[] {
  return problemsOf(error).map(({ field, code, params }) => ({
    field,
    code,
    message: message(lang, code, params),
  }));
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

/** A problem found outside a schema: the field, the message's code and its values. */
export interface Problem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * Parses input with a schema and reports its findings together with `others`, the problems found
 * outside it (checks against the database, links between fields): one error summary for all.
 */
export function validateWith<T extends z.ZodType>(
  schema: T,
  input: unknown,
  others: Problem[],
  lang: Language,
): z.output<T> {
  const result = schema.safeParse(input);
  const problems = [...(result.success ? [] : problemsOf(result.error)), ...others];
  if (!result.success || problems.length > 0) reject(lang, problems);
  return result.data;
}

/** Throws a ValidationError for problems found outside a schema (e.g. checks against the database). */
export function reject(lang: Language, problems: Problem[]): never {
  const errors = problems.map(({ params, ...p }) => ({
    ...p,
    message: message(lang, p.code, params),
  }));
  throw new ValidationError(message(lang, 'summary', { count: errors.length }), errors);
}
