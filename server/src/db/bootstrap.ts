/** Brings the database up: the local Neo4j when no NEO4J_URI is set, then migrations and first seed. */
import type { Driver } from 'neo4j-driver';
import {
  type LocalNeo4j,
  type LocalNeo4jError,
  prepareClassDataArchive,
  startLocalNeo4j,
  superviseLocalNeo4j,
} from '../../../neo4j/launcher';
import type { Config } from '../config';
import { loadReferenceGeography } from '../regions/reference-geography';
import { loadCypherLibrary } from './cypher';
import { createDriver, Database } from './database';
import { migrate } from './migrate';
import { DatabaseRecovery } from './recovery';
import { isEmpty, seed } from './seed';

export interface OpenDatabase {
  db: Database;
  driver: Driver;
  local: LocalNeo4j | null;
  /** Logs outages and warms the query plans when Neo4j is back. */
  recovery: DatabaseRecovery;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/** Starts or connects to Neo4j, applies migrations, seeds an empty local database. */
export interface OpenOptions {
  /**
   * Keep the local Neo4j running (the server): restart it when it exits or hangs, and call
   * `onGiveUp` when it cannot be brought back. One-shot commands leave it unsupervised.
   */
  supervise?: { onGiveUp(error: LocalNeo4jError): void };
}

export async function openDatabase(
  config: Config,
  log: (line: string) => void,
  options: OpenOptions = {},
): Promise<OpenDatabase> {
  let recovery: DatabaseRecovery | undefined;
  const localOptions = {
    port: config.neo4j.localPort,
    dataDir: config.neo4j.dataDir,
    heap: config.neo4j.heap,
    pageCache: config.neo4j.pageCache,
    log,
  };
  // The server's first start writes the JVM's class-data archive (once per Neo4j and Java
  // version), which takes about a quarter off every later start, a restart after a crash included.
  if (config.neo4j.local && options.supervise) await prepareClassDataArchive(log);
  const local = !config.neo4j.local
    ? null
    : options.supervise
      ? await superviseLocalNeo4j({
          ...localOptions,
          onDown: (reason) => recovery?.lost(reason, true),
          onGiveUp: options.supervise.onGiveUp,
        })
      : await startLocalNeo4j(localOptions);
  const driver = createDriver(local ? { ...config.neo4j, password: undefined } : config.neo4j);
  const close = async () => {
    await recovery?.close();
    await driver.close();
    await local?.stop();
  };
  try {
    if (!local) {
      log(`Connecting to ${config.neo4j.uri} (database ${config.neo4j.database})`);
      await driver.verifyConnectivity({ database: config.neo4j.database });
    }
    const cypher = await loadCypherLibrary();
    const db = new Database(driver, config.neo4j.database, cypher);
    recovery = new DatabaseRecovery(db, log);
    const { applied } = await migrate(driver, db.name, log);
    log(applied.length ? `Applied ${applied.length} migration(s)` : 'Schema is up to date');
    if (config.seedWhenEmpty && (await isEmpty(driver, db.name))) {
      log('The database is empty: loading the demo network');
      await seed(driver, db.name, log);
    } else if (local) {
      // A local database seeded before the reference geography existed gets it (and any refresh of
      // reference/*.json) at start; the load is idempotent, and skipped when the files and the
      // statements are those of the last load. External databases: npm run reference:load.
      await loadReferenceGeography(db, log, { skipUnchanged: true });
    }
    return { db, driver, local, recovery, close };
  } catch (error) {
    await close();
    throw error;
  }
}
