import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { guardErrors } from '../../server/src/http/error-guard';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const ME_AND_BARRIERS = graphql('{ me { email } barriers { code } }');
const ME_ONLY = graphql('{ me { email } }');
const CREATE_PERSON = graphql(
  'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
);

let dev: TestApp;
let prod: TestApp;
let admin: TestUser;
const made: string[] = [];
beforeAll(async () => {
  dev = await createTestApp();
  prod = await createTestApp(undefined, { production: true });
  admin = await createUser(dev, 'ADMIN');
});
afterAll(async () => {
  await dev.db.driver.executeQuery('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', {
    ids: made,
  });
  await removeTestUsers(dev);
  await dev.close();
  await prod.close();
});

/** Internals that must never reach a client: stack frames, file paths, the database's words. */
const LEAK =
  /\n\s+at |at \w+ \(|node_modules|\.ts:\d+|\/work\/|server\/src|Neo4jError|Neo\.\w+Error|Cypher/;

function expectSecurityHeaders(response: Response, where: string) {
  expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(response.headers.get('x-frame-options'), where).toBe('DENY');
  expect(response.headers.get('content-security-policy'), where).toContain(
    "frame-ancestors 'none'",
  );
}

/** A cookie session of `user`, as a browser holds it after signing in. */
async function cookieSession(t: TestApp, user: TestUser): Promise<string> {
  const response = await t.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }',
      variables: { e: user.email, p: user.password },
    }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(/^confine_session=/);
  return cookie;
}

const EXPORT_PATHS = [
  '/export/persons.csv',
  '/export/organisations.csv',
  '/export/contact-points.csv',
  '/export/agreements.csv',
  '/export/backup.json',
  '/export/contacts/org-stad-genk.vcf',
  '/export/who-to-call.vcf?barrier=HOUSING',
];

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
    // Introspection is what this checks; typed documents do not type the __schema fields.
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

describe("malformed headers and cookies are the client's error, never a 500 with a stack", () => {
  const requests: [string, RequestInit][] = [
    [
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ barriers { code } }' }),
      },
    ],
    ...EXPORT_PATHS.map((path): [string, RequestInit] => [path, { method: 'GET' }]),
    ['/', { method: 'GET' }],
    ['/coordinate/contacts', { method: 'GET' }],
  ];

  test('a session cookie with `Origin: x` (no URL) is a 400 with the security headers, on every path, in both modes', async () => {
    for (const t of [dev, prod]) {
      for (const [path, init] of requests) {
        const where = `${t === prod ? 'production' : 'development'} ${init.method} ${path}`;
        const response = await t.app.fetch(`http://test${path}`, {
          ...init,
          headers: { ...(init.headers as object), cookie: 'confine_session=abc', origin: 'x' },
        });
        expect(response.status, where).toBe(400);
        expectSecurityHeaders(response, where);
        const body = await response.text();
        expect(body, where).toMatch(/Origin/);
        expect(body, where).not.toMatch(LEAK);
      }
    }
  });

  test('over a real socket too: the adapter never answers with its default stack-trace page', async () => {
    const server = createServer(dev.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const path of ['/graphql', '/export/persons.csv', '/']) {
        const response = await fetch(`${base}${path}`, {
          method: path === '/graphql' ? 'POST' : 'GET',
          headers: {
            'content-type': 'application/json',
            cookie: 'confine_session=abc',
            origin: 'x',
          },
          body: path === '/graphql' ? '{"query":"{ barriers { code } }"}' : undefined,
        });
        expect(response.status, path).toBe(400);
        expectSecurityHeaders(response, path);
        expect(await response.text(), path).not.toMatch(LEAK);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('a session cookie that is not even percent-decodable makes the request anonymous', async () => {
    const cookie = 'confine_session=%E0%A4%A';
    const me = await dev.gql(ME_AND_BARRIERS, {}, { cookie });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toBeNull();
    expect(me.data?.barriers.length).toBeGreaterThan(0);
    const download = await dev.app.fetch('http://test/export/persons.csv', {
      headers: { cookie },
    });
    expect(download.status).toBe(401);
    expectSecurityHeaders(download, 'export');
  });

  test('a Content-Length that is no number is a 400', async () => {
    const response = await dev.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': 'abc' },
      body: JSON.stringify({ query: '{ barriers { code } }' }),
    });
    expect(response.status).toBe(400);
    expectSecurityHeaders(response, 'content-length');
  });

  test('whatever still escapes the plugins is a bare 500 (400 for undecodable text), headers on, stack in the log only', async () => {
    const logged: unknown[] = [];
    const failing = (error: Error) =>
      guardErrors(
        {
          handleRequest: () => {
            throw error;
          },
          fetchAPI: { Response },
        },
        true,
        (_message, e) => logged.push(e),
      );
    const bug = new Error('boom in /work/server/src/secret.ts:12');
    const crashed = await failing(bug).fetch('http://test/graphql');
    expect(crashed.status).toBe(500);
    expectSecurityHeaders(crashed, 'crash');
    expect(crashed.headers.get('cache-control')).toBe('no-store');
    const text = await crashed.text();
    expect(text).not.toMatch(LEAK);
    expect(text).not.toContain('boom');
    expect(logged).toEqual([bug]);
    const undecodable = await failing(new URIError('URI malformed')).fetch('http://test/x');
    expect(undecodable.status).toBe(400);
    expect(logged).toHaveLength(1);
  });
});

