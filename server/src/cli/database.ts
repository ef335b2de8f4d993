/**
 * The database for the commands (backup, restore, create-admin), found the way `npm run seed` finds it: a
 * local Neo4j that `npm start` already runs is used as it is; otherwise the local one is started
 * for the command (or NEO4J_URI is connected to). Migrations are applied either way.
 */
import type { Config } from '../config';
import { openDatabase } from '../db/bootstrap';
import { loadCypherLibrary } from '../db/cypher';
import { createDriver, Database } from '../db/database';
import { migrate } from '../db/migrate';

export interface CommandDatabase {
  db: Database;
  close(): Promise<void>;
}

export async function commandDatabase(
  config: Config,
  log: (line: string) => void,
): Promise<CommandDatabase> {
  if (config.neo4j.local && (await answers(config))) {
    log(`Using the local Neo4j already running on ${config.neo4j.uri}`);
    const driver = createDriver({ ...config.neo4j, password: undefined });
    try {
      await migrate(driver, config.neo4j.database, log);
      const db = new Database(driver, config.neo4j.database, await loadCypherLibrary());
      return { db, close: () => driver.close() };
    } catch (error) {
      await driver.close();
      throw error;
    }
  }
  const opened = await openDatabase({ ...config, seedWhenEmpty: false }, log);
  return { db: opened.db, close: opened.close };
}

/** Whether a Neo4j already answers at the configured address (e.g. the one `npm start` runs). */
export async function answers(config: Config): Promise<boolean> {
  const driver = createDriver({ ...config.neo4j, password: undefined });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
