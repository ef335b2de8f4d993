/**
 * Retention: a person archived longer ago than RETENTION_MONTHS is listed by the administrators'
 * preview as due and erased by the run (no property anywhere in the database holds their name,
 * e-mail or phone afterwards), while one archived recently is listed for later and kept. The run
 * is in the audit log.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { graphql, type TadaDocumentNode } from '../../client/src/lib/documents';
import { erasedIdOf } from '../../server/src/audit/erasure';
import { RETENTION_ACTOR, runRetention } from '../../server/src/privacy/retention';
import { createRepositories } from '../../server/src/repositories';
import { createTestApp, type TestApp } from '../support/app';
import { holders } from '../support/holders';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CREATE_PERSON = graphql('mutation($i: PersonInput!) { createPerson(input: $i) { id } }');
const ARCHIVE_CONTACT = graphql(
  'mutation($id: ID!) { archiveContact(id: $id, version: 1) { id } }',
);
const CONTACT = graphql('query($id: ID!) { contact(id: $id) { id email } }');
const AUDIT_LOG = graphql(
  'query($id: ID!) { auditLog(entityId: $id, first: 20) { events { action userEmail changes { field to } } } }',
);
const ACTIONS_BY_USER = graphql(
  'query($u: ID!) { auditLog(userId: $u, first: 50) { events { action } } }',
);

let t: TestApp;
let admin: TestUser;
const run = randomBytes(3).toString('hex');
const old = {
  last: `Vergeten${run}`,
  email: `oud.${run}@zz-retention.example`,
  phone: '+32 2 555 91 11',
};
const recent = {
  last: `Recent${run}`,
  email: `nieuw.${run}@zz-retention.example`,
  phone: '+32 2 555 91 12',
};
const ids = { old: '', recent: '' };

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'ADMIN');
  for (const [key, p] of [
    ['old', old],
    ['recent', recent],
  ] as const) {
    const created = await ok(CREATE_PERSON, {
      i: {
        firstName: 'Rita',
        lastName: p.last,
        email: p.email,
        phone: p.phone,
        workplaceId: 'org-stad-genk',
      },
    });
    ids[key] = created.createPerson.id;
    await ok(ARCHIVE_CONTACT, { id: ids[key] });
  }
  // The first was archived three years ago: its record and its tie say so, as they would have.
  await t.db.driver.executeQuery(
    `MATCH (p:Person {id: $id})-[w:WORKS_AT]->()
     SET p.createdAt = datetime() - duration('P40M'), p.updatedAt = datetime() - duration('P36M'),
         w.from = date() - duration('P40M')
     WITH p MATCH (e:AuditEvent {entityId: p.id}) SET e.at = datetime() - duration('P36M')`,
    { id: ids.old },
  );
}, 300_000);
afterAll(async () => {
  await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent) WHERE e.userId IN $users DETACH DELETE e
     WITH count(*) AS _ MATCH (p:Person) WHERE p.id IN $ids DETACH DELETE p`,
    { users: [admin.id, RETENTION_ACTOR.id], ids: [ids.old, ids.recent] },
  );
  await removeTestUsers(t);
  await t.close();
});

async function ok<R, V>(query: TadaDocumentNode<R, V>, variables?: V) {
  const body = await t.gql(query, variables, admin.headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

const PREVIEW = graphql('{ retentionPreview { months entries { id name since eraseOn due } } }');

test('the preview lists who will be erased when; the run erases the one that is due, and only them', async () => {
  const before = (await ok(PREVIEW)).retentionPreview;
  expect(before.months).toBe(12);
  const entry = (id: string) => before.entries.find((e) => e.id === id);
  expect(entry(ids.old)).toMatchObject({ name: `Rita ${old.last}`, due: true });
  expect(entry(ids.recent)).toMatchObject({ name: `Rita ${recent.last}`, due: false });
  const today = new Date().toISOString().slice(0, 10);
  expect(entry(ids.recent)!.eraseOn > today).toBe(true);

  const oldNeedles = [`Rita ${old.last}`, old.last, old.email, '+3225559111'];
  expect((await holders(t, oldNeedles)).length).toBeGreaterThan(0);

  const { erased } = await runRetention(createRepositories(t.db), 12);
  expect(erased).toBeGreaterThanOrEqual(1);

  expect(await holders(t, oldNeedles)).toEqual([]);
  // The recent one is kept as it was.
  const kept = await ok(CONTACT, { id: ids.recent });
  expect(kept.contact?.email).toBe(recent.email);
  const after = (await ok(PREVIEW)).retentionPreview;
  expect(after.entries.map((e) => e.id)).not.toContain(ids.old);
  expect(after.entries.map((e) => e.id)).toContain(ids.recent);

  // The trail: the deletion with the rule as its reason, under the pseudonym, and the run itself.
  const log = await ok(AUDIT_LOG, {
    id: erasedIdOf(ids.old),
  });
  const deletion = log.auditLog.events.find((e) => e.action === 'DELETE');
  expect(deletion?.userEmail).toBe(RETENTION_ACTOR.email);
  expect(deletion?.changes.find((c) => c.field === 'reason')?.to).toContain('RETENTION_MONTHS');
  const runs = await ok(ACTIONS_BY_USER, { u: RETENTION_ACTOR.id });
  expect(runs.auditLog.events.map((e) => e.action)).toContain('RETENTION');
});

test('the preview is for administrators only', async () => {
  const staff = await createUser(t, 'STAFF');
  const body = await t.gql(PREVIEW, {}, staff.headers);
  expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(JSON.stringify(body)).not.toContain(recent.last);
});
