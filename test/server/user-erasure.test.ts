/**
 * A deleted user account leaves no name or e-mail address behind: the audit events it wrote keep
 * their changes under a pseudonym in the actor field, as do its reports and the events about the
 * account itself; its sessions stop working at once.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { userPseudonymOf } from '../../server/src/audit/erasure';
import { createTestApp, type TestApp } from '../support/app';
import { holders } from '../support/holders';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CREATE_USER = graphql(
  'mutation($i: AccountInput!) { createUser(input: $i) { account { id } } }',
);
const SIGN_IN = graphql(
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { token } }',
);
const AUDIT_LOG = graphql(
  'query($u: ID!) { auditLog(userId: $u, first: 20) { events { action userEmail } } }',
);
const ME = graphql('{ me { id } }');

let t: TestApp;
let admin: TestUser;
const run = randomBytes(3).toString('hex');
const name = `Gertrude Gebruiker${run}`;
const email = `gertrude.${run}@zz-user-erasure.example`;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'ADMIN');
});
afterAll(async () => {
  await t.db.driver.executeQuery(
    'MATCH (n) WHERE (n:AuditEvent OR n:ContactReport) AND n.userId IN $ids DETACH DELETE n',
    { ids: [admin.id] },
  );
  await removeTestUsers(t);
  await t.close();
});

test('deleting an account replaces its name and e-mail in every record it wrote', async () => {
  const created = await t.gql(
    CREATE_USER,
    {
      i: {
        email,
        name,
        role: 'COORDINATOR',
        scopeIds: ['org-stad-genk'],
        password: `Pw-${run}-lang-genoeg!`,
      },
    },
    admin.headers,
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  const id = created.data!.createUser.account.id;
  const signIn = await t.gql(SIGN_IN, { e: email, p: `Pw-${run}-lang-genoeg!` });
  expect(signIn.errors, JSON.stringify(signIn.errors)).toBeUndefined();
  const headers = { authorization: `Bearer ${signIn.data!.signIn.token}` };
  // The account works: it reports a contact, naming itself in the message.
  const { records } = await t.db.driver.executeQuery(
    "MATCH (c:ContactPoint {status: 'ACTIVE'})-[:BELONGS_TO]->(:Organisation {id: 'org-stad-genk'}) RETURN c.id AS id LIMIT 1",
  );
  const contactId = records[0]!.get('id') as string;
  const reported = await t.gql(
    'mutation($id: ID!, $m: String) { reportContact(id: $id, message: $m) }',
    { id: contactId, m: `Gemeld door ${name}` },
    headers,
  );
  expect(reported.errors, JSON.stringify(reported.errors)).toBeUndefined();
  expect((await holders(t, [email, name])).length).toBeGreaterThan(0);

  const deleted = await t.gql(
    'mutation($id: ID!) { deleteUser(id: $id, reason: "Verzoek tot wissing") }',
    { id },
    admin.headers,
  );
  expect(deleted.errors, JSON.stringify(deleted.errors)).toBeUndefined();

  expect(await holders(t, [email, name])).toEqual([]);
  // What it wrote stays, under the pseudonym.
  const log = await t.gql(AUDIT_LOG, { u: id }, admin.headers);
  const events = log.data!.auditLog.events;
  expect(events.map((e) => e.action)).toContain('REPORT');
  for (const e of events) expect(e.userEmail).toBe(userPseudonymOf(id));
  // Its token no longer works.
  const me = await t.gql(ME, {}, headers);
  expect(me.data?.me ?? null).toBeNull();
});

test('an administrator cannot delete their own account, and others may not delete any', async () => {
  const self = await t.gql(
    'mutation($id: ID!) { deleteUser(id: $id, reason: "Mijn eigen account") }',
    { id: admin.id },
    admin.headers,
  );
  expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const coordinator = await createUser(t, 'COORDINATOR');
  const other = await t.gql(
    'mutation($id: ID!) { deleteUser(id: $id, reason: "Verzoek tot wissing") }',
    { id: admin.id },
    coordinator.headers,
  );
  expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
