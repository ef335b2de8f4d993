/**
 * HTTP and GraphQL conformance over a real socket: the graphql-http server audits (every MUST
 * passes; the SHOULDs that fail are reported), security headers on every kind of response, CSRF
 * protection of cookie sessions, cookie flags per configuration, production mode without
 * introspection, GraphiQL or field suggestions, and no stack trace or Neo4j message in any answer.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { auditServer, serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { loadCypherLibrary } from '../../server/src/db/cypher';
import { createDriver, Database } from '../../server/src/db/database';
import { createRepositories } from '../../server/src/repositories';
import { createApp } from '../../server/src/yoga';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';
import { reportFigures } from './support/figures';

interface Running {
  url: string;
  close(): Promise<void>;
}

/** The app as main.ts builds it, from environment variables, listening on a free port. */
async function serve(env: Record<string, string>, uri = inject('neo4jUri')): Promise<Running> {
  const config = loadConfig({
    NEO4J_URI: uri,
    NEO4J_PASSWORD: 'unused',
    CLIENT_DIR: '/nonexistent',
    ...env,
  });
  const driver = createDriver({ uri, username: 'neo4j', password: undefined });
  const db = new Database(driver, 'neo4j', await loadCypherLibrary());
  const app = createApp({ config, db, repos: createRepositories(db), log: () => {} });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}

let dev: Running;
let prod: Running;
let t: TestApp;
let staff: TestUser;

beforeAll(async () => {
  dev = await serve({ NODE_ENV: 'development' });
  prod = await serve({ NODE_ENV: 'production' });
  t = await createTestApp();
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
});

afterAll(async () => {
  await dev.close();
  await prod.close();
  await removeTestUsers(t);
  await t.close();
});

/** Internals that must never reach a client. */
const LEAK =
  /\n\s+at |at \w+ \(|node_modules|\.ts:\d+|Neo4jError|Neo\.\w+Error|neo4j:\/\/|bolt:\/\/|ECONNREFUSED|Cypher/;

describe('the GraphQL-over-HTTP audit of graphql-http', () => {
  test('every MUST passes in development mode; in production only audits that need introspection fail', async () => {
    // Which audits send an introspection query (__type), read from the audit suite's own source.
    const entry = createRequire(import.meta.url).resolve('graphql-http');
    const source = await readFile(path.join(path.dirname(entry), 'audits/server.js'), 'utf8');
    const usesIntrospection = new Set(
      source
        .split(/audit\)\(/)
        .slice(1)
        .filter((block) => /__type|__schema/.test(block))
        .map((block) => /'([0-9A-F]{4})'/.exec(block)?.[1]),
    );
    const summary: Record<string, string[]> = {};
    for (const [mode, running] of [
      ['development', dev],
      ['production', prod],
    ] as const) {
      const results = await auditServer({ url: `${running.url}/graphql` });
      const failed = results.filter((r) => r.status !== 'ok');
      const mustFailed = failed.filter((r) => r.name.startsWith('MUST'));
      summary[`${mode}: MUST failed`] = mustFailed.map((r) => `${r.id} ${r.name}`);
      summary[`${mode}: SHOULD/MAY failed`] = failed
        .filter((r) => !r.name.startsWith('MUST'))
        .map((r) => `${r.id} ${r.name}`);
      summary[`${mode}: passed`] = [`${results.length - failed.length} of ${results.length}`];
      if (mode === 'development') expect(mustFailed.map((r) => `${r.id} ${r.name}`)).toEqual([]);
      else
        expect(mustFailed.filter((r) => !usesIntrospection.has(r.id)).map((r) => r.name)).toEqual(
          [],
        );
    }
    console.log('graphql-http audit:', JSON.stringify(summary, null, 2));
    await reportFigures('conformance (graphql-http audit)', {
      audits: serverAudits({ url: 'http://unused' }).length,
      devPassed: summary['development: passed']![0]!,
      devMustFailed: summary['development: MUST failed']!.length,
      devShouldFailed: summary['development: SHOULD/MAY failed']!.join('; ') || 'none',
      prodPassed: summary['production: passed']![0]!,
      prodMustFailedForIntrospection: summary['production: MUST failed']!.length,
    });
  }, 300_000);
});

describe('security headers', () => {
  test('on answers, errors, refusals and the app alike, in both modes', async () => {
    const cases: [string, RequestInit][] = [
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ barriers { code } }"}',
        },
      ],
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ nope }"}',
        },
      ],
      [
        '/graphql',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' },
      ],
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: 'confine_session=x' },
          body: 'query=x',
        },
      ],
      ['/graphql?query=%7B__typename%7D', { method: 'GET' }],
      ['/graphql', { method: 'PUT', body: '{}' }],
      ['/healthz', { method: 'GET' }],
      ['/', { method: 'GET' }],
      ['/no/such/page', { method: 'GET' }],
    ];
    let checked = 0;
    for (const running of [dev, prod]) {
      for (const [path, init] of cases) {
        const response = await fetch(`${running.url}${path}`, init);
        const h = response.headers;
        const where = `${running === prod ? 'production' : 'development'} ${init.method} ${path} (${response.status})`;
        expect(h.get('x-content-type-options'), where).toBe('nosniff');
        expect(h.get('x-frame-options'), where).toBe('DENY');
        // GraphiQL (development only) loads from a CDN, so GET /graphql carries no CSP there.
        const graphiql = running === dev && init.method === 'GET' && path.startsWith('/graphql');
        if (!graphiql) {
          expect(h.get('content-security-policy'), where).toContain("frame-ancestors 'none'");
          expect(h.get('content-security-policy'), where).toContain("object-src 'none'");
        }
        expect(h.get('x-powered-by'), where).toBeNull();
        if (running === prod)
          expect(h.get('strict-transport-security'), where).toMatch(/max-age=\d+/);
        expect(await response.text(), where).not.toMatch(LEAK);
        checked++;
      }
    }
    await reportFigures('conformance (headers)', { responsesChecked: checked });
  });
});

