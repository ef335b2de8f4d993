/** Our GraphQL API (server/src/yoga.ts createApp) as a plain HTTP server for the benchmark. */
import { loadCypherLibrary } from '../../server/src/db/cypher';
import { createDriver, Database } from '../../server/src/db/database';
import { createRepositories } from '../../server/src/repositories';
import { createApp } from '../../server/src/yoga';
import { instrumentDriver } from '../lib/recorder';
import { neo4jUri, serve } from './serve';

const driver = createDriver({ uri: neo4jUri(), username: 'neo4j', password: undefined });
const { driver: instrumented, stats } = instrumentDriver(driver);
const db = new Database(instrumented, 'neo4j', await loadCypherLibrary());
const app = createApp({
  config: {
    production: true,
    clientDir: '/nonexistent',
    auth: { sessionHours: 12, sessionIdleMinutes: 60, purgeEveryMinutes: 0, secureCookies: false },
    trustProxy: false,
    settings: { verificationMonths: 12 },
  },
  db,
  repos: createRepositories(db),
  log: (message, error) => console.error(message, error),
});
serve(app, stats, () => driver.close());
