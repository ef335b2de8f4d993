/** The reference geography files in reference/ (see docs/reference-data.md) and their loader. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/database';
import { type ReferenceGeography, RegionRepository } from './region.repository';

export const REFERENCE_DIR = path.resolve(import.meta.dirname, '../../../reference');

/** Every reference/*.json file, one per country. */
export async function readReferenceGeography(dir = REFERENCE_DIR): Promise<ReferenceGeography[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(
      async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as ReferenceGeography,
    ),
  );
}

/** Loads every country's reference geography; safe to run at every start (nothing changes twice). */
export async function loadReferenceGeography(
  db: Database,
  log: (line: string) => void = () => {},
): Promise<void> {
  const regions = new RegionRepository(db);
  for (const data of await readReferenceGeography()) {
    const started = Date.now();
    const n = await regions.loadReference(data);
    log(
      `Reference geography ${data.country} (${data.referenceDate}): ${n.municipalities} municipalities, ` +
        `${n.provinces} provinces, ${n.areas} other regions, ${n.former} former municipalities, ` +
        `${n.aliases} with postal codes in ${Date.now() - started} ms`,
    );
  }
}
