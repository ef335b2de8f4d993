/**
 * Backup and restore of the whole directory (see backup-format.ts for the file). A backup holds
 * users with their password hashes, so that a restore brings back every account: the file is as
 * sensitive as the database itself. Sessions, sign-in throttles, migrations and import jobs are
 * left out.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Contents, TransferRepository } from '../import/transfer.repository';
import {
  type Backup,
  type BackupCounts,
  BackupFormatError,
  type BackupNode,
  type BackupRelationship,
  backupLines,
  canonicalJson,
  checkBackup,
  countBackup,
  decodeProperties,
  encodeValue,
  sortBackup,
} from './backup-format';

export type BackupContent = Omit<Backup, 'format' | 'version'>;

/** A restore that must not go ahead (an invalid file, a database that is not empty). */
export class RestoreError extends Error {
  override name = 'RestoreError';
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}:\n  ${problems.join('\n  ')}` : message);
  }
}

const ATTEMPTS = 3;

/**
 * Reads everything a backup keeps. The nodes and then the relationships are read in one read
 * transaction; when a write in between left a relationship to a node not read, it reads again.
 */
export async function readBackup(repo: TransferRepository): Promise<BackupContent> {
  for (let attempt = 1; ; attempt++) {
    const raw = await repo.readAll();
    const ids = new Map<string, string>();
    const nodes: BackupNode[] = raw.nodes.map((n) => {
      const id = n.properties.id;
      const where = `${n.labels.join(':')} node`;
      if (typeof id !== 'string' || id === '') {
        throw new BackupFormatError(`${where} without a text id cannot be backed up`);
      }
      ids.set(n.ref, id);
      return {
        labels: [...n.labels].sort(),
        properties: Object.fromEntries(
          Object.entries(n.properties).map(([k, v]) => [k, encodeValue(v, `${id}.${k}`)]),
        ),
      };
    });
    const unique = new Set(ids.values());
    if (unique.size !== ids.size) {
      throw new BackupFormatError('two nodes share an id; a backup needs every id once');
    }
    const relationships: BackupRelationship[] = [];
    let dangling = false;
    for (const r of raw.relationships) {
      const from = ids.get(r.from);
      const to = ids.get(r.to);
      if (from === undefined || to === undefined) {
        dangling = true;
        break;
      }
      relationships.push({
        type: r.type,
        from,
        to,
        properties: Object.fromEntries(
          Object.entries(r.properties).map(([k, v]) => [
            k,
            encodeValue(v, `${from}-${r.type}.${k}`),
          ]),
        ),
      });
    }
    if (dangling) {
      if (attempt < ATTEMPTS) continue;
      throw new Error('the directory kept changing while it was read; try the backup again');
    }
    const sorted = sortBackup(nodes, relationships);
    return { counts: countBackup(sorted.nodes, sorted.relationships), ...sorted };
  }
}

/** The backup as one text (for the GraphQL field and the download). */
export function backupText(content: BackupContent): string {
  return [...backupLines(content)].join('');
}

export interface RestoreOptions {
  wipe: boolean;
  log?: (line: string) => void;
  nodeBatch?: number;
  relationshipBatch?: number;
}

export interface RestoreResult {
  nodes: number;
  relationships: number;
  wiped: number;
}

/**
 * Restores a parsed backup file. Checks the whole file first and writes nothing when it is
 * invalid, or when the database is not empty and `wipe` is not set. Writes in batches; at the end
 * the database must hold exactly the counts of the file.
 */
export async function restoreBackup(
  repo: TransferRepository,
  doc: unknown,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const log = options.log ?? (() => {});
  const problems = checkBackup(doc);
  if (problems.length > 0) throw new RestoreError('The backup file is not valid', problems);
  const backup = doc as Backup;

  const before = await repo.contents();
  if (before.total > 0 && !options.wipe) {
    throw new RestoreError(
      `The database is not empty (${before.total} nodes); restore into an empty database, or add --wipe to delete everything in it first`,
    );
  }
  let wiped = 0;
  if (before.total > 0) {
    for (let deleted = -1; deleted !== 0; ) {
      deleted = await repo.wipeBatch(5_000);
      wiped += deleted;
      if (deleted) log(`Wiped ${wiped} of ${before.total} nodes`);
    }
  }

  const refs = new Map<string, string>();
  const nodeBatch = options.nodeBatch ?? 1_000;
  for (let i = 0; i < backup.nodes.length; i += nodeBatch) {
    const rows = backup.nodes.slice(i, i + nodeBatch).map((node, j) => ({
      labels: node.labels,
      properties: decodeProperties(node.properties, `nodes[${i + j}]`),
    }));
    for (const { id, ref } of await repo.restoreNodes(rows)) refs.set(id, ref);
    log(`Nodes: ${Math.min(i + nodeBatch, backup.nodes.length)} of ${backup.nodes.length}`);
  }
  const relationshipBatch = options.relationshipBatch ?? 5_000;
  let created = 0;
  for (let i = 0; i < backup.relationships.length; i += relationshipBatch) {
    const rows = backup.relationships.slice(i, i + relationshipBatch).map((r, j) => ({
      type: r.type,
      from: refs.get(r.from) as string,
      to: refs.get(r.to) as string,
      properties: decodeProperties(r.properties, `relationships[${i + j}]`),
    }));
    created += await repo.restoreRelationships(rows);
    log(`Relationships: ${created} of ${backup.relationships.length}`);
  }

  const after = await repo.contents();
  const expected = canonicalJson(backup.counts);
  const actual = canonicalJson({ labels: after.labels, relationships: after.relationships });
  if (expected !== actual) {
    throw new RestoreError(
      `The restored database does not match the file: ${actual} ≠ ${expected}`,
    );
  }
  return { nodes: backup.nodes.length, relationships: created, wiped };
}

/** Writes a backup file (readable by its owner only) through a temporary name, so that a file
 * with the final name is always complete. Returns its size in bytes. */
export async function writeBackupFile(content: BackupContent, file: string): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  await pipeline(Readable.from(backupLines(content)), createWriteStream(partial, { mode: 0o600 }));
  await rename(partial, file);
  return (await stat(file)).size;
}

const BACKUP_NAME = /^confine-backup-\d{8}-\d{6}Z\.json$/;

/** The default name of a backup taken at `when`, e.g. confine-backup-20261129-031500Z.json. */
export function backupName(when: Date): string {
  const stamp = when.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `confine-backup-${stamp}Z.json`;
}

/** Keeps the newest `keep` backups with default names in `dir`; returns the removed files. */
export async function rotateBackups(dir: string, keep: number): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => BACKUP_NAME.test(n)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep));
  for (const name of old) await rm(path.join(dir, name));
  return old;
}

/** A backup that must not be trusted: the database was empty, or the file does not hold what the
 * database holds. The commands exit non-zero with it, so a scheduled backup never fails quietly. */
export class BackupVerificationError extends Error {
  override name = 'BackupVerificationError';
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}:\n  ${problems.join('\n  ')}` : message);
  }
}

