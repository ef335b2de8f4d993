import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql, type ResultOf, type VariablesOf } from '../../client/src/lib/documents';
import { DEMO_EMAILS, ensureDemoAccounts } from '../../server/src/auth/demo-accounts';
import { COLUMNS } from '../../server/src/import/import-format';
import { createRepositories } from '../../server/src/repositories';
import { toCsv } from '../../server/src/shared/csv';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, type TestUser } from '../support/users';

/**
 * Import and export against the shared test database. Everything this file creates is newer than
 * its start and is removed at the end; a last test proves the database is as it was found.
 */
let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let coordinator: TestUser;
/** The demo coordinator of `npm start` (coordinator@demo.local, province of Limburg, BE). */
let demo: TestUser;
let started = '';
let before: Record<string, unknown>;

async function snapshot() {
  const { records } = await t.db.driver.executeQuery(
    `CALL { MATCH (n) WHERE NOT n:Session AND NOT n:SignInThrottle RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL { MATCH (n:Entity) RETURN sum(coalesce(n.version, 0)) AS versions }
     RETURN nodes, rels, versions`,
  );
  return records[0]!.toObject();
}

async function cleanUp() {
  await t.db.driver.executeQuery(
    `MATCH (n:Entity) WHERE (n:Organisation OR n:ContactPoint OR n:Person) AND n.createdAt >= datetime($started)
     DETACH DELETE n`,
    { started },
  );
  await t.db.driver.executeQuery(
    'MATCH (e:AuditEvent) WHERE e.at >= datetime($started) DETACH DELETE e',
    { started },
  );
  // Only what this file made: other files' leftovers are theirs to remove.
  const mine = [admin, staff, coordinator, demo].filter(Boolean);
  await t.db.driver.executeQuery(
    `MATCH (u:User) WHERE u.email IN $emails
     OPTIONAL MATCH (s:Session)-[:OF]->(u) DETACH DELETE s, u`,
    { emails: DEMO_EMAILS },
  );
  await t.db.driver.executeQuery(
    `MATCH (j:ImportJob) WHERE j.userId IN $ids DETACH DELETE j
     WITH count(*) AS _
     MATCH (u:User) WHERE u.id IN $ids OPTIONAL MATCH (s:Session)-[:OF]->(u) DETACH DELETE s, u
     WITH count(*) AS _
     MATCH (x:SignInThrottle) WHERE any(e IN $emails WHERE x.key CONTAINS e) DELETE x`,
    { ids: mine.map((u) => u.id), emails: mine.map((u) => u.email) },
  );
}

beforeAll(async () => {
  t = await createTestApp();
  before = await snapshot();
  started = new Date().toISOString();
  admin = await createUser(t, 'ADMIN');
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  coordinator = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-limburg-be'] });
  demo = await demoCoordinator();
});

const SIGN_IN = graphql(
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { token user { id } } }',
);

/** Creates the demo accounts as `npm start` does and signs the demo coordinator in. */
async function demoCoordinator(): Promise<TestUser> {
  const password = await ensureDemoAccounts(createRepositories(t.db).auth);
  const email = 'coordinator@demo.local';
  const body = await t.gql(SIGN_IN, { e: email, p: password });
  const token = body.data!.signIn.token!;
  return {
    id: body.data!.signIn.user.id,
    email,
    password,
    token,
    headers: { authorization: `Bearer ${token}` },
  };
}

afterAll(async () => {
  await cleanUp();
  await t.close();
});

const DRY_RUN = graphql(`mutation($csv: String!) { importDryRun(csv: $csv) {
  checksum separator canCommit ignoredColumns
  totals { rows create update unchanged reject }
  fileProblems { field code message }
  rows { line action organisationAction organisationId organisationName contactAction contactId
         contactName changes { field from to } problems { field code message } } } }`);
const COMMIT = graphql(`mutation($csv: String!, $sum: String!, $wait: Boolean) {
  importCommit(csv: $csv, dryRunChecksum: $sum, wait: $wait) {
    id status total processed error totals { rows create update unchanged reject }
    rejectedRows { line problems { field code } } } }`);
const JOB = graphql(`query($id: ID!) { importJob(id: $id) {
  id status total processed totals { rows create update unchanged reject } } }`);
