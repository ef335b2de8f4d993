/**
 * The backup file: every node and relationship with all its properties, typed so that a restore
 * brings back exactly what was there, and written deterministically (sorted nodes, relationships
 * and keys) so that the backup of a restored database is byte-identical to the one restored.
 *
 * Property values: strings and booleans as JSON; a JSON number is a Neo4j INTEGER; every other
 * type is an object with one key: {"float": 1.5}, {"int": "9007199254740993"} (beyond 2^53),
 * {"date": "2026-01-31"}, {"datetime": "2026-01-31T09:30:00.000000000Z"} (nanoseconds, offset
 * and zone kept), {"localdatetime": …}, {"time": …}, {"localtime": …},
 * {"duration": {"months", "days", "seconds", "nanoseconds"}}, {"point": {"srid", "x", "y", "z"?}},
 * {"bytes": base64}; lists as JSON arrays of these.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';

export const BACKUP_FORMAT = 'confine-backup';
export const BACKUP_VERSION = 1;

export type Encoded =
  | string
  | number
  | boolean
  | Encoded[]
  | { [tag: string]: string | number | Record<string, number> };

export interface BackupNode {
  labels: string[];
  /** Includes `id`, which relationships refer to. */
  properties: Record<string, Encoded>;
}

export interface BackupRelationship {
  type: string;
  from: string;
  to: string;
  properties: Record<string, Encoded>;
}

export interface BackupCounts {
  /** Nodes per label (a node with two labels counts under both). */
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  counts: BackupCounts;
  nodes: BackupNode[];
  relationships: BackupRelationship[];
}

/** A value or file that cannot be backed up or restored; `where` says which. */
export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
const num = (v: unknown) => (isInt(v) ? v.toNumber() : Number(v));

function year(y: number): string {
  if (y < 0) return `-${pad(y, 4)}`;
  return y > 9999 ? `+${y}` : pad(y, 4);
}

function dateText(v: { year: unknown; month: unknown; day: unknown }): string {
  return `${year(num(v.year))}-${pad(num(v.month), 2)}-${pad(num(v.day), 2)}`;
}

function timeText(v: { hour: unknown; minute: unknown; second: unknown; nanosecond: unknown }) {
  return `${pad(num(v.hour), 2)}:${pad(num(v.minute), 2)}:${pad(num(v.second), 2)}.${pad(num(v.nanosecond), 9)}`;
}

function offsetText(seconds: number): string {
  if (seconds === 0) return 'Z';
  const sign = seconds < 0 ? '-' : '+';
  const s = Math.abs(seconds);
  const rest = s % 60;
  return `${sign}${pad(Math.floor(s / 3600), 2)}:${pad(Math.floor((s % 3600) / 60), 2)}${rest ? `:${pad(rest, 2)}` : ''}`;
}

