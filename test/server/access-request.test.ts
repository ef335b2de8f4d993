/**
 * Access requests (GDPR art. 15): for a person who was created, edited, reported and exported, an
 * administrator gets one document with their entry and ties, its history, the reports about them
 * and the exports that held them — as JSON and as a page in the requester's language; nobody else
 * gets it, and asking for it is itself an EXPORT in the audit log.
 */

import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { graphql, type TadaDocumentNode } from '../../client/src/lib/documents';
import type { AccessRequestDocument } from '../../server/src/privacy/access-request';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CREATE_PERSON = graphql('mutation($i: PersonInput!) { createPerson(input: $i) { id } }');
const UPDATE_PERSON = graphql(
  'mutation($id: ID!, $p: PersonPatch!) { updatePerson(id: $id, version: 1, patch: $p) { id } }',
);
const REPORT_CONTACT = graphql(
  'mutation($id: ID!, $m: String) { reportContact(id: $id, message: $m) }',
);
const EXPORT_PERSONS = graphql('{ exportCsv(entity: PERSONS) }');
const EXPORT_GENK_PERSONS = graphql(
  '{ exportCsv(entity: PERSONS, organisationId: "org-stad-genk") }',
);
const EXPORT_ANTWERP_PERSONS = graphql(
  '{ exportCsv(entity: PERSONS, organisationId: "org-stad-antwerpen") }',
);
const AUDIT_LOG = graphql(
  'query($u: ID!) { auditLog(userId: $u, first: 20) { events { action changes { field to } } } }',
);

let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let coordinator: TestUser;
let personId = '';
const run = randomBytes(3).toString('hex');
const last = `Inzage${run}`;
const emails = [`ines.${run}@zz-access.example`, `i.inzage.${run}@zz-access.example`];

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'ADMIN');
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  coordinator = await createUser(t, 'COORDINATOR', { scopeOrganisationIds: ['org-stad-genk'] });
  personId = await prepare();
}, 300_000);
afterAll(async () => {
  await t.db.driver.executeQuery(
    `MATCH (n) WHERE (n:AuditEvent OR n:ContactReport) AND n.userId IN $ids DETACH DELETE n
     WITH count(*) AS _ MATCH (p:Person {id: $person}) DETACH DELETE p`,
    { ids: [admin.id, staff.id, coordinator.id], person: personId },
  );
  await removeTestUsers(t);
  await t.close();
});

async function ok<R, V>(query: TadaDocumentNode<R, V>, variables: V, headers = admin.headers) {
  const body = await t.gql(query, variables, headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** A person created, edited, reported, and exported three ways (two of which hold them). */
async function prepare(): Promise<string> {
  const created = await ok(CREATE_PERSON, {
    i: {
      firstName: 'Ines',
      lastName: last,
      email: emails[0],
      phone: '+32 11 55 81 23',
      function: 'Inspecteur huisvesting',
      workplaceId: 'org-stad-genk',
    },
  });
  const id = created.createPerson.id;
  await ok(UPDATE_PERSON, { id, p: { email: emails[1] } });
  await ok(REPORT_CONTACT, { id, m: `Zij werkt sinds kort elders (${run})` }, staff.headers);
  // The coordinator of Genk exports the persons of their scope; the administrator those of Genk,
  // then those of Antwerp (which cannot hold her).
  await ok(EXPORT_PERSONS, {}, coordinator.headers);
  await ok(EXPORT_GENK_PERSONS, {});
  await ok(EXPORT_ANTWERP_PERSONS, {});
  return id;
}

const QUERY = graphql(
  'query($id: ID!, $l: Language!, $f: AccessRequestFormat!) { accessRequest(personId: $id, lang: $l, format: $f) }',
);

test('the document holds the entry, its history, the reports and the exports that held them', async () => {
  const data = await ok(QUERY, { id: personId, l: 'EN', f: 'JSON' });
  const doc = JSON.parse(data.accessRequest) as AccessRequestDocument;
  expect(doc.subject).toEqual({ id: personId, name: `Ines ${last}` });
  expect(doc.language).toBe('EN');
  // The entry: every field as it is now, and the tie to Genk.
  expect(doc.entry.fields).toMatchObject({
    firstName: 'Ines',
    lastName: last,
    email: emails[1],
    phone: '+3211558123',
    status: 'ACTIVE',
  });
  expect(doc.entry.ties).toEqual([
    expect.objectContaining({
      placeId: 'org-stad-genk',
      placeName: 'Stad Genk',
      function: 'Inspecteur huisvesting',
      to: null,
    }),
  ]);
  // The history: created, the e-mail changed from the first address to the second, reported.
  expect(doc.history.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'REPORT']);
  expect(doc.history[1]?.changes).toContainEqual({
    field: 'email',
    from: emails[0],
    to: emails[1],
  });
  expect(doc.history[0]?.by).toBe(admin.email);
  // The report about her, with who sent it.
  expect(doc.reports).toEqual([
    expect.objectContaining({
      userEmail: staff.email,
      message: `Zij werkt sinds kort elders (${run})`,
    }),
  ]);
  // The exports: the coordinator's scope and the Genk filter held her; the Antwerp one did not.
  const exports = doc.exports.filter((x) => [admin.email, coordinator.email].includes(x.by));
  expect(exports).toHaveLength(2);
  expect(exports).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ by: coordinator.email, file: 'persons.csv', included: 'certain' }),
      expect.objectContaining({
        by: admin.email,
        file: 'persons.csv',
        filter: expect.objectContaining({ organisationId: 'org-stad-genk' }),
      }),
    ]),
  );
});

