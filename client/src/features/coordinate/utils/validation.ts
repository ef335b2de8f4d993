/**
 * The browser's checks before a form is sent: the very rules the server applies (shared/rules/),
 * so the user sees every problem at once, per field, in their language. The server checks again;
 * its findings are shown on the same fields.
 */
import type { z } from 'zod';
import { isCalendarDate, problemOf } from '../../../../../shared/rules/common';
import type { ProblemCode } from '../../../../../shared/rules/messages';

export { toE164 } from '../../../../../shared/rules/phone';
export type { ProblemCode };

export interface Problem {
  field: string;
  code: ProblemCode;
  params?: Record<string, string | number>;
}

/** A field's rule: a shared schema, or one that depends on the form's other values. */
export type Check = z.ZodType | ((values: Record<string, unknown>) => z.ZodType);

/** True for YYYY-MM-DD when that day exists. */
export const isIsoDate = isCalendarDate;

/** The problem with one value (blank texts count as not given), or null. */
export function checkValue(
  check: Check,
  value: unknown,
  values: Record<string, unknown> = {},
): Omit<Problem, 'field'> | null {
  const schema = typeof check === 'function' ? check(values) : check;
  const result = schema.safeParse(typeof value === 'string' ? value.trim() : value);
  const issue = result.success ? undefined : result.error.issues[0];
  if (!issue) return null;
  const [code, params] = problemOf(issue);
  return Object.keys(params).length > 0
    ? { code: code as ProblemCode, params }
    : { code: code as ProblemCode };
}

/** Every problem of a form, in the order of its fields. */
export function validate(
  checks: Record<string, Check>,
  values: Record<string, unknown>,
): Problem[] {
  const problems: Problem[] = [];
  for (const [field, check] of Object.entries(checks)) {
    const problem = checkValue(check, values[field], values);
    if (problem) problems.push({ field, ...problem });
  }
  return problems;
}