describe('cookie sessions', () => {
  const signIn = async (running: Running) => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }',
        variables: { e: staff.email, p: staff.password },
      }),
    });
    expect(response.status).toBe(200);
    return response.headers.get('set-cookie') ?? '';
  };

  test('the cookie is HttpOnly and SameSite=Lax always, Secure in production or with SECURE_COOKIES=true', async () => {
    const secure = await serve({ NODE_ENV: 'development', SECURE_COOKIES: 'true' });
    const insecureProd = await serve({ NODE_ENV: 'production', SECURE_COOKIES: 'false' });
    try {
      for (const [running, expectSecure] of [
        [dev, false],
        [prod, true],
        [secure, true],
        [insecureProd, false],
      ] as const) {
        const cookie = await signIn(running);
        expect(cookie).toMatch(/^confine_session=[\w-]{40,};/);
        expect(cookie).toMatch(/;\s*HttpOnly/i);
        expect(cookie).toMatch(/;\s*SameSite=Lax/i);
        expect(cookie).toMatch(/;\s*Path=\//i);
        expect(/;\s*Secure/i.test(cookie), cookie).toBe(expectSecure);
      }
    } finally {
      await secure.close();
      await insecureProd.close();
    }
  });

  test('requests a cross-site page could forge with the cookie are refused, and change nothing', async () => {
    const session = (await signIn(dev)).split(';')[0]!;
    const me = async () => {
      const response = await fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session },
        body: '{"query":"{ me { email } }"}',
      });
      return ((await response.json()) as { data: { me: { email: string } | null } }).data.me;
    };
    const signOut = 'mutation { signOut }';
    const forged: [string, RequestInit][] = [
      [
        'form post',
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session },
          body: `query=${encodeURIComponent(signOut)}`,
        },
      ],
      [
        'text/plain post',
        {
          method: 'POST',
          headers: { 'content-type': 'text/plain', cookie: session },
          body: JSON.stringify({ query: signOut }),
        },
      ],
      [
        'multipart post',
        {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=x', cookie: session },
          body: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${signOut}\r\n--x--\r\n`,
        },
      ],
      [
        'JSON from another origin',
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: session,
            origin: 'https://evil.example',
          },
          body: JSON.stringify({ query: signOut }),
        },
      ],
      [
        'JSON from an opaque origin',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session, origin: 'null' },
          body: JSON.stringify({ query: signOut }),
        },
      ],
    ];
    for (const [what, init] of forged) {
      const response = await fetch(`${dev.url}/graphql`, init);
      expect(response.status, what).toBe(403);
      expect(await me(), `${what} must not sign out`).toEqual({ email: staff.email });
    }
    // A GET never runs a mutation (GraphQL over HTTP), so a link or an <img> cannot sign out.
    const get = await fetch(`${dev.url}/graphql?query=${encodeURIComponent(signOut)}`, {
      headers: { cookie: session, accept: 'application/json' },
    });
    expect(get.status).toBe(405);
    expect(await me()).toEqual({ email: staff.email });
    // The same request from the app itself works.
    const own = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session, origin: dev.url },
      body: JSON.stringify({ query: signOut }),
    });
    expect(await own.json()).toEqual({ data: { signOut: true } });
    expect(await me()).toBeNull();
    // No CORS grant to another site: its page cannot read answers made with the user's cookie.
    const preflight = await fetch(`${dev.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    await reportFigures('conformance (CSRF)', { forgedRequestsRefused: forged.length + 1 });
  });
});

