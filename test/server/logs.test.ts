/**
 * Logs never hold personal data or secrets: the app is started as the browser tests start it (an
 * HTTP server on a loopback port, the server's own logger), a user signs in with a password
 * (cookie and API token), reads persons, searches, exports them, asks for an access request and
 * makes a few mistakes (a wrong password, an invalid query, a refused export); everything the
 * process writes to stdout and stderr meanwhile is searched for the persons' names, e-mail
 * addresses and phone numbers, the password, the session cookie and the token.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createRepositories } from '../../server/src/repositories';
import { createApp, inProcessConfig } from '../../server/src/yoga';
import { createTestApp, TEST_LIMITS, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

let t: TestApp;
let server: Server;
let base = '';
let admin: TestUser;
let staff: TestUser;
const written: string[] = [];
const originals = { out: process.stdout.write, err: process.stderr.write };

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'ADMIN');
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  // The server's own logger (no `log` given), as main.ts runs it.
  const app = createApp({
    config: inProcessConfig({ limits: TEST_LIMITS }),
    db: t.db,
    repos: createRepositories(t.db),
  });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const capture =
    (original: typeof process.stdout.write) =>
    (chunk: unknown, ...rest: unknown[]): boolean => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
      return (original as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    };
  process.stdout.write = capture(originals.out) as typeof process.stdout.write;
  process.stderr.write = capture(originals.err) as typeof process.stderr.write;
});
afterAll(async () => {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.db.driver.executeQuery('MATCH (e:AuditEvent) WHERE e.userId IN $ids DETACH DELETE e', {
    ids: [admin.id, staff.id],
  });
  await removeTestUsers(t);
  await t.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { response, json: (await response.json()) as Record<string, unknown> };
}

test('signing in, reading, searching and exporting persons leaves no personal value or secret in the logs', async () => {
  const secrets: string[] = [admin.password, staff.password, admin.token, staff.token];
  // A browser sign-in (cookie) and an API sign-in (token).
  const cookieSignIn = await post({
    query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }',
    variables: { e: staff.email, p: staff.password },
  });
  const cookie = cookieSignIn.response.headers.get('set-cookie')?.split(';')[0] ?? '';
  expect(cookie).toContain('=');
  secrets.push(cookie.split('=')[1]!);
  const tokenSignIn = await post({
    query:
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { token } }',
    variables: { e: admin.email, p: admin.password },
  });
  const token = (tokenSignIn.json.data as { signIn: { token: string } }).signIn.token;
  secrets.push(token);
  const asStaff = { cookie, origin: base };
  const asAdmin = { authorization: `Bearer ${token}` };

  // Reading persons: an organisation's page and a search, as staff; then the exports as admin.
  const { records } = await t.db.driver.executeQuery(
    `MATCH (p:Person {status: 'ACTIVE'}) RETURN p.id AS id, p.firstName + ' ' + p.lastName AS name,
            p.email AS email, p.phone AS phone ORDER BY p.id LIMIT 12`,
  );
  const persons = records.map((r) => ({
    id: r.get('id') as string,
    values: [r.get('name'), r.get('email'), r.get('phone')].filter(Boolean) as string[],
  }));
  for (const p of persons) {
    const read = await post(
      { query: 'query($id: ID!) { contact(id: $id) { id email phone } }', variables: { id: p.id } },
      asStaff,
    );
    expect(read.json.errors).toBeUndefined();
  }
  await post({ query: '{ search(query: "Genk") { __typename } }' }, asStaff);
  const csv = await fetch(`${base}/export/persons.csv`, { headers: asAdmin });
  expect(csv.status).toBe(200);
  expect(await csv.text()).toContain(persons[0]!.values[1]!);
  const dossier = await fetch(`${base}/access-request/${persons[0]!.id}.html?lang=EN`, {
    headers: asAdmin,
  });
  expect(dossier.status).toBe(200);

  // Mistakes that are logged or refused: a wrong password, an invalid query, a refused export.
  await post({
    query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }',
    variables: { e: staff.email, p: `${staff.password}-wrong` },
  });
  secrets.push(`${staff.password}-wrong`);
  await post({ query: '{ contact(id: 1 }' }, asStaff);
  expect((await fetch(`${base}/export/persons.csv`, { headers: { cookie } })).status).not.toBe(200);

  const output = written.join('');
  const found = [...persons.flatMap((p) => p.values), ...secrets].filter(
    (value) => value.length >= 4 && output.toLowerCase().includes(value.toLowerCase()),
  );
  expect(found).toEqual([]);
});
