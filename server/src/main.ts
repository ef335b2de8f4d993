/** config -> database -> yoga -> http listen, and a clean stop on SIGINT/SIGTERM. */
import { createServer } from 'node:http';
import { LocalNeo4jError } from '../../neo4j/launcher';
import { DEMO_EMAILS, ensureDemoAccounts } from './auth/demo-accounts';
import { ensureNetworkVersion } from './cache/read-cache';
import { type Config, ConfigError, loadConfig } from './config';
import { startVerificationMail } from './contacts/contact-links';
import { openDatabase } from './db/bootstrap';
import { startDigest } from './digest/digest';
import { Mailer } from './mail/mailer';
import { startRetention } from './privacy/retention';
import { createRepositories } from './repositories';
import { createApp } from './yoga';

const log = (line: string) => console.log(`[confine] ${line}`);
const SHUTDOWN_GRACE_MS = 10_000;

async function main() {
  const started = Date.now();
  const config = loadConfig();
  log(`Node ${process.version}, ${modeLine(config)}`);
  let giveUp = (error: Error): void => {
    console.error(`[confine] ${error.message}`);
    process.exit(1);
  };
  const database = await openDatabase(config, log, {
    supervise: { onGiveUp: (error) => giveUp(error) },
  });
  const repos = createRepositories(database.db);
  if (config.demoAccounts) {
    const password = await ensureDemoAccounts(repos.auth, config.demoPassword);
    log(`Demo accounts: ${DEMO_EMAILS.join(', ')}`);
    log(
      config.demoPassword
        ? 'Their password is the one in DEMO_PASSWORD'
        : `Their password for this run: ${password} (set DEMO_PASSWORD to choose one)`,
    );
  }
  // Data loaded around the app (an external Neo4j filled by other means) gets a first version, so
  // that the read cache can keep answers from the first request on.
  if (config.readCache.enabled) await ensureNetworkVersion(database.db);
  // One mailer for the app's account mails and the verification job (one SMTP transport).
  const mailer = new Mailer(repos.mail, config.mail);
  const yoga = createApp({ config, db: database.db, repos, mailer });
  // Persons no longer in use are erased after RETENTION_MONTHS: now, then every few hours.
  const stopRetention = startRetention(repos, config.settings.retentionMonths, log);
  // Contacts due for verification get a link to confirm or correct their own entry: now, then
  // every few hours (one mail per contact and cycle, whatever restarts).
  const stopVerificationMail = startVerificationMail(
    { contactLinks: repos.contactLinks, mailer },
    {
      verificationMonths: config.settings.verificationMonths,
      limit: config.verificationMailPerRun,
    },
    log,
  );
  // Coordinators and administrators get one digest a week of what needs them in their scope.
  const stopDigest = startDigest(
    { digest: repos.digest, contacts: repos.contacts, mailer },
    { verificationMonths: config.settings.verificationMonths, on: config.digestMail },
    log,
  );
  const server = createServer(yoga);
  let stopping = false;
  // Once stopping, a connection whose answer has gone out is closed at once: a keep-alive client
  // (a browser, a load balancer) must not hold the stop until its connection times out.
  server.on('request', (_request, response) => {
    response.once('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(
              `port ${config.port} is already in use: stop what listens there or set PORT`,
            )
          : error,
      );
    });
    server.listen(config.port, config.host, () => resolve());
  });
  const shown =
    config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host;
  log(
    `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://${shown}:${config.port}/ (GraphQL at /graphql)`,
  );

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopRetention();
    stopVerificationMail();
    stopDigest();
    log(`${signal}: finishing requests in flight, then stopping`);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // Requests still running after the grace period are cut off, so a stop never hangs.
    const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    await closed;
    clearTimeout(grace);
    // After the requests in flight: a password reset being answered still sends its mail.
    mailer.close();
    await database.close();
    log('Stopped');
    process.exit(0);
  };
  // The local Neo4j cannot be brought back: one line that says why, and a non-zero exit, rather
  // than a server that answers 503 forever.
  giveUp = (error) => {
    if (stopping) return;
    stopping = true;
    stopRetention();
    stopVerificationMail();
    stopDigest();
    console.error(`[confine] ${error.message}`);
    server.close();
    server.closeAllConnections();
    void database.close().finally(() => process.exit(1));
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function modeLine(config: Config): string {
  if (config.deployment) return 'NODE_ENV=production: a service, no demo accounts';
  if (!config.production) return 'NODE_ENV=development: GraphiQL and introspection on';
  return 'hardened (no GraphiQL or introspection); set NODE_ENV=production for a service';
}

// A fault nobody caught leaves the server in an unknown state: stop with a code that tells the
// supervisor (supervise.ts) to start a fresh one; 1 stays "cannot start, fix something".
const EXIT_UNEXPECTED = 70;
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    console.error('[confine] Unexpected error, the server stops:', error);
    process.exit(EXIT_UNEXPECTED);
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(`[confine] ${error.message}`);
  } else {
    console.error('[confine] Start-up failed:', error);
  }
  process.exit(1);
});
