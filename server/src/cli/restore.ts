/**
 * npm run restore -- --in FILE [--wipe]
 * Restores a backup written by `npm run backup`. The whole file is checked first; nothing is
 * written when it is invalid. It refuses a database that is not empty unless --wipe is given,
 * which deletes everything in it first (sessions too: everyone signs in again).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LocalNeo4jError } from '../../../neo4j/launcher';
import { RestoreError, restoreBackup } from '../backup/backup';
import { checkBackup } from '../backup/backup-format';
import { ConfigError, loadConfig } from '../config';
import { createRepositories } from '../repositories';
import { commandDatabase } from './database';

const log = (line: string) => console.log(`[restore] ${line}`);
const USAGE = 'usage: npm run restore -- --in FILE [--wipe]';

async function run() {
  const { values } = parseArgs({
    options: { in: { type: 'string' }, wipe: { type: 'boolean', default: false } },
  });
  if (!values.in) throw new ConfigError(`--in is required\n${USAGE}`);
  const started = Date.now();
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(values.in, 'utf8'));
  } catch (error) {
    throw new RestoreError(`${values.in} cannot be read as JSON: ${(error as Error).message}`);
  }
  const problems = checkBackup(doc);
  if (problems.length) throw new RestoreError(`${values.in} is not a valid backup`, problems);
  log(`${values.in} is a valid backup`);
  const config = loadConfig();
  const database = await commandDatabase(config, log);
  try {
    const result = await restoreBackup(createRepositories(database.db).transfer, doc, {
      wipe: values.wipe ?? false,
      log,
    });
    log(
      `Restored ${result.nodes} nodes and ${result.relationships} relationships` +
        `${result.wiped ? ` (after wiping ${result.wiped} nodes)` : ''} in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s; the counts match the file`,
    );
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof RestoreError;
  console.error(`[restore] ${known ? (error as Error).message : error}`);
  process.exit(1);
});
