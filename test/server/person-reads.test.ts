/**
 * The guard against scraping: past its hourly budget of different persons, an account gets
 * TOO_MANY_REQUESTS for any new person (the ones it already read stay readable), the first refusal
 * is in the audit log for administrators, and administrators themselves are not counted.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const AUDIT_LOG = graphql(
  'query($u: ID!) { auditLog(userId: $u, first: 20) { events { action userEmail changes { field } } } }',
);

const BUDGET = 3;
let t: TestApp;
let staff: TestUser;
let admin: TestUser;
let persons: string[] = [];

const CONTACT = 'query($id: ID!) { contact(id: $id) { id ... on Person { name } } }';

beforeAll(async () => {
  t = await createTestApp(undefined, { limits: { personReadsPerHour: BUDGET } });
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  admin = await createUser(t, 'ADMIN');
  const { records } = await t.db.driver.executeQuery(
    'MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT 6',
  );
  persons = records.map((r) => r.get('id') as string);
  expect(persons.length).toBe(6);
});
afterAll(async () => {
  // What this file wrote: the audit events and reports of its own accounts.
  await t.db.driver.executeQuery(
    'MATCH (n) WHERE (n:AuditEvent OR n:ContactReport) AND n.userId IN $ids DETACH DELETE n',
    { ids: [admin.id, staff.id] },
  );
  await removeTestUsers(t);
  await t.close();
});

test('an account reading more different persons than its budget is refused, and an administrator sees it', async () => {
  for (const id of persons.slice(0, BUDGET)) {
    const body = await t.gql(CONTACT, { id }, staff.headers);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  }
  const refused = await t.gql(CONTACT, { id: persons[BUDGET]! }, staff.headers);
  expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  expect(refused.errors?.[0]?.message).toMatch(/contactpersonen/);
  const fr = await t.gql(
    CONTACT,
    { id: persons[BUDGET + 1] },
    { ...staff.headers, 'accept-language': 'fr' },
  );
  expect(fr.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  expect(fr.errors?.[0]?.message).toMatch(/personnes de contact/);
  expect(JSON.stringify(fr.data ?? null)).not.toContain(persons[BUDGET + 1]);

  // Lists are refused alike: a person vCard, and a who-to-call answer naming new persons.
  const vcard = await t.gql(
    'query($id: ID!) { vcard(contactId: $id) }',
    { id: persons[BUDGET + 2] },
    staff.headers,
  );
  expect(vcard.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');

  // What the account already read stays readable: the budget counts different persons.
  const again = await t.gql(CONTACT, { id: persons[0] }, staff.headers);
  expect(again.errors).toBeUndefined();

  // The refusal is in the audit log once for the window, for administrators to see.
  const log = await t.gql(AUDIT_LOG, { u: staff.id }, admin.headers);
  const limits = log.data!.auditLog.events.filter((e) => e.action === 'READ_LIMIT');
  expect(limits).toHaveLength(1);
  expect(limits[0]!.userEmail).toBe(staff.email);
  expect(limits[0]!.changes.map((c) => c.field)).toContain('budget');
});

test('administrators are not counted', async () => {
  for (const id of persons) {
    const body = await t.gql(CONTACT, { id }, admin.headers);
    expect(body.errors).toBeUndefined();
  }
});

test('the network view counts the persons it shows: past the budget it is refused too', async () => {
  const viewer = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  const VIEW = graphql(
    'query($id: ID!) { neighbourhood(id: $id, depth: 1, filter: { nodeTypes: [Person] }) { nodes { id type } } }',
  );
  // Each view of a person, from the person, shows that person: the budget's worth is answered.
  for (const id of persons.slice(0, BUDGET)) {
    const body = await t.gql(VIEW, { id }, viewer.headers);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data!.neighbourhood!.nodes.map((n) => n.id)).toContain(id);
  }
  const refused = await t.gql(VIEW, { id: persons[BUDGET]! }, viewer.headers);
  expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  expect(JSON.stringify(refused.data ?? null)).not.toContain(persons[BUDGET]);
  // A path to a new person is refused alike; an administrator is not counted.
  const path = await t.gql(
    'query($a: ID!, $b: ID!) { path(from: $a, to: $b) { nodes { id } } }',
    { a: 'org-stad-genk', b: persons[BUDGET + 1] },
    viewer.headers,
  );
  expect(path.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  const seen = await t.gql(VIEW, { id: persons[BUDGET]! }, admin.headers);
  expect(seen.errors).toBeUndefined();
});
