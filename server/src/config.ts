/** Environment parsed and validated once; every variable is documented in the README. */
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  // Production unless said otherwise: a deployment that forgets the variable must not be open
  // (GraphiQL, introspection, field suggestions, cookies without Secure).
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
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
});

/** Rules across variables, checked even when single variables are already invalid. */
function crossChecks(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (env.NEO4J_URI && env.NEO4J_PASSWORD === undefined) {
    problems.push('  NEO4J_PASSWORD: is required when NEO4J_URI is set');
  }
  return problems;
}

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof schema>) {
  const local = env.NEO4J_URI === undefined;
  return {
    env: env.NODE_ENV,
    /** Everything but an explicit NODE_ENV=development (tests build their app config themselves). */
    production: env.NODE_ENV !== 'development',
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
    /** Demo data and accounts are only ever created in the local default. */
    seedWhenEmpty: env.SEED_WHEN_EMPTY ?? local,
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
    },
    /** Trust X-Forwarded-For for the client address (behind a load balancer). */
    trustProxy: env.TRUST_PROXY,
    settings: { verificationMonths: env.VERIFICATION_MONTHS },
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
