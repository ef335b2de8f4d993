/**
 * Erasure that erases: a person is created, edited, reported, exported and then deleted for good;
 * afterwards no property of any node or relationship in the whole database holds their name,
 * e-mail address or phone number, while the audit events about them remain (with their fields'
 * names and a pseudonym for the values).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { graphql, type TadaDocumentNode } from '../../client/src/lib/documents';
import { erasedIdOf } from '../../server/src/audit/erasure';
import { createTestApp, type TestApp } from '../support/app';
import { holders } from '../support/holders';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CREATE_PERSON = graphql('mutation($i: PersonInput!) { createPerson(input: $i) { id } }');
const UPDATE_PERSON = graphql(
  'mutation($id: ID!, $p: PersonPatch!) { updatePerson(id: $id, version: 1, patch: $p) { id } }',
);
const CONTACT = graphql('query($id: ID!) { contact(id: $id) { id email } }');
const REPORT_CONTACT = graphql(
  'mutation($id: ID!, $m: String) { reportContact(id: $id, message: $m) }',
);
const EXPORT_CSV = graphql('{ exportCsv(entity: PERSONS) }');
const DELETE_ENTITY = graphql(
  'mutation($id: ID!, $r: String!) { deleteEntity(id: $id, reason: $r) }',
);
const AUDIT_LOG = graphql(
  'query($id: ID!) { auditLog(entityId: $id, first: 20) { events { action entityName changes { field } } } }',
);

let t: TestApp;
let admin: TestUser;
let staff: TestUser;
const run = randomBytes(3).toString('hex');
const first = 'Erasmus';
const last = `Wisbaar${run}`;
const full = `${first} ${last}`;
const emails = [`erasmus.${run}@zz-erasure.example`, `e.wisbaar.${run}@zz-erasure.example`];
const phones = {
  raw: ['+32 2 555 81 23', '+32 2 555 81 24'],
  stored: ['+3225558123', '+3225558124'],
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'ADMIN');
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
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

async function ok<R, V>(query: TadaDocumentNode<R, V>, variables: V, headers = admin.headers) {
  const body = await t.gql(query, variables, headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

test('a person deleted for good leaves no name, e-mail or phone anywhere in the database', async () => {
  const created = await ok(CREATE_PERSON, {
    i: {
      firstName: first,
      lastName: last,
      email: emails[0],
      phone: phones.raw[0],
      function: 'Inspecteur',
      workplaceId: 'org-stad-genk',
    },
  });
  const id = created.createPerson.id;
  await ok(UPDATE_PERSON, { id, p: { email: emails[1], phone: phones.raw[1] } });
  // Staff read them, report them, and mention them in a report about a contact point.
  await ok(CONTACT, { id }, staff.headers);
  await ok(
    REPORT_CONTACT,
    { id, m: `${full} werkt hier niet meer, mail ${emails[1]}` },
    staff.headers,
  );
  const { records } = await t.db.driver.executeQuery(
    "MATCH (c:ContactPoint {status: 'ACTIVE'}) RETURN c.id AS id ORDER BY id LIMIT 1",
  );
  await ok(
    REPORT_CONTACT,
    { id: records[0]!.get('id'), m: `Vraag het liever aan ${full} (${phones.stored[1]})` },
    staff.headers,
  );
  const csv = await ok(EXPORT_CSV, {});
  expect(csv.exportCsv).toContain(emails[1]);

  const needles = [full, last, ...emails, ...phones.raw, ...phones.stored];
  expect((await holders(t, needles)).length).toBeGreaterThan(0);

  await ok(DELETE_ENTITY, {
    id,
    r: `Verzoek tot wissing van ${full}`,
  });

  expect(await holders(t, needles)).toEqual([]);

  // The trail stays: every event about them, with its fields, under a pseudonym (their id was
  // made from their name, so it is replaced too).
  const log = await ok(AUDIT_LOG, { id: erasedIdOf(id) });
  const events = log.auditLog.events;
  expect(events.map((e) => e.action)).toEqual(
    expect.arrayContaining(['CREATE', 'UPDATE', 'DELETE']),
  );
  for (const e of events) expect(e.entityName).toMatch(/^verwijderde persoon #[0-9a-f]{8}$/);
  const fields = events.flatMap((e) => e.changes.map((c) => c.field));
  expect(fields).toEqual(expect.arrayContaining(['email', 'phone', 'firstName', 'reason']));
  // And search no longer finds them.
  const search = await t.gql(
    'query($q: String!) { search(query: $q) { __typename } }',
    { q: last },
    admin.headers,
  );
  expect(JSON.stringify(search)).not.toContain(last);
}, 120_000);
