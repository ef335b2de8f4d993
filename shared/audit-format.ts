/** Audit values (JSON text) as words a coordinator reads: "from what to what". */

/** Words for codes (roles, kinds, countries…): a translation, or null to keep the code. */
export type Words = (code: string) => string | null;

/**
 * A stored value shown briefly: texts as they are, lists joined, codes in words; roles and
 * responsibilities ("HOUSING:INSPECT:PRIMARY") as "HOUSING · Inspect · First".
 */
export function auditValue(json: string | null, words: Words = () => null): string {
  if (json === null) return '';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  return show(value, words);
}

const CODE = /^[A-Z][A-Z_]+$/;

function show(value: unknown, words: Words): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    if (CODE.test(value)) return words(value) ?? value;
    if (/^[A-Z_]+(:[A-Z_]+)+$/.test(value))
      return value
        .split(':')
        .map((part, i) => (i === 0 ? part : (words(part) ?? part)))
        .join(' · ');
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value
      .map((v) => show(v, words))
      .filter(Boolean)
      .join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const parts = ['barrier', 'role', 'priority']
      .map((key) => record[key])
      .filter((v): v is string => typeof v === 'string');
    if (parts.length > 0) return show(parts.join(':'), words);
    return Object.entries(record)
      .map(([key, v]) => `${key}: ${show(v, words)}`)
      .join('; ');
  }
  return String(value);
}
