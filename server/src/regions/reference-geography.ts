/** The reference geography files in reference/ (see docs/reference-data.md) and their loader. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/database';
import { type ReferenceGeography, RegionRepository } from './region.repository';

export const REFERENCE_DIR = path.resolve(import.meta.dirname, '../../../reference');

/** A country's file as read, with the text it was parsed from (for its fingerprint). */
interface ReferenceFile {
  data: ReferenceGeography;
  text: string;
}

async function readFiles(dir: string): Promise<ReferenceFile[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (f) => {
      const text = await readFile(path.join(dir, f), 'utf8');
      return { data: JSON.parse(text) as ReferenceGeography, text };
    }),
  );
}

/** Every reference/*.json file, one per country. */
export async function readReferenceGeography(dir = REFERENCE_DIR): Promise<ReferenceGeography[]> {
  return (await readFiles(dir)).map((f) => f.data);
}

/** The statements that load a country: a change to one of them loads every country again. */
const LOAD_STATEMENTS = [
  'geography/upsert-provinces',
  'geography/upsert-areas',
  'geography/upsert-municipalities',
  'geography/upsert-memberships',
  'geography/upsert-former',
  'geography/upsert-aliases',
] as const;

/**
 * Loads every country's reference geography; safe to run at every start (nothing changes twice).
 * With `skipUnchanged` (the start-up load), a country whose file and loading statements are the
 * ones its last load recorded is left as it is: a warm start does not spend seconds on it.
 */
export async function loadReferenceGeography(
  db: Database,
  log: (line: string) => void = () => {},
  options: { skipUnchanged?: boolean; dir?: string } = {},
): Promise<void> {
  const regions = new RegionRepository(db);
  const statements = LOAD_STATEMENTS.map((name) => db.cypher.get(name)).join('\0');
  for (const { data, text } of await readFiles(options.dir ?? REFERENCE_DIR)) {
    const started = Date.now();
    const hash = createHash('sha256').update(statements).update('\0').update(text).digest('hex');
    if (options.skipUnchanged && (await regions.referenceLoadHash(data.country)) === hash) {
      log(
        `Reference geography ${data.country} (${data.referenceDate}): unchanged since its last load`,
      );
      continue;
    }
    const n = await regions.loadReference(data, hash);
    log(
      `Reference geography ${data.country} (${data.referenceDate}): ${n.municipalities} municipalities, ` +
        `${n.provinces} provinces, ${n.areas} other regions, ${n.former} former municipalities, ` +
        `${n.aliases} with postal codes in ${Date.now() - started} ms`,
    );
  }
}
