/**
 * npm run verification:mail -- [--dry-run]
 * Mails the contacts whose entry is due for verification a link to confirm or correct it (the
 * server also does, at start and every 6 hours), at most VERIFICATION_MAIL_PER_RUN of them. Each
 * contact gets one mail per verification cycle, however often this runs. With --dry-run it only
 * counts who is due. It prints counts, never addresses: its output may end up in a scheduler's log.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { runVerificationMail, summaryLine } from '../contacts/contact-links';
import { Mailer } from '../mail/mailer';
import { createRepositories } from '../repositories';
import { runCommand } from './command';
import { commandDatabase } from './database';

const log = (line: string) => console.log(`[verification-mail] ${line}`);

async function run() {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const config = loadConfig();
  const database = await commandDatabase(config, log);
  const repos = createRepositories(database.db);
  const mailer = new Mailer(repos.mail, config.mail, log);
  try {
    const summary = await runVerificationMail(
      { contactLinks: repos.contactLinks, mailer },
      {
        verificationMonths: config.settings.verificationMonths,
        // The command mails at least one batch, even where the server's own run is off.
        limit: config.verificationMailPerRun || 100,
        dryRun: values['dry-run'],
      },
      log,
    );
    log(
      values['dry-run']
        ? `${summary.due} contact(s) due, nothing sent (--dry-run)`
        : summaryLine(summary),
    );
  } finally {
    mailer.close();
    await database.close();
  }
}

runCommand('verification-mail', run);
