/** Turns driver values (Integer, temporal, graph types) into plain JSON-friendly values, once. */
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isRelationship,
  isTime,
  type Record as Neo4jRecord,
} from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Maps one driver value to plain JS: integers to numbers, dates to ISO strings, nodes to their properties. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return dateTimeString(value);
  }
  if (isNode(value)) return toPlain(value.properties);
  if (isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
    return value;
  return String(value);
}

function dateTimeString(value: { toString(): string }): string {
  if (isDateTime(value)) {
    // Normalise to UTC ISO-8601 with milliseconds, what JavaScript's Date produces.
    return new Date(value.toString().replace(/\[.*\]$/, '')).toISOString();
  }
  return value.toString();
}

/** Maps a record to an object keyed by its column names. */
export function recordToObject<T>(record: Neo4jRecord): T {
  const out: { [key: string]: Plain } = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out as T;
}