/** The database to back up holds nothing: most likely the command found the wrong database. */
export class EmptyDatabaseError extends BackupVerificationError {
  override name = 'EmptyDatabaseError';
}

/**
 * Reads a written backup file back and compares what it holds with the database's counts, per
 * label and per relationship type. Returns the differences (or why the file cannot be read); none
 * when they agree.
 */
export async function verifyBackupFile(file: string, expected: BackupCounts): Promise<string[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return [`the file cannot be read back as JSON: ${(error as Error).message}`];
  }
  const invalid = checkBackup(doc);
  if (invalid.length > 0) return invalid.map((p) => `the file is not a valid backup: ${p}`);
  const backup = doc as Backup;
  const held = countBackup(backup.nodes, backup.relationships);
  return [
    ...differences('label', expected.labels, held.labels),
    ...differences('relationship type', expected.relationships, held.relationships),
  ];
}

function differences(
  what: string,
  database: Record<string, number>,
  file: Record<string, number>,
): string[] {
  const names = [...new Set([...Object.keys(database), ...Object.keys(file)])].sort();
  return names
    .filter((name) => (database[name] ?? 0) !== (file[name] ?? 0))
    .map(
      (name) =>
        `${what} ${name}: ${database[name] ?? 0} in the database, ${file[name] ?? 0} in the file`,
    );
}

export interface VerifiedBackup {
  nodes: number;
  relationships: number;
  bytes: number;
  counts: BackupCounts;
}

const sameCounts = (a: Contents, b: Contents) =>
  canonicalJson({ labels: a.labels, relationships: a.relationships }) ===
  canonicalJson({ labels: b.labels, relationships: b.relationships });

/**
 * Takes a backup into `file` and verifies it: refuses an empty database (the usual sign of a
 * command that found the wrong database), then reads the written file back and compares its
 * counts with the database's. When the database changed while it was read, it tries again; a file
 * that does not match is renamed to `<file>.unverified`, so that it is never taken for a backup.
 */
export async function takeVerifiedBackup(
  repo: TransferRepository,
  file: string,
): Promise<VerifiedBackup> {
  for (let attempt = 1; ; attempt++) {
    const before = await repo.contents();
    if (Object.keys(before.labels).length === 0) {
      throw new EmptyDatabaseError('The database is empty: there is nothing to back up');
    }
    const content = await readBackup(repo);
    const bytes = await writeBackupFile(content, file);
    const after = await repo.contents();
    const problems = sameCounts(before, after)
      ? await verifyBackupFile(file, after)
      : ['the directory changed while it was backed up'];
    if (problems.length === 0) {
      return {
        nodes: content.nodes.length,
        relationships: content.relationships.length,
        bytes,
        counts: content.counts,
      };
    }
    if (!sameCounts(before, after) && attempt < ATTEMPTS) continue;
    await rename(file, `${file}.unverified`);
    throw new BackupVerificationError(
      `The backup does not match the database (kept as ${path.basename(file)}.unverified)`,
      problems,
    );
  }
}
