import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../server/src/config';

test('defaults to the local Neo4j, port 4000 and seeding an empty database', () => {
  const config = loadConfig({});
  expect(config.port).toBe(4000);
  expect(config.neo4j.local).toBe(true);
  expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
  expect(config.seedWhenEmpty).toBe(true);
});

test('an external Neo4j turns the local one and demo seeding off', () => {
  const config = loadConfig({
    NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
    NEO4J_PASSWORD: 's3cret',
  });
  expect(config.neo4j.local).toBe(false);
  expect(config.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  expect(config.seedWhenEmpty).toBe(false);
});

test('lists every invalid variable at once', () => {
  let error: unknown;
  try {
    loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', NEO4J_HEAP: 'lots' });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as Error).message;
  expect(message).toContain('PORT');
  expect(message).toContain('NEO4J_URI');
  expect(message).toContain('NEO4J_HEAP');
  expect(message).toContain('NEO4J_PASSWORD: is required when NEO4J_URI is set');
});

test('the limits of one request default to the documented values and can be changed', () => {
  expect(loadConfig({}).limits).toEqual({
    maxQueryCost: 50_000,
    queryTimeoutMs: 15_000,
    exportTimeoutMs: 120_000,
    maxResponseBytes: 16 * 1024 * 1024,
    personReadsPerHour: 300,
  });
  expect(
    loadConfig({
      MAX_QUERY_COST: '20000',
      QUERY_TIMEOUT_SECONDS: '5',
      EXPORT_TIMEOUT_SECONDS: '300',
      MAX_RESPONSE_MB: '4',
      PERSON_READS_PER_HOUR: '50',
    }).limits,
  ).toEqual({
    maxQueryCost: 20_000,
    queryTimeoutMs: 5_000,
    exportTimeoutMs: 300_000,
    maxResponseBytes: 4 * 1024 * 1024,
    personReadsPerHour: 50,
  });
  let error: unknown;
  try {
    loadConfig({ MAX_QUERY_COST: '5', QUERY_TIMEOUT_SECONDS: '0', MAX_RESPONSE_MB: 'lots' });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  for (const name of ['MAX_QUERY_COST', 'QUERY_TIMEOUT_SECONDS', 'MAX_RESPONSE_MB'])
    expect((error as Error).message).toContain(name);
});

test('production never creates demo accounts or demo data; the local quick start does', () => {
  expect(loadConfig({ NODE_ENV: 'development' }).demoAccounts).toBe(true);
  // npm start without NODE_ENV: hardened, yet the demo of the quick start.
  const quickStart = loadConfig({});
  expect(quickStart.production).toBe(true);
  expect(quickStart.deployment).toBe(false);
  expect(quickStart.demoAccounts).toBe(true);
  expect(quickStart.seedWhenEmpty).toBe(true);
  const deployment = loadConfig({ NODE_ENV: 'production' });
  expect(deployment.demoAccounts).toBe(false);
  expect(deployment.seedWhenEmpty).toBe(false);
  expect(loadConfig({ NODE_ENV: 'production', SEED_WHEN_EMPTY: 'true' }).seedWhenEmpty).toBe(true);
  // An external database never gets them either, whatever the mode.
  expect(
    loadConfig({ NODE_ENV: 'development', NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'x' })
      .demoAccounts,
  ).toBe(false);
});

test('production refuses unsafe settings and names each one', () => {
  let error: unknown;
  try {
    loadConfig({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      SECURE_COOKIES: 'false',
      DEMO_PASSWORD: 'demo-password',
    });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as Error).message;
  expect(message).toMatch(/DEMO_PASSWORD: production never creates demo accounts/);
  expect(message).toMatch(/SECURE_COOKIES: false in production with HOST=0\.0\.0\.0/);
  // The same settings are fine for development, and plain-HTTP cookies on loopback stay allowed.
  expect(() =>
    loadConfig({
      NODE_ENV: 'development',
      HOST: '0.0.0.0',
      SECURE_COOKIES: 'false',
      DEMO_PASSWORD: 'demo-password',
    }),
  ).not.toThrow();
  expect(loadConfig({ NODE_ENV: 'production', SECURE_COOKIES: 'false' }).auth.secureCookies).toBe(
    false,
  );
  expect(loadConfig({ NODE_ENV: 'production', HOST: '0.0.0.0' }).auth.secureCookies).toBe(true);
});

const root = (file: string) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');

/** The variables named in the first column of the README's configuration table. */
function readmeVariables(readme: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Configuration\n')) ?? '';
  return [...section.matchAll(/^\| `([A-Z0-9_]+)` +\|/gm)].map((m) => m[1]!);
}

test('the README configuration table and .env.example list exactly the variables of the schema', async () => {
  const schema = [...CONFIG_VARIABLES].sort();
  const readme = readmeVariables(await root('README.md'));
  expect([...readme].sort()).toEqual(schema);
  expect(new Set(readme).size).toBe(readme.length);
  const example = [...(await root('.env.example')).matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]!);
  expect([...example].sort()).toEqual(schema);
});

test('production unless NODE_ENV=development is set: Secure cookies, GraphiQL and introspection off', () => {
  const unset = loadConfig({});
  expect(unset.production).toBe(true);
  expect(unset.auth.secureCookies).toBe(true);
  const test = loadConfig({ NODE_ENV: 'test' });
  expect(test.production).toBe(true);
  const development = loadConfig({ NODE_ENV: 'development' });
  expect(development.production).toBe(false);
  expect(development.auth.secureCookies).toBe(false);
  expect(loadConfig({ SECURE_COOKIES: 'false' }).auth.secureCookies).toBe(false);
  expect(loadConfig({ NODE_ENV: 'development', SECURE_COOKIES: 'true' }).auth.secureCookies).toBe(
    true,
  );
});

test('sessions end after 60 idle minutes unless SESSION_IDLE_MINUTES says otherwise', () => {
  expect(loadConfig({}).auth.sessionIdleMinutes).toBe(60);
  expect(loadConfig({ SESSION_IDLE_MINUTES: '30' }).auth.sessionIdleMinutes).toBe(30);
  expect(() => loadConfig({ SESSION_IDLE_MINUTES: '2' })).toThrow(/SESSION_IDLE_MINUTES/);
  expect(loadConfig({}).auth.purgeEveryMinutes).toBe(60);
});

test('the README lists every npm script, and no script that does not exist', async () => {
  const scripts = Object.keys(JSON.parse(await root('package.json')).scripts as object).sort();
  const readme = await root('README.md');
  const section = readme.split(/^## /m).find((s) => s.startsWith('npm scripts\n')) ?? '';
  const listed = [...section.matchAll(/^\| `npm (?:run )?([a-z0-9:-]+)` +\|/gm)].map((m) => m[1]!);
  expect([...listed].sort()).toEqual(scripts);
});

test('OIDC_PROVIDERS is checked at start, one line per problem naming provider and field', () => {
  const good = {
    id: 'entra',
    name: 'Stad Genk',
    issuer: 'https://login.example.org/tenant/v2.0',
    clientId: 'confine',
  };
  const config = loadConfig({ OIDC_PROVIDERS: JSON.stringify([good]) });
  expect(config.sso.providers).toEqual([
    { ...good, clientSecret: null, scopes: ['openid', 'email', 'profile'], endSession: true },
  ]);
  expect(config.auth.passwordSignIn).toBe(true);
  const message = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  };
  expect(message({ OIDC_PROVIDERS: '[{' })).toMatch(/OIDC_PROVIDERS: not valid JSON/);
  const wrong = message({
    OIDC_PROVIDERS: JSON.stringify([
      { ...good, issuer: 'http://idp.example.org' },
      { ...good, id: 'Bad Id', scopes: ['email'] },
      good,
    ]),
  });
  expect(wrong).toContain(
    'OIDC_PROVIDERS: provider 1 ("entra"): issuer must be an https:// address (http:// only on localhost)',
  );
  expect(wrong).toContain('provider 2 ("Bad Id"): id must be 1-40 lower-case letters');
  expect(wrong).toContain('provider 2 ("Bad Id"): scopes must include openid');
  expect(wrong).not.toContain('provider 3');
  expect(message({ OIDC_PROVIDERS: JSON.stringify([good, good]) })).toContain(
    'provider 2 ("entra"): id "entra" is used twice',
  );
  expect(message({ PASSWORD_SIGN_IN: 'off' })).toContain(
    'PASSWORD_SIGN_IN: off needs at least one identity provider in OIDC_PROVIDERS',
  );
  expect(
    loadConfig({ PASSWORD_SIGN_IN: 'off', OIDC_PROVIDERS: JSON.stringify([good]) }).auth
      .passwordSignIn,
  ).toBe(false);
});
