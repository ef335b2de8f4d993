/** Our GraphQL API (server/src/yoga.ts createApp) as a plain HTTP server for the benchmark. */

import { ensureNetworkVersion } from '../../server/src/cache/read-cache';
import { loadCypherLibrary } from '../../server/src/db/cypher';
import { createDriver, Database } from '../../server/src/db/database';
import { createRepositories } from '../../server/src/repositories';
import { createApp, inProcessConfig } from '../../server/src/yoga';
import { instrumentDriver } from '../lib/recorder';
import { neo4jUri, serve } from './serve';

const driver = createDriver({ uri: neo4jUri(), username: 'neo4j', password: undefined });
const { driver: instrumented, stats } = instrumentDriver(driver);
const db = new Database(instrumented, 'neo4j', await loadCypherLibrary());
// BENCH_READ_CACHE=true: the read cache on, as `npm start` has it (the peer comparison is without).
const readCache = process.env.BENCH_READ_CACHE === 'true';
if (readCache) await ensureNetworkVersion(db);
const app = createApp({
  config: inProcessConfig({ production: true, readCache: { enabled: readCache } }),
  db,
  repos: createRepositories(db),
  log: (message, error) => console.error(message, error),
});
serve(app, stats, () => driver.close());
