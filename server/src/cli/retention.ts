/**
 * npm run retention -- [--dry-run]
 * Applies the retention rule now (the server also does, at start and every 6 hours): erases the
 * archived persons, and those whose every tie has ended, RETENTION_MONTHS after they were last in
 * use. With --dry-run it only says who is due and who comes next. It prints ids and dates, never
 * names: its output may end up in a scheduler's log.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { retentionPreview, runRetention } from '../privacy/retention';
import { createRepositories } from '../repositories';
import { runCommand } from './command';
import { commandDatabase } from './database';

const log = (line: string) => console.log(`[retention] ${line}`);

async function run() {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const config = loadConfig();
  const months = config.settings.retentionMonths;
  if (months <= 0) {
    log('RETENTION_MONTHS=0: the rule is off, nothing to do');
    return;
  }
  const database = await commandDatabase(config, log);
  try {
    const repos = createRepositories(database.db);
    const plan = await retentionPreview(repos.privacy, months);
    const due = plan.filter((e) => e.due);
    log(`Rule: erase persons ${months} months after they were last in use`);
    for (const e of due) log(`due: ${e.id} (last in use ${e.since})`);
    const next = plan.find((e) => !e.due);
    log(
      `${due.length} due now, ${plan.length - due.length} later${next ? ` (next on ${next.eraseOn})` : ''}`,
    );
    if (values['dry-run']) return;
    const { erased } = await runRetention(repos, months);
    log(`Erased ${erased} person(s); the audit log records each deletion and the run`);
  } finally {
    await database.close();
  }
}

runCommand('retention', run);
