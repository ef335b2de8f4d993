/** Environment parsed and validated once; every variable is documented in the README. */
import path from 'node:path';
import { z } from 'zod';
import { parseSsoProviders } from './auth/sso-config';

const port = z.coerce.number().int().min(1).max(65535);
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** What one GraphQL request may cost, unless configured (server/src/http/query-cost.ts, request-budget). */
export const DEFAULT_LIMITS = {
  /** Estimated values in the answer: about 1–2 MB of JSON. */
  maxQueryCost: 50_000,
  queryTimeoutMs: 15_000,
  /** backup and exportCsv read the whole directory. */
  exportTimeoutMs: 120_000,
  maxResponseBytes: 16 * 1024 * 1024,
  /**
   * Different contact persons one account (not an administrator) may read per hour: a day's real
   * lookups touch a few dozen, the whole demo directory holds 56, and a scraper wants them all.
   */
  personReadsPerHour: 300,
};

const schema = z.object({
  // Unset is hardened like production: a deployment that forgets the variable must not be open
  // (GraphiQL, introspection, field suggestions, cookies without Secure). Only an explicit
  // `production` is a deployment, which also never gets the demo accounts or demo data.
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must look like neo4j://host:7687 or bolt+s://host')
    .optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'a JVM size such as 512m or 1g')
    .default('512m'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, 'a size such as 128m or 1g')
    .default('128m'),
  SEED_WHEN_EMPTY: flag.optional(),
  DEMO_PASSWORD: z.string().min(8, 'at least 8 characters').optional(),
  CLIENT_DIR: z.string().default('dist/client'),
  SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  SESSION_PURGE_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  SECURE_COOKIES: flag.optional(),
  TRUST_PROXY: flag.default(false),
  VERIFICATION_MONTHS: z.coerce.number().int().min(1).max(60).default(12),
  RETENTION_MONTHS: z.coerce.number().int().min(0).max(120).default(12),
  VERIFICATION_MAIL_PER_RUN: z.coerce.number().int().min(0).max(10_000).default(100),
  DIGEST_MAIL: flag.default(true),
  READ_CACHE: flag.default(true),
  READ_CACHE_ENTRIES: z.coerce.number().int().min(10).max(1_000_000).default(2_000),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must look like smtp://user:password@host:587 or smtps://host:465')
    .optional(),
  MAIL_FROM: z.string().min(3).default('CONFINE <noreply@localhost>'),
  PUBLIC_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/]+(\/.*)?$/,
      'the address users open, such as https://confine.example.be',
    )
    .optional(),
  MAX_QUERY_COST: z.coerce
    .number()
    .int()
    .min(100)
    .max(10_000_000)
    .default(DEFAULT_LIMITS.maxQueryCost),
  QUERY_TIMEOUT_SECONDS: z.coerce
    .number()
    .min(1)
    .max(600)
    .default(DEFAULT_LIMITS.queryTimeoutMs / 1000),
  EXPORT_TIMEOUT_SECONDS: z.coerce
    .number()
    .min(1)
    .max(3600)
    .default(DEFAULT_LIMITS.exportTimeoutMs / 1000),
  MAX_RESPONSE_MB: z.coerce
    .number()
    .min(1)
    .max(1024)
    .default(DEFAULT_LIMITS.maxResponseBytes / 1024 / 1024),
  OIDC_PROVIDERS: z.string().optional(),
  PASSWORD_SIGN_IN: z.enum(['on', 'off'], 'on or off').default('on'),
  PERSON_READS_PER_HOUR: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(DEFAULT_LIMITS.personReadsPerHour),
});

