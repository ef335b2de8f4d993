/** The audit log as CSV: the page's filters, in words, audited, for administrators only. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { parseCsv } from '../../server/src/shared/csv';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CREATE_ORGANISATION = graphql(
  `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`,
);

let t: TestApp;
let staff: TestUser;
let coordinator: TestUser;
let admin: TestUser;
const run = `${Date.now()}`;

beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  coordinator = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-limburg-be'] });
  admin = await createUser(t, 'ADMIN');
});
afterAll(async () => {
  await t.db.driver.executeQuery(`MATCH (n:Entity) WHERE n.id CONTAINS 'zz-test' DETACH DELETE n`);
  await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent) WHERE e.entityId CONTAINS 'zz-test' OR (e.action = 'EXPORT' AND e.userId = $id) DETACH DELETE e`,
    { id: admin.id },
  );
  await removeTestUsers(t);
  await t.close();
});

async function organisation(name: string, description: string) {
  const body = await t.gql(
    CREATE_ORGANISATION,
    {
      input: {
        name,
        type: 'MUNICIPALITY',
        country: 'BE',
        coverage: ['region-mun-genk'],
        description: { nl: description },
      },
    },
    admin.headers,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.createOrganisation.id;
}

const CSV = graphql(
  `query($e: ID, $l: Language!, $from: DateTime) { auditLogCsv(entityId: $e, lang: $l, from: $from) }`,
);

test('the audit log as CSV holds the filtered events in words, and the download is an EXPORT event', async () => {
  const from = new Date(Date.now() - 60_000).toISOString();
  const wanted = await organisation(`ZZ Test Genk CSV ${run}`, '=SUM(A1:A2) is geen formule');
  const other = await organisation(`ZZ Test Hasselt CSV ${run}`, 'Een andere organisatie');
  const update = await t.gql(
    `mutation($id: ID!) { updateOrganisation(id: $id, version: 1, patch: {shortName: "Genk CSV"}) { id } }`,
    { id: wanted },
    admin.headers,
  );
  expect(update.errors).toBeUndefined();

  const body = await t.gql(CSV, { e: wanted, l: 'NL', from }, admin.headers);
  expect(body.errors).toBeUndefined();
  const csv = parseCsv(body.data!.auditLogCsv);
  expect(csv.header).toEqual([
    'Tijdstip',
    'Door',
    'Actie',
    'Soort',
    'Gegeven',
    'Veld',
    'Oude waarde',
    'Nieuwe waarde',
  ]);
  const rows = csv.records.map((r) => r.cells);
  const text = JSON.stringify(rows);
  // Only the filtered organisation, in words: names, actions, kinds, fields and codes.
  expect(text).not.toContain('Hasselt CSV');
  expect(text).not.toContain(wanted);
  expect(rows).toContainEqual([
    expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    'Test admin',
    'Gewijzigd',
    'organisatie',
    `ZZ Test Genk CSV ${run}`,
    'Korte naam',
    '',
    'Genk CSV',
  ]);
  expect(rows.some((r) => r[5] === 'Soort organisatie' && r[7] === 'Gemeente')).toBe(true);
  expect(rows.some((r) => r[5] === 'Land' && r[7] === 'België')).toBe(true);
  // A cell a spreadsheet would run as a formula is written with a leading quote mark.
  expect(body.data!.auditLogCsv).toContain("'=SUM(A1:A2) is geen formule");

  // In English, the same rows in English words.
  const english = await t.gql(CSV, { e: wanted, l: 'EN', from }, admin.headers);
  expect(english.data!.auditLogCsv).toContain('Description (Dutch)');
  expect(english.data!.auditLogCsv).toContain('Municipality');

  // The download itself is in the audit trail, with its filter.
  const { records } = await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent {action: 'EXPORT', userId: $user, entityId: 'export:audit-log.csv'})
     RETURN e.changes AS changes ORDER BY e.at DESC LIMIT 1`,
    { user: admin.id },
  );
  const facts = JSON.parse(records[0]!.get('changes') as string) as {
    field: string;
    to: unknown;
  }[];
  const filter = facts.find((f) => f.field === 'filter')?.to as Record<string, unknown>;
  expect(filter).toMatchObject({ entityId: wanted, events: 2 });
  expect(other).toBeTruthy();
});

test('only administrators get the audit log as CSV; the download link follows the same rule', async () => {
  for (const who of [staff, coordinator]) {
    const body = await t.gql(CSV, { l: 'NL' }, who.headers);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  expect((await t.gql(CSV, { l: 'NL' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const download = (path: string, headers: Record<string, string> = {}) =>
    t.app.fetch(new Request(`http://localhost${path}`, { headers }));
  expect((await download('/export/audit-log.csv')).status).toBe(401);
  expect((await download('/export/audit-log.csv', staff.headers)).status).toBe(403);
  const from = new Date(Date.now() - 60_000).toISOString();
  const ok = await download(
    `/export/audit-log.csv?from=${encodeURIComponent(from)}&lang=fr`,
    admin.headers,
  );
  expect(ok.status).toBe(200);
  expect(ok.headers.get('content-disposition')).toBe('attachment; filename="audit-log.csv"');
  expect((await ok.text()).startsWith('\uFEFFMoment;Par;Action')).toBe(true);
});