test('the page is in the requester’s language, printable, and every download is an EXPORT event', async () => {
  const response = await t.app.fetch(`http://test/access-request/${personId}.html?lang=FR`, {
    headers: admin.headers,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/html');
  const html = await response.text();
  expect(html).toContain('<html lang="fr">');
  expect(html).toContain(`Demande d'accès : données concernant Ines ${last}`);
  expect(html).toContain('Historique');
  expect(html).toContain(emails[1]);
  expect(html).toContain(`Zij werkt sinds kort elders (${run})`);
  expect(html).toContain('@media print');
  // Fields, actions and codes in words, in the requester's language.
  expect(html).toContain('<td>Adresse e-mail</td>');
  expect(html).toContain('<td>Prénom</td>');
  expect(html).not.toContain('<td>firstName</td>');
  expect(html).toContain('Créé');
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/access-request.html', html);

  const json = await t.app.fetch(`http://test/access-request/${personId}.json?lang=NL`, {
    headers: admin.headers,
  });
  expect(json.status).toBe(200);
  expect(json.headers.get('content-disposition')).toContain('attachment');
  expect(((await json.json()) as AccessRequestDocument).language).toBe('NL');

  // Asking for it is recorded, and a later request lists the earlier ones as exports of her data.
  const again = await ok(QUERY, { id: personId, l: 'NL', f: 'JSON' });
  const files = (JSON.parse(again.accessRequest) as AccessRequestDocument).exports.map(
    (x) => x.file,
  );
  expect(files).toEqual(expect.arrayContaining(['access-request.html', 'access-request.json']));
  const log = await ok(AUDIT_LOG, { u: admin.id });
  const requests = log.auditLog.events.filter(
    (e) => e.action === 'EXPORT' && e.changes.some((c) => c.to?.includes('access-request')),
  );
  expect(requests.length).toBeGreaterThanOrEqual(3);
});

test('coordinators, staff and anonymous callers are refused', async () => {
  for (const [headers, code, status] of [
    [coordinator.headers, 'FORBIDDEN', 403],
    [staff.headers, 'FORBIDDEN', 403],
    [{}, 'UNAUTHENTICATED', 401],
  ] as const) {
    const body = await t.gql(QUERY, { id: personId, l: 'NL', f: 'JSON' }, headers);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(body)).not.toContain(emails[1]);
    const page = await t.app.fetch(`http://test/access-request/${personId}.html`, { headers });
    expect(page.status).toBe(status);
    expect(await page.text()).not.toContain(emails[1]);
  }
  const missing = await t.gql(QUERY, { id: 'person-nobody', l: 'NL', f: 'JSON' }, admin.headers);
  expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});
