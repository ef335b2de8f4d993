/** Applies cypher/schema/NNN-*.cypher in order, once each, and records them as (:Migration) nodes. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { CYPHER_DIR } from './cypher';
import { splitStatements } from './statements';

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

/** Applies pending migrations; safe to run any number of times. */
export async function migrate(
  driver: Driver,
  database: string,
  log: (line: string) => void = () => {},
  dir = path.join(CYPHER_DIR, 'schema'),
): Promise<MigrationResult> {
  const files = (await readdir(dir)).filter((f) => /^\d{3}-.+\.cypher$/.test(f)).sort();
  const { records } = await driver.executeQuery(
    'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum',
    {},
    { database, routing: 'READ' },
  );
  const done = new Map(records.map((r) => [r.get('id') as string, r.get('checksum') as string]));
  const result: MigrationResult = { applied: [], skipped: [] };

  for (const file of files) {
    const id = file.replace(/\.cypher$/, '');
    const text = await readFile(path.join(dir, file), 'utf8');
    const checksum = createHash('sha256').update(text).digest('hex');
    const previous = done.get(id);
    if (previous !== undefined) {
      if (previous !== checksum) {
        throw new Error(
          `Migration ${file} changed after it was applied; add a new migration instead of editing it`,
        );
      }
      result.skipped.push(id);
      continue;
    }
    log(`Applying migration ${file}`);
    // Schema statements cannot share a transaction with writes: each runs on its own, and
    // all use IF NOT EXISTS, so a migration interrupted half-way is simply applied again.
    for (const statement of splitStatements(text)) {
      await applySchemaStatement(driver, database, statement);
    }
    await driver.executeQuery(
      'MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()',
      { id, checksum },
      { database, routing: 'WRITE' },
    );
    result.applied.push(id);
  }
  if (result.applied.length > 0) {
    await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database, routing: 'WRITE' });
  }
  return result;
}

/**
 * Runs one schema statement. `IF NOT EXISTS` can still fail with "already exists" when the
 * driver retried a statement whose first attempt did commit (a busy machine, a slow answer):
 * the object being there is what the statement asked for, so that counts as applied.
 */
async function applySchemaStatement(driver: Driver, database: string, statement: string) {
  try {
    await driver.executeQuery(statement, {}, { database, routing: 'WRITE' });
  } catch (error) {
    const name = /\bCREATE\s+(?:\w+\s+)*?(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS/i.exec(
      statement,
    )?.[1];
    if (!name || !/already exists/i.test((error as Error).message)) throw error;
    const { records } = await driver.executeQuery(
      'SHOW INDEXES YIELD name WHERE name = $name RETURN name',
      { name },
      { database, routing: 'READ' },
    );
    if (records.length === 0) throw error;
  }
}
