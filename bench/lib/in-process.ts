/**
 * Our API in this process over a bench database, with a recorder on its driver: the tools that
 * look at the Cypher one request runs (profile.ts, compare-expand.ts) start from this.
 */
import type { Driver } from 'neo4j-driver';
import { loadCypherLibrary } from '../../server/src/db/cypher';
import { Database } from '../../server/src/db/database';
import { createRepositories } from '../../server/src/repositories';
import { createApp, inProcessConfig } from '../../server/src/yoga';
import { instrumentDriver } from './recorder';

export async function recordingApp(driver: Driver) {
  const recorder = instrumentDriver(driver);
  const database = new Database(recorder.driver, 'neo4j', await loadCypherLibrary());
  const app = createApp({
    config: inProcessConfig({ production: true }),
    db: database,
    repos: createRepositories(database),
    log: () => {},
  });
  return { recorder, app };
}