/** Every variable the server reads; the README's configuration table must list exactly these. */
export const CONFIG_VARIABLES = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Rules across variables, checked even when single variables are already invalid. */
function crossChecks(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  for (const line of parseSsoProviders(env.OIDC_PROVIDERS).problems) {
    problems.push(`  OIDC_PROVIDERS: ${line}`);
  }
  if (
    env.PASSWORD_SIGN_IN === 'off' &&
    parseSsoProviders(env.OIDC_PROVIDERS).providers.length === 0
  ) {
    problems.push(
      '  PASSWORD_SIGN_IN: off needs at least one identity provider in OIDC_PROVIDERS, or nobody can sign in',
    );
  }
  if (env.NEO4J_URI && env.NEO4J_PASSWORD === undefined) {
    problems.push('  NEO4J_PASSWORD: is required when NEO4J_URI is set');
  }
  // Production must be safe on its own: settings that only make sense on a developer's machine
  // stop the start instead of quietly weakening it.
  if (env.NODE_ENV === 'production') {
    if (env.DEMO_PASSWORD !== undefined) {
      problems.push(
        '  DEMO_PASSWORD: production never creates demo accounts; remove it (make the first administrator with npm run create-admin)',
      );
    }
    const host = schema.shape.HOST.safeParse(env.HOST).data ?? '';
    if (env.SMTP_URL !== undefined && env.PUBLIC_URL === undefined) {
      problems.push(
        '  PUBLIC_URL: is required with SMTP_URL in production: the links in invitation and reset mails start with it',
      );
    }
    if (flag.safeParse(env.SECURE_COOKIES).data === false && !LOOPBACK.has(host)) {
      problems.push(
        `  SECURE_COOKIES: false in production with HOST=${host} sends session cookies over plain HTTP; serve HTTPS (a reverse proxy) and leave SECURE_COOKIES unset`,
      );
    }
  }
  return problems;
}

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof schema>) {
  const local = env.NEO4J_URI === undefined;
  return {
    /** NODE_ENV as given; unset is the quick start (`npm start`): hardened, with the demo. */
    env: env.NODE_ENV,
    /** Hardened (no GraphiQL, introspection or suggestions): all but NODE_ENV=development. */
    production: env.NODE_ENV !== 'development',
    /** A real service: NODE_ENV=production, said explicitly. */
    deployment: env.NODE_ENV === 'production',
    host: env.HOST,
    port: env.PORT,
    neo4j: {
      /** True when the project starts its own embedded Neo4j. */
      local,
      uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_LOCAL_PORT}`,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      localPort: env.NEO4J_LOCAL_PORT,
      dataDir: path.resolve(env.NEO4J_DATA_DIR),
      heap: env.NEO4J_HEAP,
      pageCache: env.NEO4J_PAGECACHE,
    },
    /** Demo data is only loaded by default into the local database, and never by a deployment. */
    seedWhenEmpty: env.SEED_WHEN_EMPTY ?? (local && env.NODE_ENV !== 'production'),
    /** Demo accounts (with a shared password) only on the local database, never in a deployment. */
    demoAccounts: local && env.NODE_ENV !== 'production',
    demoPassword: env.DEMO_PASSWORD,
    clientDir: path.resolve(env.CLIENT_DIR),
    auth: {
      sessionHours: env.SESSION_HOURS,
      /** A session unused for this long ends (last use is recorded at most once a minute). */
      sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
      /** How often expired sessions and stale sign-in counters are deleted (also once at start). */
      purgeEveryMinutes: env.SESSION_PURGE_MINUTES,
      /**
       * Secure cookies need HTTPS, except on http://localhost, which browsers treat as secure; on
       * unless NODE_ENV=development, or SECURE_COOKIES=false for plain http on another host.
       */
      secureCookies: env.SECURE_COOKIES ?? env.NODE_ENV !== 'development',
      /** PASSWORD_SIGN_IN=off: only single sign-on; password sign-in, reset and invitations refuse. */
      passwordSignIn: env.PASSWORD_SIGN_IN === 'on',
    },
    /** Single sign-on (OpenID Connect) providers, from OIDC_PROVIDERS. */
    sso: { providers: parseSsoProviders(env.OIDC_PROVIDERS).providers },
    /** Trust X-Forwarded-For for the client address (behind a load balancer). */
    trustProxy: env.TRUST_PROXY,
    settings: {
      verificationMonths: env.VERIFICATION_MONTHS,
      retentionMonths: env.RETENTION_MONTHS,
    },
    /** Contacts mailed a verification link per run (every 6 hours and at start); 0: none. */
    verificationMailPerRun: env.VERIFICATION_MAIL_PER_RUN,
    /** Coordinators and administrators get a weekly digest of what needs them (DIGEST_MAIL). */
    digestMail: env.DIGEST_MAIL,
    /** Answers kept in memory until the network changes (cache/read-cache.ts); READ_CACHE=off. */
    readCache: { enabled: env.READ_CACHE, maxEntries: env.READ_CACHE_ENTRIES },
    mail: {
      /** Null: messages are written to `outboxDir` as .eml files instead of being sent. */
      smtpUrl: env.SMTP_URL ?? null,
      from: env.MAIL_FROM,
      /** Where the links in mails point: the app as users open it. */
      publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
      outboxDir: path.resolve('.data/outbox'),
    },
    limits: {
      maxQueryCost: env.MAX_QUERY_COST,
      queryTimeoutMs: env.QUERY_TIMEOUT_SECONDS * 1000,
      exportTimeoutMs: env.EXPORT_TIMEOUT_SECONDS * 1000,
      maxResponseBytes: Math.round(env.MAX_RESPONSE_MB * 1024 * 1024),
      personReadsPerHour: env.PERSON_READS_PER_HOUR,
    },
  };
}

/** A configuration the server cannot start with; lists every problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment, throwing one error that lists every invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  const lines = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)),
    ...crossChecks(cleaned),
  ];
  if (!parsed.success || lines.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return toConfig(parsed.data);
}
