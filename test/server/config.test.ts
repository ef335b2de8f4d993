import { expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config';

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
