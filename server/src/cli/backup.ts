/**
 * npm run backup -- [--out FILE] [--dir DIR] [--keep N]
 * Writes a full JSON backup of the directory (users included, with their password hashes: keep
 * the file as safe as the database). Without --out it writes DIR/confine-backup-<UTC time>.json
 * (DIR defaults to .data/backups) and keeps the newest N of those (default 14): fit for cron.
 * Every backup is verified: an empty database, or a file whose counts per label and relationship
 * type differ from the database's, makes the command exit 1 (and nothing is rotated).
 */
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LocalNeo4jError } from '../../../neo4j/launcher';
import {
  BackupVerificationError,
  backupName,
  EmptyDatabaseError,
  rotateBackups,
  takeVerifiedBackup,
} from '../backup/backup';
import { ConfigError, loadConfig } from '../config';
import { createRepositories } from '../repositories';
import { commandDatabase } from './database';

const log = (line: string) => console.log(`[backup] ${line}`);
const USAGE = 'usage: npm run backup -- [--out FILE] [--dir DIR] [--keep N]';

async function run() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      dir: { type: 'string', default: '.data/backups' },
      keep: { type: 'string', default: '14' },
    },
  });
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 1)
    throw new ConfigError(`--keep must be 1 or more\n${USAGE}`);
  const config = loadConfig();
  const started = Date.now();
  const file = path.resolve(
    values.out ?? path.join(values.dir ?? '.data/backups', backupName(new Date())),
  );
  const database = await commandDatabase(config, log);
  // Said first, so that a log shows which database a scheduled backup found.
  const where = config.neo4j.local
    ? `the local Neo4j on ${config.neo4j.uri}`
    : `${config.neo4j.uri}`;
  log(`Backing up database "${config.neo4j.database}" of ${where}`);
  try {
    const repos = createRepositories(database.db);
    // Recorded like a backup through the API: an EXPORT event administrators see in the audit
    // log, attributed to the command and the system account that ran it (no one is signed in).
    // Written first, so the backup holds its own record and verifies against the database; not
    // on an empty database, which the backup refuses.
    const before = (await repos.transfer.contents()).labels;
    if (Object.keys(before).length > 0) {
      await repos.editor.access(
        { id: 'system-cli', email: `cli:npm run backup (${userInfo().username})` },
        'EXPORT',
        { type: 'Export', id: 'export:backup.json', name: 'backup.json' },
        { export: 'backup.json', filter: { via: 'npm run backup' }, persons: before.Person ?? 0 },
      );
    }
    const backup = await takeVerifiedBackup(repos.transfer, file).catch((error: unknown) => {
      if (error instanceof EmptyDatabaseError) {
        throw new BackupVerificationError(
          `${error.message} in database "${config.neo4j.database}" of ${where}. ` +
            "Run the backup with the service's environment (its NEO4J_* settings), " +
            'e.g. `set -a; . /etc/confine/confine.env; set +a; npm run backup`',
        );
      }
      throw error;
    });
    log(
      `Wrote ${shown(file)}: ${backup.nodes} nodes, ${backup.relationships} relationships, ` +
        `${(backup.bytes / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const labels = Object.keys(backup.counts.labels).length;
    const types = Object.keys(backup.counts.relationships).length;
    log(
      `Verified: the file read back holds the database's counts for all ${labels} labels and ${types} relationship types`,
    );
    if (!values.out) {
      const removed = await rotateBackups(path.dirname(file), keep);
      if (removed.length)
        log(`Removed ${removed.length} older backup(s), keeping the newest ${keep}`);
    }
  } finally {
    await database.close();
  }
}

/** A path as the user would type it: relative below the current folder, absolute elsewhere. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

run().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof BackupVerificationError;
  console.error(`[backup] ${known ? (error as Error).message : error}`);
  process.exit(1);
});
