/** Audit values (JSON text) as words a coordinator reads: "from what to what". */

/** A stored value shown briefly: texts as they are, lists joined, records as "key: value". */
export function auditValue(json: string | null): string {
  if (json === null) return '';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  return show(value);
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(show).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Roles and responsibilities: BARRIER · ROLE · PRIORITY.
    const parts = ['barrier', 'role', 'priority']
      .map((key) => record[key])
      .filter((v): v is string => typeof v === 'string');
    if (parts.length > 0) return parts.join(' · ');
    return Object.entries(record)
      .map(([key, v]) => `${key}: ${show(v)}`)
      .join('; ');
  }
  return String(value);
}