const EXPORT = graphql('query($e: ExportEntity!) { exportCsv(entity: $e) }');
const WHO_HOUSING_HASSELT = graphql(
  '{ whoToCall(input: {barrier: "HOUSING", region: "region-mun-hasselt"}) { entries { organisation { id } contacts { priority } } } }',
);
const CONTACT_POINT_HISTORY = graphql(
  'query($id: ID!) { contact(id: $id) { __typename ... on ContactPoint { history { action changes { field } } } } }',
);
const WHO_VCARD = graphql('{ whoToCallVcard(barrier: "HOUSING", region: "region-mun-genk") }');
const VCARD_LUC = graphql('{ vcard(contactId: "person-luc-hermans") }');
const VCARD_GENK = graphql('{ vcard(contactId: "cp-genk-mensenhandel", lang: EN) }');
const VCARD_UNKNOWN = graphql('{ vcard(contactId: "cp-does-not-exist") }');
const BACKUP = graphql('{ backup }');

async function dryRun(csv: string, who: TestUser = admin, lang = 'en') {
  const body = await t.gql(DRY_RUN, { csv }, { ...who.headers, 'accept-language': lang });
  expect(body.errors).toBeUndefined();
  return body.data!.importDryRun;
}

async function commit(csv: string, who: TestUser = admin) {
  const run = await dryRun(csv, who);
  const body = await t.gql(COMMIT, { csv, sum: run.checksum, wait: true }, who.headers);
  expect(body.errors).toBeUndefined();
  return { run, job: body.data!.importCommit };
}

const csvOf = (rows: Record<string, string>[]) =>
  toCsv([[...COLUMNS], ...rows.map((r) => COLUMNS.map((c) => r[c] ?? ''))], ';');

async function exportCsv(
  entity: VariablesOf<typeof EXPORT>['e'],
  headers: Record<string, string> = admin.headers,
) {
  return t.gql(EXPORT, { e: entity }, headers);
}

async function node(id: string) {
  const { records } = await t.db.driver.executeQuery(
    'MATCH (n:Entity {id: $id}) RETURN n {.*, version: toString(n.version)} AS n',
    { id },
  );
  return records[0]?.get('n') as Record<string, unknown> | undefined;
}

const example = () => readFile(new URL('../../docs/import-example.csv', import.meta.url), 'utf8');

