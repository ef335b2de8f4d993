/** Loads the demo network from cypher/seed/*.cypher; every statement MERGEs, so re-running changes nothing. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadReferenceGeography } from '../regions/reference-geography';
import { SearchRepository } from '../search/search.repository';
import { CYPHER_DIR, loadCypherLibrary } from './cypher';
import { Database } from './database';
import { splitStatements } from './statements';

/** Applies every seed file, each in one write transaction. Returns the number of statements run. */
export async function seed(
  driver: Driver,
  database: string,
  log: (line: string) => void = () => {},
  dir = path.join(CYPHER_DIR, 'seed'),
): Promise<number> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  let statements = 0;
  for (const file of files) {
    const parts = splitStatements(await readFile(path.join(dir, file), 'utf8'));
    log(`Seeding ${file} (${parts.length} statements)`);
    const session = driver.session({ database });
    try {
      await session.executeWrite(async (tx) => {
        for (const statement of parts) await tx.run(statement);
      });
    } finally {
      await session.close();
    }
    statements += parts.length;
  }
  // The full reference geography (reference/*.json) after the demo regions, which it reuses by id.
  await loadReferenceGeography(new Database(driver, database, await loadCypherLibrary()), log);
  await refreshSearchContext(driver, database);
  return statements;
}

/** Recomputes the derived search text (and :Entity labels) of the whole directory. */
export async function refreshSearchContext(driver: Driver, database: string): Promise<void> {
  const db = new Database(driver, database, await loadCypherLibrary());
  await new SearchRepository(db).refreshAll();
}

/** True when the database holds no barrier yet, i.e. it was never seeded nor filled. */
export async function isEmpty(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    'RETURN EXISTS { MATCH (:Barrier) } AS filled',
    {},
    { database, routing: 'READ' },
  );
  return records[0]?.get('filled') !== true;
}