/** A driver value as it is written to the file; throws for a type that cannot be kept exactly. */
export function encodeValue(value: unknown, where: string): Encoded {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : { int: value.toString() };
  }
  if (typeof value === 'number') {
    return { float: Number.isFinite(value) ? value : String(value) };
  }
  if (Array.isArray(value)) return value.map((v, i) => encodeValue(v, `${where}[${i}]`));
  if (value instanceof Int8Array || value instanceof Uint8Array) {
    return {
      bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
    };
  }
  if (isDate(value)) return { date: dateText(value) };
  if (isDateTime(value)) {
    const zone = value.timeZoneId ? `[${value.timeZoneId}]` : '';
    const offset =
      value.timeZoneOffsetSeconds === undefined ? '' : offsetText(num(value.timeZoneOffsetSeconds));
    return { datetime: `${dateText(value)}T${timeText(value)}${offset}${zone}` };
  }
  if (isLocalDateTime(value)) return { localdatetime: `${dateText(value)}T${timeText(value)}` };
  if (isTime(value)) {
    return { time: `${timeText(value)}${offsetText(num(value.timeZoneOffsetSeconds))}` };
  }
  if (isLocalTime(value)) return { localtime: timeText(value) };
  if (isDuration(value)) {
    return {
      duration: {
        months: num(value.months),
        days: num(value.days),
        seconds: num(value.seconds),
        nanoseconds: num(value.nanoseconds),
      },
    };
  }
  if (isPoint(value)) {
    const point: Record<string, number> = { srid: num(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return { point };
  }
  throw new BackupFormatError(`${where}: a value of an unsupported type (${typeof value})`);
}

const DATE = String.raw`([+-]?\d{4,})-(\d{2})-(\d{2})`;
const TIME = String.raw`(\d{2}):(\d{2}):(\d{2})\.(\d{9})`;
const OFFSET = String.raw`(Z|[+-]\d{2}:\d{2}(?::\d{2})?)`;
const PATTERNS = {
  date: new RegExp(`^${DATE}$`),
  datetime: new RegExp(`^${DATE}T${TIME}${OFFSET}?(?:\\[([^\\]]+)\\])?$`),
  localdatetime: new RegExp(`^${DATE}T${TIME}$`),
  time: new RegExp(`^${TIME}${OFFSET}$`),
  localtime: new RegExp(`^${TIME}$`),
};

function offsetSeconds(text: string): number {
  if (text === 'Z') return 0;
  const [h = 0, m = 0, s = 0] = text.slice(1).split(':').map(Number);
  return (text.startsWith('-') ? -1 : 1) * (h * 3600 + m * 60 + s);
}

function match(tag: keyof typeof PATTERNS, text: unknown, where: string): string[] {
  const m = typeof text === 'string' ? PATTERNS[tag].exec(text) : null;
  if (!m) throw new BackupFormatError(`${where}: not a valid ${tag}: ${JSON.stringify(text)}`);
  return m.slice(1);
}

const n = (s: string | undefined) => Number(s ?? 0);

/** The driver value to write for a value read from the file; throws with `where` when invalid. */
export function decodeValue(value: unknown, where: string): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new BackupFormatError(`${where}: ${value} is not an integer (floats are {"float": …})`);
    }
    return neo4j.int(value);
  }
  if (Array.isArray(value)) {
    const items = value.map((v, i) => decodeValue(v, `${where}[${i}]`));
    const kinds = new Set(value.map(kindOf));
    if (kinds.size > 1) throw new BackupFormatError(`${where}: a list mixes types`);
    return items;
  }
  if (value === null || typeof value !== 'object') {
    throw new BackupFormatError(`${where}: ${JSON.stringify(value)} is not a property value`);
  }
  const entries = Object.entries(value);
  const [tag, inner] = entries[0] ?? [];
  if (entries.length !== 1 || tag === undefined) {
    throw new BackupFormatError(`${where}: a typed value has exactly one key`);
  }
  switch (tag) {
    case 'int':
      if (typeof inner !== 'string' || !/^-?\d+$/.test(inner)) break;
      return neo4j.int(inner);
    case 'float':
      if (typeof inner === 'number') return inner;
      if (inner === 'NaN' || inner === 'Infinity' || inner === '-Infinity') return Number(inner);
      break;
    case 'bytes':
      if (typeof inner !== 'string') break;
      return new Int8Array(Buffer.from(inner, 'base64'));
    case 'date': {
      const [y, mo, d] = match('date', inner, where);
      return new neo4j.types.Date(n(y), n(mo), n(d));
    }
    case 'datetime': {
      const [y, mo, d, h, mi, s, ns, offset, zone] = match('datetime', inner, where);
      if (offset === undefined && zone === undefined) break;
      return new neo4j.types.DateTime(
        n(y),
        n(mo),
        n(d),
        n(h),
        n(mi),
        n(s),
        n(ns),
        offset === undefined ? undefined : offsetSeconds(offset),
        zone,
      );
    }
    case 'localdatetime': {
      const [y, mo, d, h, mi, s, ns] = match('localdatetime', inner, where);
      return new neo4j.types.LocalDateTime(n(y), n(mo), n(d), n(h), n(mi), n(s), n(ns));
    }
    case 'time': {
      const [h, mi, s, ns, offset = 'Z'] = match('time', inner, where);
      return new neo4j.types.Time(n(h), n(mi), n(s), n(ns), offsetSeconds(offset));
    }
    case 'localtime': {
      const [h, mi, s, ns] = match('localtime', inner, where);
      return new neo4j.types.LocalTime(n(h), n(mi), n(s), n(ns));
    }
    case 'duration': {
      const d = inner as Record<string, unknown>;
      const parts = [d?.months, d?.days, d?.seconds, d?.nanoseconds];
      if (!parts.every((p) => Number.isSafeInteger(p))) break;
      const [months, days, seconds, nanoseconds] = parts as number[];
      return new neo4j.types.Duration(
        months as number,
        days as number,
        seconds as number,
        nanoseconds as number,
      );
    }
    case 'point': {
      const p = inner as Record<string, unknown>;
      const ok = [p?.srid, p?.x, p?.y].every((v) => typeof v === 'number');
      if (!ok || (p.z !== undefined && typeof p.z !== 'number')) break;
      return new neo4j.types.Point(
        neo4j.int(p.srid as number),
        p.x as number,
        p.y as number,
        p.z as number | undefined,
      );
    }
  }
  throw new BackupFormatError(`${where}: ${JSON.stringify(value)} is not a valid typed value`);
}

function kindOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  return Array.isArray(value) ? 'list' : (Object.keys(value)[0] ?? 'object');
}

/** JSON with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts nodes by id and relationships by type, ends and properties: the file's fixed order. */
export function sortBackup(nodes: BackupNode[], relationships: BackupRelationship[]) {
  nodes.sort((a, b) => compare(String(a.properties.id), String(b.properties.id)));
  const keyed = relationships.map((r) => ({ r, props: canonicalJson(r.properties) }));
  keyed.sort(
    (a, b) =>
      compare(a.r.type, b.r.type) ||
      compare(a.r.from, b.r.from) ||
      compare(a.r.to, b.r.to) ||
      compare(a.props, b.props),
  );
  return { nodes, relationships: keyed.map((k) => k.r) };
}