describe('production mode', () => {
  const post = (running: Running, query: string) =>
    fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).then(async (r) => ({ status: r.status, text: await r.text() }));

  test('no introspection, no GraphiQL, no field suggestions; development keeps them', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Person") { fields { name } } }',
    ]) {
      const refused = await post(prod, query);
      expect(refused.text).toMatch(/introspection/i);
      expect(refused.text).not.toMatch(/"fields"|"types"/);
      expect((await post(dev, query)).text).toMatch(/"name"/);
    }
    const viaGet = await fetch(
      `${prod.url}/graphql?query=${encodeURIComponent('{ __schema { queryType { name } } }')}`,
    );
    expect(await viaGet.text()).toMatch(/introspection/i);
    for (const [running, shows] of [
      [prod, false],
      [dev, true],
    ] as const) {
      const page = await fetch(`${running.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(/graphiql/i.test(await page.text())).toBe(shows);
    }
    const typo = '{ barrierz { code } }';
    expect((await post(prod, typo)).text).not.toMatch(/Did you mean/);
    expect((await post(dev, typo)).text).toMatch(/Did you mean/);
  });

  test('no stack trace or Neo4j message in any error answer', async () => {
    const queries = [
      '{ whoToCall(input: {barrier: "HOUSING", limit: 0}) { entries { rank } } }',
      '{ whoToCall(input: {barrier: "NOPE"}) { entries { rank } } }',
      '{ organisation(id: "\') RETURN 1 //") { name } }',
      '{ search(query: "*:* OR lastName:*") { score } }',
      '{ organisations(first: 100000, after: "not-a-cursor") { totalCount } }',
      '{ auditLog(from: "yesterday") { endCursor } }',
      '{ neighbourhood(id: "org-stad-genk", depth: 99) { truncated } }',
      '{ path(from: "x", to: "y", maxHops: -1) { truncated } }',
      'mutation { createOrganisation(input: {name: "x", type: POLICE, country: BE}) { id } }',
      '{ barriers { code',
      'query($x: Int!) { barriers { code } }',
    ];
    for (const query of queries) {
      const answer = await post(prod, query);
      expect(answer.status, query).toBeLessThan(500);
      expect(answer.text, query).not.toMatch(LEAK);
    }
  });
});
