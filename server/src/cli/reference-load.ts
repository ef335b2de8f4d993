/** npm run reference:load: loads reference/*.json (all municipalities) into the configured Neo4j. */
import { loadConfig } from '../config';
import { openDatabase } from '../db/bootstrap';
import { loadReferenceGeography } from '../regions/reference-geography';
import { runCommand } from './command';

const log = (line: string) => console.log(`[reference] ${line}`);

async function run() {
  const config = loadConfig();
  // seedWhenEmpty off: this command loads the reference geography only, never the demo network.
  const database = await openDatabase({ ...config, seedWhenEmpty: false }, log);
  try {
    const started = Date.now();
    await loadReferenceGeography(database.db, log);
    log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
}

runCommand('reference', run);