describe('the example file', () => {
  // docs/import-format.md documents what the demo coordinator gets from it; so does this test.
  test('as the demo coordinator, a dry run gives the documented result and writes nothing', async () => {
    const snap = await snapshot();
    const run = await dryRun(await example(), demo);
    expect(run.canCommit).toBe(true);
    expect(run.totals).toEqual({ rows: 8, create: 7, update: 0, unchanged: 0, reject: 1 });
    const doc = await readFile(new URL('../../docs/import-format.md', import.meta.url), 'utf8');
    const documented =
      /\*\*(\d+) rows: (\d+) to create, (\d+) to update, (\d+) unchanged, (\d+) rejected\*\*\s+\(line (\d+)/.exec(
        doc,
      );
    expect(documented?.slice(1).map(Number)).toEqual([
      run.totals.rows,
      run.totals.create,
      run.totals.update,
      run.totals.unchanged,
      run.totals.reject,
      run.rows.find((r) => r.action === 'REJECT')?.line,
    ]);
    expect(run.rows.map((r) => [r.line, r.action, r.organisationAction, r.contactAction])).toEqual([
      [2, 'CREATE', 'CREATE', 'CREATE'],
      [3, 'CREATE', 'UNCHANGED', 'CREATE'],
      [4, 'CREATE', 'CREATE', 'CREATE'],
      [5, 'CREATE', 'UNCHANGED', 'CREATE'],
      [6, 'CREATE', 'UNCHANGED', 'CREATE'],
      [7, 'CREATE', 'UNCHANGED', 'CREATE'],
      [8, 'REJECT', null, null],
      [9, 'CREATE', 'CREATE', null],
    ]);
    const hasselt = run.rows[0]!;
    expect(hasselt.organisationId).toBe('org-ocmw-hasselt');
    expect(hasselt.changes).toContainEqual({
      field: 'coverage',
      from: null,
      to: 'region-mun-hasselt',
    });
    expect(hasselt.changes).toContainEqual({ field: 'phone', from: null, to: '+3211555010' });
    expect(hasselt.changes).toContainEqual({
      field: 'hours_nl',
      from: null,
      to: 'ma–vr 9–12; 13–16 uur',
    });
    expect(run.rows[6]!.problems.map((p) => [p.field, p.code])).toEqual([
      ['email', 'invalid_email'],
      ['phone', 'invalid_phone'],
      ['responsibilities.0', 'unknown_code'],
      ['last_name', 'required'],
    ]);
    expect(run.rows[6]!.problems[0]!.message).toMatch(/Not a valid e-mail address/);
    const french = await dryRun(await example(), demo, 'fr');
    expect(french.rows[6]!.problems[0]!.message).toMatch(/Adresse e-mail non valable/);
    expect(await snapshot()).toEqual(snap);
  });

  test('a commit needs the checksum of the dry run and refuses a changed file', async () => {
    const csv = await example();
    const { checksum } = await dryRun(csv, demo);
    const snap = await snapshot();
    const changed = await t.gql(
      COMMIT,
      { csv: csv.replace('Lotte', 'Lieke'), sum: checksum, wait: true },
      demo.headers,
    );
    expect(changed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dryRunChecksum',
    });
    expect(await snapshot()).toEqual(snap);
  });

  test('the demo coordinator commits the valid rows with IMPORT audit events, and progress can be polled', async () => {
    const csv = await example();
    const { checksum } = await dryRun(csv, demo);
    const started = await t.gql(COMMIT, { csv, sum: checksum, wait: false }, demo.headers);
    expect(started.errors).toBeUndefined();
    expect(started.data?.importCommit).toMatchObject({ status: 'RUNNING', total: 8 });
    let job: NonNullable<ResultOf<typeof JOB>['importJob']> = started.data!.importCommit;
    for (let i = 0; i < 100 && job.status === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await t.gql(JOB, { id: job.id }, demo.headers)).data!.importJob!;
    }
    expect(job).toMatchObject({ status: 'DONE', total: 8, processed: 8 });
    expect(job.totals).toEqual({ rows: 8, create: 7, update: 0, unchanged: 0, reject: 1 });
    // Someone else's job is not theirs to see.
    const other = await t.gql(JOB, { id: job.id }, coordinator.headers);
    expect(other.data?.importJob).toBeNull();

    expect(await node('org-ocmw-hasselt')).toMatchObject({
      name: 'OCMW Hasselt',
      type: 'SOCIAL_SERVICE',
      country: 'BE',
      status: 'ACTIVE',
      version: '1',
    });
    const { records } = await t.db.driver.executeQuery(
      `MATCH (e:AuditEvent {action: 'IMPORT', userId: $userId})
       RETURN e.entityType AS type, e.entityName AS name ORDER BY e.entityName`,
      { userId: demo.id },
    );
    expect(records.map((r) => `${r.get('type')} ${r.get('name')}`)).toEqual([
      'Person Bram Janssens',
      'Person Lotte Verstappen',
      'ContactPoint Meldpunt arbeidsuitbuiting Genk',
      'ContactPoint Meldpunt mensenhandel OCMW Hasselt',
      'Organisation OCMW Hasselt',
      'Organisation OCMW Lommel',
      'Organisation OCMW Maasmechelen',
      'Person Sanne Hendriks',
      'ContactPoint Sociale dienst - adresonderzoek',
    ]);
    const who = await t.gql(WHO_HOUSING_HASSELT, {}, demo.headers);
    const entry = who.data?.whoToCall.entries.find((e) => e.organisation.id === 'org-ocmw-hasselt');
    expect(entry?.contacts).toHaveLength(2);
  });

  test('importing the same file again changes nothing', async () => {
    const snap = await snapshot();
    const { job } = await commit(await example(), demo);
    expect(job.totals).toEqual({ rows: 8, create: 0, update: 0, unchanged: 7, reject: 1 });
    const after = await snapshot();
    // Only the job record itself is new.
    expect({ ...after, nodes: Number(after.nodes) - 1 }).toEqual({
      ...snap,
      nodes: Number(snap.nodes),
    });
  });
});

