/**
 * npm run digest:mail -- [--dry-run]
 * Sends this week's digest to the coordinators and administrators who have something to see (the
 * server also does, at start and every 6 hours). Each gets one digest per week, however often this
 * runs. With --dry-run it only counts who would get one. It prints counts, never addresses: its
 * output may end up in a scheduler's log.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { digestSummaryLine, runDigest } from '../digest/digest';
import { Mailer } from '../mail/mailer';
import { createRepositories } from '../repositories';
import { runCommand } from './command';
import { commandDatabase } from './database';

const log = (line: string) => console.log(`[digest-mail] ${line}`);

async function run() {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const config = loadConfig();
  const database = await commandDatabase(config, log);
  const repos = createRepositories(database.db);
  const mailer = new Mailer(repos.mail, config.mail, log);
  try {
    const summary = await runDigest(
      { digest: repos.digest, contacts: repos.contacts, mailer },
      { verificationMonths: config.settings.verificationMonths, dryRun: values['dry-run'] },
      log,
    );
    log(
      values['dry-run']
        ? `${summary.recipients - summary.nothing} of ${summary.recipients} recipient(s) have something to see, nothing sent (--dry-run)`
        : digestSummaryLine(summary),
    );
  } finally {
    mailer.close();
    await database.close();
  }
}

runCommand('digest-mail', run);
