import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let dev: TestApp;
let prod: TestApp;
beforeAll(async () => {
  dev = await createTestApp();
  prod = await createTestApp(undefined, { production: true });
});
afterAll(async () => {
  await dev.close();
  await prod.close();
});

describe('HTTP hardening', () => {
  test('every response carries the security headers', async () => {
    for (const path of ['/graphql', '/healthz', '/']) {
      const response = await prod.app.fetch(`http://test${path}`, {
        method: path === '/graphql' ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        body: path === '/graphql' ? JSON.stringify({ query: '{ barriers { code } }' }) : undefined,
      });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    }
  });

  test('production mode: no introspection, no GraphiQL, no stack traces or Neo4j messages', async () => {
    const introspection = await prod.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const graphiql = await prod.app.fetch('http://test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await graphiql.text()).not.toMatch(/graphiql/i);
    const failing = await prod.gql(
      '{ whoToCall(input: {barrier: "HOUSING", limit: 0}) { entries { rank } } }',
    );
    const text = JSON.stringify(failing);
    expect(text).not.toMatch(/at \w+ \(|Neo4j|neo4j|Cypher|stack/);
  });

  test('development mode keeps introspection and GraphiQL for developers', async () => {
    const introspection = await dev.gql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(introspection.data?.__schema.queryType.name).toBe('Query');
    const graphiql = await dev.app.fetch('http://test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await graphiql.text()).toMatch(/graphiql/i);
  });
});

describe('request limits', () => {
  test('an oversized body is refused before it is read', async () => {
    const response = await dev.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(9 * 1024 * 1024) },
      body: JSON.stringify({ query: '{ barriers { code } }' }),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('larger than 8 MB');
  });

  test('batched operations are not accepted', async () => {
    const response = await dev.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: '{ barriers { code } }' },
        { query: '{ barriers { code } }' },
      ]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });
});

describe('serving the app', () => {
  test('a path outside the app folder or a malformed one never reaches the file system', async () => {
    const traversal = await dev.app.fetch('http://test/..%2f..%2fetc%2fpasswd');
    expect(await traversal.text()).not.toContain('root:');
    const malformed = await dev.app.fetch('http://test/%E0%A4%A');
    expect(malformed.status).toBe(400);
  });
});