describe('export and re-import', () => {
  test.each(['ORGANISATIONS', 'CONTACT_POINTS', 'PERSONS'] as const)(
    'the %s export imports back with every row UNCHANGED',
    async (entity) => {
      const body = await exportCsv(entity);
      expect(body.errors).toBeUndefined();
      const run = await dryRun(body.data!.exportCsv);
      expect(run.fileProblems).toEqual([]);
      expect(run.rows.filter((r) => r.action !== 'UNCHANGED')).toEqual([]);
      expect(run.totals.rows).toBeGreaterThan(50);
    },
  );

  test('a changed export updates just what changed, with its audit trail', async () => {
    const csv = (await exportCsv('CONTACT_POINTS')).data!.exportCsv;
    const lines = csv.split('\r\n');
    const i = lines.findIndex((l) => l.includes('mensenhandel@hasselt.example.be'));
    lines[i] = lines[i]!.replace(
      'mensenhandel@hasselt.example.be',
      'Meldpunt@Hasselt.example.be',
    ).replace('HOUSING:SIGNAL:PRIMARY|WORK:REFER:PRIMARY', 'WORK:REFER:BACKUP');
    const changed = lines.join('\r\n');
    const run = await dryRun(changed);
    expect(run.totals).toMatchObject({ update: 1, reject: 0, create: 0 });
    const row = run.rows.find((r) => r.action === 'UPDATE')!;
    expect(row.changes).toEqual([
      {
        field: 'email',
        from: 'mensenhandel@hasselt.example.be',
        to: 'meldpunt@hasselt.example.be',
      },
      {
        field: 'responsibilities',
        from: 'HOUSING:SIGNAL:PRIMARY|WORK:REFER:PRIMARY',
        to: 'WORK:REFER:BACKUP',
      },
    ]);
    const { job } = await commit(changed);
    expect(job.totals.update).toBe(1);
    expect(await node(row.contactId!)).toMatchObject({
      email: 'meldpunt@hasselt.example.be',
      version: '2',
    });
    const history = await t.gql(CONTACT_POINT_HISTORY, { id: row.contactId! }, admin.headers);
    const contact = history.data?.contact;
    if (contact?.__typename !== 'ContactPoint') throw new Error('expected a contact point');
    expect(contact.history[0]).toEqual({
      action: 'IMPORT',
      changes: [{ field: 'email' }, { field: 'responsibilities' }],
    });
    expect((await dryRun(changed)).totals.unchanged).toBe(run.totals.rows);
  });
});