/** Counts what a backup holds, the way the database's contents query counts it. */
export function countBackup(
  nodes: BackupNode[],
  relationships: BackupRelationship[],
): BackupCounts {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const node of nodes) for (const l of node.labels) labels[l] = (labels[l] ?? 0) + 1;
  for (const r of relationships) types[r.type] = (types[r.type] ?? 0) + 1;
  return { labels: sortKeys(labels), relationships: sortKeys(types) };
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compare(a, b)));
}

/** Writes a sorted backup, one node or relationship per line (valid JSON as a whole). */
export function* backupLines(backup: Omit<Backup, 'format' | 'version'>): Generator<string> {
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"counts":${canonicalJson(backup.counts)},\n"nodes":[\n`;
  for (let i = 0; i < backup.nodes.length; i++) {
    yield `${canonicalJson(backup.nodes[i])}${i < backup.nodes.length - 1 ? ',' : ''}\n`;
  }
  yield '],\n"relationships":[\n';
  for (let i = 0; i < backup.relationships.length; i++) {
    yield `${canonicalJson(backup.relationships[i])}${i < backup.relationships.length - 1 ? ',' : ''}\n`;
  }
  yield ']}\n';
}

const LABEL = /^[A-Za-z_][A-Za-z0-9_]*$/;
const EXCLUDED = new Set([
  'Session',
  'SignInThrottle',
  'Migration',
  'ImportJob',
  'NetworkVersion',
  'ReferenceLoad',
]);
const MAX_PROBLEMS = 20;

/**
 * Checks a parsed file completely before anything is written: its shape, every value, unique ids,
 * relationship ends and the counts. Returns the problems found (at most 20), none when valid.
 */
export function checkBackup(doc: unknown): string[] {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const b = doc as Partial<Backup> | null;
  if (!b || typeof b !== 'object') return ['the file is not a JSON object'];
  if (b.format !== BACKUP_FORMAT) add(`format must be "${BACKUP_FORMAT}"`);
  if (b.version !== BACKUP_VERSION) add(`version must be ${BACKUP_VERSION}`);
  if (!Array.isArray(b.nodes)) add('nodes must be a list');
  if (!Array.isArray(b.relationships)) add('relationships must be a list');
  if (problems.length > 0) return problems;
  const nodes = b.nodes as unknown[];
  const relationships = b.relationships as unknown[];
  const ids = new Set<string>();
  for (const [i, raw] of nodes.entries()) {
    const node = raw as Partial<BackupNode> | null;
    const where = `nodes[${i}]`;
    if (!node || !Array.isArray(node.labels) || node.labels.length === 0) {
      add(`${where}: labels must be a non-empty list`);
      continue;
    }
    for (const label of node.labels) {
      if (typeof label !== 'string' || !LABEL.test(label)) add(`${where}: invalid label ${label}`);
      else if (EXCLUDED.has(label)) add(`${where}: ${label} nodes are never part of a backup`);
    }
    checkProperties(node.properties, where, add);
    const id = node.properties?.id;
    if (typeof id !== 'string' || id === '') {
      add(`${where}: properties.id must be a text`);
      continue;
    }
    if (ids.has(id)) add(`${where}: id ${id} appears twice`);
    ids.add(id);
  }
  for (const [i, raw] of relationships.entries()) {
    const r = raw as Partial<BackupRelationship> | null;
    const where = `relationships[${i}]`;
    if (!r || typeof r.type !== 'string' || !LABEL.test(r.type)) {
      add(`${where}: invalid type`);
      continue;
    }
    for (const end of ['from', 'to'] as const) {
      if (typeof r[end] !== 'string' || !ids.has(r[end] as string)) {
        add(`${where}: ${end} ${JSON.stringify(r[end])} is not a node of the file`);
      }
    }
    checkProperties(r.properties, where, add);
  }
  if (problems.length === 0) {
    const actual = canonicalJson(
      countBackup(nodes as BackupNode[], relationships as BackupRelationship[]),
    );
    if (canonicalJson(b.counts) !== actual) {
      add(`counts do not match the nodes and relationships of the file (they add up to ${actual})`);
    }
  }
  return problems;
}

function checkProperties(props: unknown, where: string, add: (p: string) => void) {
  if (!props || typeof props !== 'object' || Array.isArray(props)) {
    return add(`${where}: properties must be an object`);
  }
  for (const [key, value] of Object.entries(props)) {
    try {
      decodeValue(value, `${where}.properties.${key}`);
    } catch (error) {
      add((error as Error).message);
    }
  }
}

/** The properties to write for a node or relationship of a checked file. */
export function decodeProperties(props: Record<string, Encoded>, where: string) {
  return Object.fromEntries(
    Object.entries(props).map(([k, v]) => [k, decodeValue(v, `${where}.properties.${k}`)]),
  );
}