describe('an Authorization header decides alone', () => {
  test('cookie + `Authorization: Basic` + a foreign origin + a form-encoded mutation is refused, and the cookie does not sign it in', async () => {
    const session = await cookieSession(dev, admin);
    const forged = await dev.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: session,
        authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l',
        origin: 'https://evil.example',
      },
      body: 'query=mutation%7BsignOut%7D',
    });
    expect(forged.status).toBe(403);
    expectSecurityHeaders(forged, 'forged');
    // Same site, JSON: past the CSRF check, but a non-bearer header means no cookie session.
    const basic = await dev.gql(
      '{ me { email } }',
      {},
      { cookie: session, authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' },
    );
    expect(basic.data?.me).toBeNull();
    const malformedBearer = await dev.gql(
      '{ me { email } }',
      {},
      { cookie: session, authorization: 'Bearer' },
    );
    expect(malformedBearer.data?.me).toBeNull();
    // The session survived the forged sign-out and still works on its own.
    const me = await dev.gql(ME_ONLY, {}, { cookie: session });
    expect(me.data?.me?.email).toBe(admin.email);
  });

  test('a well-formed bearer token is exempt from the CSRF check and answers as its own user', async () => {
    const response = await dev.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: 'confine_session=someone-elses-cookie-value',
        origin: 'https://tool.example',
        ...admin.headers,
      },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { me: { email: admin.email } } });
  });
});

describe('answers are not stored by browsers or proxies', () => {
  test('GraphQL answers, errors and downloads carry Cache-Control: no-store', async () => {
    const cases: [string, RequestInit][] = [
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...admin.headers },
          body: JSON.stringify({ query: '{ me { email } }' }),
        },
      ],
      [
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ nope }' }),
        },
      ],
      ['/graphql?query=%7Bbarriers%7Bcode%7D%7D', { method: 'GET' }],
      ['/export/persons.csv', { method: 'GET', headers: admin.headers }],
      ['/export/persons.csv', { method: 'GET' }],
    ];
    for (const [path, init] of cases) {
      const response = await prod.app.fetch(`http://test${path}`, init);
      expect(response.headers.get('cache-control'), `${init.method} ${path}`).toBe('no-store');
    }
  });
});

describe('dates that do not exist', () => {
  const personVersion = async (id: string) => {
    const { records } = await dev.db.driver.executeQuery(
      `MATCH (p:Person {id: $id}) OPTIONAL MATCH (p)-[w:WORKS_AT]->()
       RETURN p.version AS version, collect([toString(w.from), toString(w.to)]) AS ties`,
      { id },
    );
    return records[0]?.toObject();
  };

  test('31 February and friends are BAD_USER_INPUT saying the date does not exist, and nothing is written', async () => {
    const created = await dev.gql(
      CREATE_PERSON,
      {
        input: {
          firstName: 'Zz',
          lastName: 'Test Kalender',
          workplaceId: 'org-stad-genk',
          from: '2024-02-29',
        },
      },
      admin.headers,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createPerson.id;
    made.push(id);
    const before = await personVersion(id);
    const attempts: [string, Record<string, unknown>][] = [
      [
        'mutation($id: ID!) { addPersonTie(id: $id, version: 1, workplaceId: "org-stad-genk", from: "2021-02-31") { id } }',
        { id },
      ],
      [
        'mutation($id: ID!, $from: Date!) { addPersonTie(id: $id, version: 1, workplaceId: "org-stad-genk", from: $from) { id } }',
        { id, from: '2021-02-31' },
      ],
      ['mutation($id: ID!) { endPersonTie(id: $id, version: 1, to: "2020-02-30") { id } }', { id }],
      [
        'mutation($id: ID!, $to: Date!) { endPersonTie(id: $id, version: 1, to: $to) { id } }',
        { id, to: '2023-02-29' },
      ],
      [
        'mutation($id: ID!, $to: Date!) { endPersonTie(id: $id, version: 1, to: $to) { id } }',
        { id, to: '2024-04-31' },
      ],
      [
        'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
        {
          input: {
            firstName: 'Zz',
            lastName: 'Test Nooit',
            workplaceId: 'org-stad-genk',
            from: '1900-02-29',
          },
        },
      ],
      ['{ auditLog(from: "2021-02-31T00:00:00.000Z") { endCursor } }', {}],
    ];
    for (const [query, variables] of attempts) {
      const body = await dev.gql(query, variables, admin.headers);
      const where = `${query} ${JSON.stringify(variables)}`;
      expect(body.errors?.[0]?.extensions?.code, where).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message, where).toMatch(/does not exist/);
      expect(JSON.stringify(body), where).not.toMatch(LEAK);
    }
    expect(await personVersion(id)).toEqual(before);
    const { records } = await dev.db.driver.executeQuery(
      "MATCH (p:Person {lastName: 'Test Nooit'}) RETURN count(p) AS n",
    );
    expect(records[0]?.get('n').toNumber()).toBe(0);
  });

  test('real dates still pass: a leap day, the last day of a month', async () => {
    const created = await dev.gql(
      CREATE_PERSON,
      { input: { firstName: 'Zz', lastName: 'Test Schrikkel', workplaceId: 'org-stad-genk' } },
      admin.headers,
    );
    const id = created.data!.createPerson.id;
    made.push(id);
    const added = await dev.gql(
      'mutation($id: ID!) { addPersonTie(id: $id, version: 1, workplaceId: "org-stad-genk", from: "2000-02-29") { id } }',
      { id },
      admin.headers,
    );
    expect(added.errors).toBeUndefined();
    const ended = await dev.gql(
      'mutation($id: ID!) { endPersonTie(id: $id, version: 2, to: "2024-04-30") { id } }',
      { id },
      admin.headers,
    );
    expect(ended.errors).toBeUndefined();
  });
});
