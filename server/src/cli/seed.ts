/** npm run seed: (re)loads the demo network. Idempotent: running it twice changes nothing. */
import { loadConfig } from '../config';
import { openDatabase } from '../db/bootstrap';
import { createDriver } from '../db/database';
import { migrate } from '../db/migrate';
import { seed } from '../db/seed';
import { runCommand } from './command';
import { answers } from './database';

const log = (line: string) => console.log(`[seed] ${line}`);

async function run() {
  const config = loadConfig();
  // A local Neo4j that `npm start` already runs is used as it is; otherwise start one for the seed.
  const running = config.neo4j.local ? await answers(config) : false;
  if (running) log(`Using the local Neo4j already running on ${config.neo4j.uri}`);
  const database = running ? null : await openDatabase({ ...config, seedWhenEmpty: false }, log);
  const driver = database?.driver ?? createDriver({ ...config.neo4j, password: undefined });
  try {
    if (running) await migrate(driver, config.neo4j.database, log);
    const started = Date.now();
    const statements = await seed(driver, config.neo4j.database, log);
    log(`Done: ${statements} statements in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (database) await database.close();
    else await driver.close();
  }
}

runCommand('seed', run);
