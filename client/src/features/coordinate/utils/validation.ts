/**
 * The server's input rules (server/src/shared/validation.ts), checked in the browser before a
 * form is sent, so the user sees every problem at once, per field, in their language. The server
 * checks again; its findings are shown on the same fields.
 */

/** A problem code; the same codes as the server's, so both read alike. */
export type ProblemCode =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_url'
  | 'invalid_date'
  | 'invalid_code'
  | 'dates_out_of_order'
  | 'control_characters'
  | 'self_reference'
  | 'choose_one'
  | 'too_short_password';

export interface Problem {
  field: string;
  code: ProblemCode;
  params?: Record<string, string | number>;
}

export type Check =
  /** A one-line text (names, short names, hours): trimmed, no control characters. */
  | { kind: 'line'; max: number; min?: number; required?: boolean }
  /** A longer text (descriptions, conditions): newlines allowed. */
  | { kind: 'text'; max: number }
  | { kind: 'email'; required?: boolean }
  | { kind: 'phone' }
  | { kind: 'url' }
  /** YYYY-MM-DD; `notBefore` names another field that must not be later. */
  | { kind: 'date'; required?: boolean; notBefore?: string }
  /** A code such as MEASURE_CODE: a capital, then capitals, digits and underscores. */
  | { kind: 'code' }
  /** A list that needs at least one entry. */
  | { kind: 'some' }
  | { kind: 'password' };

// The same characters the server refuses (control characters, zero-width and bidi marks).
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/u;

// zod's e-mail pattern, which the server uses.
const EMAIL =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

const clean = (value: unknown): string =>
  typeof value === 'string' ? value.trim().normalize('NFC') : '';

/**
 * A phone number as the server stores it (E.164), or null when it is not one. Spaces, dots,
 * dashes, slashes and brackets are allowed, 00 stands for +; Belgian numbers have 8 or 9 digits
 * after +32, Dutch ones 9 after +31, others 8 to 15 digits.
 */
export function toE164(raw: string): string | null {
  let s = raw.replace(/[\s.\-()/]/g, '');
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  const ok =
    /^\+32\d{8,9}$/.test(s) ||
    /^\+31\d{9}$/.test(s) ||
    (/^\+[1-9]\d{7,14}$/.test(s) && !s.startsWith('+32') && !s.startsWith('+31'));
  return ok ? s : null;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The problem with one value, or null. */
export function checkValue(
  check: Check,
  value: unknown,
  values: Record<string, unknown> = {},
): Omit<Problem, 'field'> | null {
  if (check.kind === 'some') {
    return Array.isArray(value) && value.length > 0 ? null : { code: 'choose_one' };
  }
  const text = clean(value);
  switch (check.kind) {
    case 'line': {
      const min = check.min ?? 1;
      if (!text) return check.required ? { code: 'required' } : null;
      if (text.length < min) return { code: 'too_short', params: { min } };
      if (text.length > check.max) return { code: 'too_long', params: { max: check.max } };
      if (CONTROL.test(text) || /[\r\n\t]/.test(text)) return { code: 'control_characters' };
      return null;
    }
    case 'text':
      if (text.length > check.max) return { code: 'too_long', params: { max: check.max } };
      return CONTROL.test(text.replace(/[\r\n\t]/g, ' ')) ? { code: 'control_characters' } : null;
    case 'email':
      if (!text) return check.required ? { code: 'required' } : null;
      return EMAIL.test(text) && text.length <= 254 ? null : { code: 'invalid_email' };
    case 'phone':
      return !text || toE164(text) ? null : { code: 'invalid_phone' };
    case 'url': {
      if (!text) return null;
      try {
        const url = new URL(text);
        if (!/^https?:$/.test(url.protocol) || !url.hostname || text.length > 500)
          return { code: 'invalid_url' };
        return null;
      } catch {
        return { code: 'invalid_url' };
      }
    }
    case 'date': {
      if (!text) return check.required ? { code: 'required' } : null;
      if (!isIsoDate(text)) return { code: 'invalid_date' };
      const other = check.notBefore ? clean(values[check.notBefore]) : '';
      return other && isIsoDate(other) && text < other ? { code: 'dates_out_of_order' } : null;
    }
    case 'code':
      if (!text) return { code: 'required' };
      return /^[A-Z][A-Z0-9_]{1,59}$/.test(text.toUpperCase()) ? null : { code: 'invalid_code' };
    case 'password':
      return !text || text.length >= 12
        ? null
        : { code: 'too_short_password', params: { min: 12 } };
  }
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