describe('rejected rows', () => {
  test('a row refused only because the row creating its organisation was refused says so', async () => {
    const name = 'ZZ Test Nieuwe Dienst';
    const csv = csvOf([
      {
        organisation: name,
        organisation_type: 'SOCIAL_SERVICE',
        country: 'BE',
        website: 'not a website',
        contact_kind: 'DESK',
        name_nl: 'ZZ Test loket een',
      },
      { organisation: name, contact_kind: 'DESK', name_nl: 'ZZ Test loket twee' },
    ]);
    const run = await dryRun(csv, admin, 'nl');
    expect(run.rows.map((r) => r.action)).toEqual(['REJECT', 'REJECT']);
    expect(run.rows[0]!.problems.map((p) => p.field)).toEqual(['website']);
    // Not "organisation_type is required" and "country is required": the reason is line 2.
    expect(run.rows[1]!.problems).toMatchObject([
      { field: 'organisation', code: 'organisation_refused' },
    ]);
    expect(run.rows[1]!.problems[0]!.message).toBe(
      'De rij op regel 2 die deze organisatie aanmaakt werd geweigerd, dus ook deze rij; verbeter eerst regel 2',
    );
  });

  test('a file with one bad row writes the others and nothing of that row', async () => {
    const csv = csvOf([
      {
        organisation: 'Stad Genk',
        contact_kind: 'DESK',
        name_nl: 'ZZ Test loket noord',
        email: 'noord@genk.example.be',
      },
      {
        organisation: 'Stad Genk',
        contact_kind: 'DESK',
        name_nl: 'ZZ Test loket midden',
        email: 'not an address',
        phone: '+32 2 555',
        languages: 'nl|xx',
        responsibilities: 'MOON:INSPECT:PRIMARY',
      },
      { organisation: 'Stad Genk', contact_kind: 'DESK', name_nl: 'ZZ Test loket zuid' },
      { organisation: 'Nieuwe Organisatie Zonder Type', contact_kind: 'DESK', name_nl: 'ZZ x' },
      { organisation: 'Stad Genk', contact_kind: 'DESK', name_nl: 'ZZ Test loket noord' },
    ]);
    const { run, job } = await commit(csv);
    expect(run.rows.map((r) => r.action)).toEqual([
      'CREATE',
      'REJECT',
      'CREATE',
      'REJECT',
      'REJECT',
    ]);
    expect(run.rows[1]!.problems.map((p) => p.field)).toEqual([
      'email',
      'phone',
      'languages.1',
      'responsibilities.0',
    ]);
    expect(run.rows[3]!.problems.map((p) => p.field)).toEqual(['organisation_type', 'country']);
    expect(run.rows[4]!.problems).toMatchObject([{ field: 'row', code: 'duplicate_row' }]);
    expect(job.totals).toEqual({ rows: 5, create: 2, update: 0, unchanged: 0, reject: 3 });
    expect(job.rejectedRows.map((r) => r.line)).toEqual([3, 5, 6]);
    const { records } = await t.db.driver.executeQuery(
      "MATCH (c:ContactPoint) WHERE c.nameNl STARTS WITH 'ZZ Test loket' RETURN c.nameNl AS n ORDER BY n",
    );
    expect(records.map((r) => r.get('n'))).toEqual(['ZZ Test loket noord', 'ZZ Test loket zuid']);
  });

  test('rows of one organisation must agree on its values; rows that only name it do not count', async () => {
    await commit(
      csvOf([{ organisation: 'ZZ Test Agree', organisation_type: 'OTHER', country: 'BE' }]),
    );
    const run = await dryRun(
      csvOf([
        { organisation: 'ZZ Test Agree', contact_kind: 'MAILBOX', name_nl: 'ZZ Test agree box' },
        { organisation: 'zz test agree', organisation_short_name: 'Agree' },
        { organisation: 'ZZ Test Agree', organisation_short_name: 'Agree' },
        { organisation: 'ZZ Test Agree', organisation_short_name: 'Other' },
      ]),
    );
    expect(run.rows.map((r) => [r.action, r.problems.map((p) => `${p.field}:${p.code}`)])).toEqual([
      ['CREATE', []],
      ['UPDATE', []],
      ['UNCHANGED', []],
      ['REJECT', ['organisation_short_name:conflicting_value']],
    ]);
    expect(run.rows[3]!.problems[0]!.message).toBe(
      'Differs from line 3 for the same organisation; make the rows agree',
    );
  });

  test('hostile files never cause an internal error, and a dry run never writes', async () => {
    const snap = await snapshot();
    const cell = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(
        "'; MATCH (n) DETACH DELETE n //",
        '=HYPERLINK("http://x")',
        '"unterminated',
        'HOUSING:INSPECT:PRIMARY|WORK',
        'Stad Genk',
        'PERSON',
        'region-mun-genk|Limburg',
        '\u0000\u202e',
        'a'.repeat(300),
      ),
    );
    const file = fc
      .tuple(
        fc.subarray([...COLUMNS], { minLength: 1 }),
        fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 6 }),
        fc.constantFrom(';', ',', '\t'),
      )
      .map(([header, rows, sep]) => [header, ...rows].map((r) => r.join(sep)).join('\r\n'));
    await fc.assert(
      fc.asyncProperty(file, async (csv) => {
        const body = await t.gql(DRY_RUN, { csv }, admin.headers);
        expect(body.errors).toBeUndefined();
      }),
      { numRuns: 60 },
    );
    expect(await snapshot()).toEqual(snap);
  }, 300_000);

  test('a file without the organisation columns is refused as a whole', async () => {
    const run = await dryRun('naam;email\r\nX;x@example.be\r\n');
    expect(run.canCommit).toBe(false);
    expect(run.fileProblems.map((p) => p.code)).toEqual(['missing_column']);
    const body = await t.gql(
      COMMIT,
      { csv: 'naam;email\r\nX;x@example.be\r\n', sum: run.checksum },
      admin.headers,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('who may import', () => {
  test('staff and anonymous callers cannot import, not even a dry run', async () => {
    const csv = await example();
    const snap = await snapshot();
    for (const [headers, code] of [
      [{}, 'UNAUTHENTICATED'],
      [staff.headers, 'FORBIDDEN'],
    ] as const) {
      const dry = await t.gql(DRY_RUN, { csv }, headers);
      expect(dry.errors?.[0]?.extensions?.code).toBe(code);
      const body = await t.gql(COMMIT, { csv, sum: 'x', wait: true }, headers);
      expect(body.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await snapshot()).toEqual(snap);
  });

  test('a coordinator imports within their scope only', async () => {
    const csv = csvOf([
      { organisation: 'Stad Genk', contact_kind: 'MAILBOX', name_nl: 'ZZ Test scope Genk' },
      {
        organisation: 'Gemeente Tilburg',
        contact_kind: 'MAILBOX',
        name_nl: 'ZZ Test scope Tilburg',
      },
      {
        organisation: 'ZZ Test Gemeente As',
        organisation_type: 'MUNICIPALITY',
        country: 'BE',
        coverage: 'Genk',
      },
      {
        organisation: 'ZZ Test Gemeente Ergens',
        organisation_type: 'MUNICIPALITY',
        country: 'BE',
        coverage: 'Antwerpen',
      },
      {
        organisation: 'ZZ Test Gemeente Nergens',
        organisation_type: 'MUNICIPALITY',
        country: 'BE',
      },
    ]);
    const { run } = await commit(csv, coordinator);
    expect(run.rows.map((r) => [r.action, r.problems.map((p) => `${p.field}:${p.code}`)])).toEqual([
      ['CREATE', []],
      ['REJECT', ['organisation:out_of_scope']],
      ['CREATE', []],
      ['REJECT', ['coverage.0:out_of_scope']],
      ['REJECT', ['coverage:coverage_required']],
    ]);
    expect(await node('org-zz-test-gemeente-as')).toBeDefined();
    expect(await node('org-zz-test-gemeente-ergens')).toBeUndefined();
  });
});

describe('exports and personal data', () => {
  test('anonymous callers get no persons: not as CSV, not in a vCard', async () => {
    expect((await exportCsv('PERSONS', {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const persons = (await exportCsv('PERSONS')).data!.exportCsv;
    const emails = [...persons.matchAll(/;([\w.-]+@[\w.-]+);/g)].map((m) => m[1]!);
    expect(emails.length).toBeGreaterThan(40);
    for (const entity of ['ORGANISATIONS', 'CONTACT_POINTS', 'AGREEMENTS'] as const) {
      const text = (await exportCsv(entity, {})).data!.exportCsv;
      expect(text).not.toMatch(/person-/);
      for (const email of emails) expect(text).not.toContain(email);
    }
    const vcf = await t.gql(WHO_VCARD);
    expect(vcf.data?.whoToCallVcard).toMatch(/BEGIN:VCARD/);
    expect(vcf.data?.whoToCallVcard).not.toMatch(/person-/);
    const signedIn = await t.gql(WHO_VCARD, {}, staff.headers);
    expect(signedIn.data?.whoToCallVcard).toMatch(/UID:urn:confine:person-/);
    const person = await t.gql(VCARD_LUC);
    expect(person.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a contact point vCard carries its organisation, numbers and what to call it for', async () => {
    const body = await t.gql(VCARD_GENK);
    expect(body.errors).toBeUndefined();
    const card = body.data!.vcard.replace(/\r\n /g, '');
    expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    expect(card).toContain('ORG:Stad Genk');
    expect(card).toMatch(/TEL;TYPE=WORK,VOICE:\+32\d+/);
    expect(card).toMatch(/NOTE:.*Contact for: /);
    expect(card).toContain('UID:urn:confine:cp-genk-mensenhandel');
    const unknown = await t.gql(VCARD_UNKNOWN);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('the JSON backup is for administrators only', async () => {
    expect((await t.gql(BACKUP)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const who of [staff, coordinator]) {
      expect((await t.gql(BACKUP, {}, who.headers)).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
    const body = await t.gql(BACKUP, {}, admin.headers);
    const backup = JSON.parse(body.data!.backup) as { nodes: { labels: string[] }[] };
    expect(backup.nodes.some((n) => n.labels.includes('User'))).toBe(true);
    expect(backup.nodes.some((n) => n.labels.includes('Session'))).toBe(false);
  });

  test('downloads at /export/… answer with files under the same rules', async () => {
    // Through the app itself, as a browser's download link reaches it.
    const download = (path: string, headers: Record<string, string> = {}) =>
      t.app.fetch(new Request(`http://localhost${path}`, { headers }));
    const csv = await download('/export/contact-points.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="contact-points.csv"',
    );
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3, 19).toString()).toBe('organisation_id;');
    expect((await download('/export/persons.csv')).status).toBe(401);
    expect((await download('/export/persons.csv', admin.headers)).status).toBe(200);
    expect((await download('/export/backup.json', staff.headers)).status).toBe(403);
    const vcf = await download(
      '/export/who-to-call.vcf?barrier=HOUSING&region=region-mun-genk&lang=fr',
    );
    expect(vcf.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
    expect(await vcf.text()).toContain('Qui appeler: 1.');
    expect((await download('/export/nothing.csv')).status).toBe(404);
  });
});

test('the shared database is left as it was found', async () => {
  await cleanUp();
  expect(await snapshot()).toEqual(before);
});
