import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { erasedIdOf } from '../../server/src/audit/erasure';
import { staleCutoff } from '../../server/src/shared/verification';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

/** Everything this file creates has "zz-test" in its id, and is removed afterwards. */
async function cleanUp(t: TestApp) {
  await t.db.driver.executeQuery(
    `MATCH (n) WHERE (n:Entity OR n:ContactReport) AND n.id CONTAINS 'zz-test' DETACH DELETE n`,
  );
  await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent) WHERE e.entityId CONTAINS 'zz-test' DETACH DELETE e`,
  );
}

let t: TestApp;
let staff: TestUser;
let inScope: TestUser;
let outOfScope: TestUser;
let admin: TestUser;
let seq = 0;
const unique = (what: string) => `ZZ Test ${what} ${Date.now()}-${++seq}`;

beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  inScope = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-limburg-be'] });
  outOfScope = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-antwerpen'] });
  admin = await createUser(t, 'ADMIN');
});
afterAll(async () => {
  await cleanUp(t);
  await removeTestUsers(t);
  await t.close();
});

const CREATE_ORG = graphql(
  `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id name version coverage { id } } }`,
);
const UPDATE_ORG = graphql(`mutation($id: ID!, $version: Int!, $patch: OrganisationPatch!) {
  updateOrganisation(id: $id, version: $version, patch: $patch) { id name version shortName } }`);
const CREATE_CONTACT_POINT = graphql(`mutation($input: ContactPointInput!) {
  createContactPoint(input: $input) { id version } }`);
const ARCHIVE_ORG_V1 = graphql(
  'mutation($id: ID!) { archiveOrganisation(id: $id, version: 1) { id } }',
);
const SET_HOUSING_INSPECT_V1 = graphql(
  'mutation($id: ID!) { setOrganisationRoles(id: $id, version: 1, roles: [{barrier: "HOUSING", role: INSPECT}]) { id } }',
);
const CONFIRM_GENK_V1 = graphql(
  'mutation { confirmContact(id: "cp-genk-mensenhandel", version: 1) { id } }',
);
const USERS = graphql('{ users { email } }');
const DELETE_GENK = graphql(
  'mutation { deleteEntity(id: "org-stad-genk", reason: "testing rights") }',
);
const CREATE_UNIT = graphql(
  'mutation($o: ID!, $n: TranslatedTextInput!) { createOrgUnit(organisationId: $o, name: $n) { id } }',
);
const SEARCH_POINTS_AND_UNITS = graphql(
  'query($q: String!) { search(query: $q, types: [CONTACT_POINT, ORG_UNIT]) { node { ... on ContactPoint { id } ... on OrgUnit { id } } } }',
);
const SEARCH_UNITS = graphql(
  'query($q: String!) { search(query: $q, types: [ORG_UNIT]) { node { ... on OrgUnit { id } } } }',
);
const CREATE_CONTACT_POINT_ID = graphql(
  `mutation($input: ContactPointInput!) { createContactPoint(input: $input) { id } }`,
);
const CONTACT_VERSION = graphql(`query($id: ID!) { contact(id: $id) { version } }`);
const UPDATE_PHONE = graphql(
  `mutation($id: ID!, $v: Int!, $p: String) { updateContactPoint(id: $id, version: $v, patch: {phone: $p}) { phone } }`,
);
const CREATE_CONTACT_POINT_PHONE = graphql(
  `mutation($input: ContactPointInput!) { createContactPoint(input: $input) { phone } }`,
);
const CREATE_PERSON_PHONE = graphql(
  `mutation($input: PersonInput!) { createPerson(input: $input) { phone } }`,
);
const CREATE_AGREEMENT = graphql(
  `mutation($input: SharingAgreementInput!) { createSharingAgreement(input: $input) { id } }`,
);
const UPDATE_HOURS = graphql(
  `mutation($id: ID!, $v: Int!, $h: String) { updateContactPoint(id: $id, version: $v, patch: {hours: {nl: $h}}) { ... on ContactPoint { version } } }`,
);
const SET_HOUSING_ENFORCE_V1 = graphql(
  'mutation($id: ID!) { setOrganisationRoles(id: $id, version: 1, roles: [{barrier: "HOUSING", role: ADMIN_ENFORCE}]) { id } }',
);
const CREATE_PERSON_VERSION = graphql(
  `mutation($input: PersonInput!) { createPerson(input: $input) { id ... on Person { version } } }`,
);
const SET_HOUSING_RESPONSIBILITY_V1 = graphql(
  'mutation($id: ID!) { setContactResponsibilities(id: $id, version: 1, responsibilities: [{barrier: "HOUSING", role: ADMIN_ENFORCE, priority: PRIMARY}]) { id } }',
);
const WHO_HOUSING_GENK = graphql(
  '{ whoToCall(input: {barrier: "HOUSING", region: "region-mun-genk", limit: 100}) { entries { organisation { id } contacts { contact { id } } } } }',
);
const END_TIE_V2 = graphql(
  'mutation($id: ID!) { endPersonTie(id: $id, version: 2, to: "2020-01-01") { id } }',
);
const ARCHIVE_ORG_V2 = graphql(
  'mutation($id: ID!) { archiveOrganisation(id: $id, version: 2) { status } }',
);
const ORG_HISTORY = graphql(
  'query($id: ID!) { organisation(id: $id) { status history { action } } }',
);
const CREATE_PERSON = graphql(
  `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`,
);
const DELETE_FOR_GDPR = graphql(
  'mutation($id: ID!) { deleteEntity(id: $id, reason: "GDPR art. 17 request") }',
);
const CONTACT_ID = graphql('query($id: ID!) { contact(id: $id) { id } }');
const AUDIT_CHANGES = graphql(
  'query($id: ID!) { auditLog(entityId: $id) { events { action changes { field to } } } }',
);
const LOG = graphql(
  'query($id: ID!, $parts: Boolean) { auditLog(entityId: $id, withParts: $parts, first: 50) { events { entityId action userName userEmail } } }',
);
const CONTACT_POINT_HISTORY = graphql(
  'query($id: ID!) { contact(id: $id) { __typename ... on ContactPoint { history { userName } } } }',
);
const OVERDUE_AND_STALE =
  graphql(`query($due: ID!, $notYet: ID!) { overdueContacts(first: 200) { id stale }
  a: contact(id: $due) { stale } b: contact(id: $notYet) { stale } }`);
const QUEUE = graphql(
  '{ overdueContacts(first: 200) { id lastVerifiedAt version organisation { id } } }',
);
const OVERDUE_IDS = graphql('{ overdueContacts(first: 200) { id } }');
const CONFIRM = graphql(
  'mutation($id: ID!, $v: Int!) { confirmContact(id: $id, version: $v) { lastVerifiedAt stale } }',
);
const REPORT_GENK = graphql(
  'mutation { reportContact(id: "cp-genk-mensenhandel", message: "Nummer werkt niet meer") }',
);
const REPORTS = graphql('{ contactReports { id message contact { id } } }');
const REPORT_IDS = graphql('{ contactReports { id } }');
const RESOLVE_REPORT = graphql('mutation($id: ID!) { resolveContactReport(id: $id) }');
const CREATE_INDICATOR_ID = graphql(
  'mutation($input: ReferenceInput!) { createIndicator(input: $input) { id } }',
);
const CREATE_INDICATOR = graphql(
  'mutation($input: ReferenceInput!) { createIndicator(input: $input) { id barriers { code } } }',
);
const WHO_BY_INDICATOR = graphql(
  'query($id: ID!) { whoToCall(input: {indicator: $id}) { barriers { code } } }',
);

async function newOrganisation(as: TestUser = admin, coverage = ['region-mun-genk']) {
  const body = await t.gql(
    CREATE_ORG,
    { input: { name: unique('Org'), type: 'MUNICIPALITY', country: 'BE', coverage } },
    as.headers,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.createOrganisation;
}

async function newContactPoint(ownerId: string) {
  const body = await t.gql(
    CREATE_CONTACT_POINT,
    {
      input: {
        ownerId,
        name: { nl: unique('Meldpunt') },
        kind: 'MAILBOX',
        email: 'team@zz-test.example.be',
        phone: '+32 2 555 01 99',
      },
    },
    admin.headers,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.createContactPoint;
}

async function snapshot() {
  const { records } = await t.db.driver.executeQuery(
    `CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL { MATCH (n:Entity) RETURN sum(coalesce(n.version, 0)) AS versions } RETURN nodes, rels, versions`,
  );
  return records[0]!.toObject();
}

describe('who may change what', () => {
  test.each([
    ['anonymous', () => ({}), 'UNAUTHENTICATED'],
    ['staff', () => staff.headers, 'FORBIDDEN'],
    ['a coordinator outside their scope', () => outOfScope.headers, 'FORBIDDEN'],
  ])(
    '%s cannot create, update, archive or re-role an organisation, and nothing changes',
    async (_who, headers, code) => {
      const org = await newOrganisation();
      const before = await snapshot();
      const attempts = [
        t.gql(
          CREATE_ORG,
          {
            input: {
              name: unique('Org'),
              type: 'POLICE',
              country: 'BE',
              coverage: ['region-mun-genk'],
            },
          },
          headers(),
        ),
        t.gql(
          UPDATE_ORG,
          { id: org.id, version: org.version, patch: { shortName: 'X' } },
          headers(),
        ),
        t.gql(ARCHIVE_ORG_V1, { id: org.id }, headers()),
        t.gql(SET_HOUSING_INSPECT_V1, { id: org.id }, headers()),
        t.gql(CONFIRM_GENK_V1, {}, headers()),
      ];
      for (const body of await Promise.all(attempts)) {
        expect(body.errors?.[0]?.extensions?.code).toBe(code);
      }
      expect(await snapshot()).toEqual(before);
    },
  );

  test('a coordinator changes organisations in their scope; an admin changes any', async () => {
    const org = await newOrganisation(inScope);
    const updated = await t.gql(
      UPDATE_ORG,
      { id: org.id, version: 1, patch: { shortName: 'ZZT' } },
      inScope.headers,
    );
    expect(updated.data?.updateOrganisation).toMatchObject({ version: 2, shortName: 'ZZT' });
    const byAdmin = await t.gql(
      UPDATE_ORG,
      { id: org.id, version: 2, patch: { shortName: 'ZZA' } },
      admin.headers,
    );
    expect(byAdmin.data?.updateOrganisation.version).toBe(3);
  });

  test('a coordinator cannot create an organisation covering a region outside their scope', async () => {
    const body = await t.gql(
      CREATE_ORG,
      {
        input: {
          name: unique('Org'),
          type: 'POLICE',
          country: 'BE',
          coverage: ['region-mun-antwerpen'],
        },
      },
      inScope.headers,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('only administrators manage users or delete for good', async () => {
    for (const who of [staff, inScope]) {
      const users = await t.gql(USERS, {}, who.headers);
      expect(users.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const del = await t.gql(DELETE_GENK, {}, who.headers);
      expect(del.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const users = await t.gql(USERS, {}, admin.headers);
    expect(users.data?.users.map((u) => u.email)).toContain(staff.email);
  });
});

describe('search after an edit', () => {
  test("renaming an organisation makes its units' contact points findable by the new name", async () => {
    const org = await newOrganisation();
    const unit = await t.gql(CREATE_UNIT, { o: org.id, n: { nl: 'Dienst Wonen' } }, admin.headers);
    expect(unit.errors).toBeUndefined();
    const cp = await newContactPoint(unit.data!.createOrgUnit.id);
    const word = `Zzquorvex${Date.now().toString(36)}`;
    const renamed = await t.gql(
      UPDATE_ORG,
      { id: org.id, version: org.version, patch: { name: `${word} Stad` } },
      admin.headers,
    );
    expect(renamed.errors).toBeUndefined();
    const found = await t.gql(SEARCH_POINTS_AND_UNITS, { q: `${word} Meldpunt` }, staff.headers);
    expect(found.data?.search.map((h) => ('id' in h.node ? h.node.id : undefined))).toContain(
      cp.id,
    );
    const units = await t.gql(SEARCH_UNITS, { q: word }, staff.headers);
    expect(units.data?.search.map((h) => ('id' in h.node ? h.node.id : undefined))).toEqual([
      unit.data!.createOrgUnit.id,
    ]);
  });
});

describe('uniqueness', () => {
  test('a second organisation with the same name is refused with a clear, coded error', async () => {
    const name = unique('Duplicate');
    const first = await t.gql(
      CREATE_ORG,
      { input: { name, type: 'POLICE', country: 'BE', coverage: [] } },
      admin.headers,
    );
    expect(first.errors).toBeUndefined();
    const before = await snapshot();
    const second = await t.gql(
      CREATE_ORG,
      { input: { name, type: 'TAX', country: 'NL', coverage: [] } },
      admin.headers,
    );
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', field: 'name' });
    expect(second.errors?.[0]?.message).toBe(
      `An organisation with this name already exists: ${name}`,
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('validation', () => {
  test('every problem at once, per field, in Dutch; nothing written', async () => {
    const org = await newOrganisation();
    const before = await snapshot();
    const body = await t.gql(
      CREATE_CONTACT_POINT_ID,
      {
        input: {
          ownerId: org.id,
          name: { nl: ' ' },
          kind: 'MAILBOX',
          email: 'not-an-address',
          phone: '12345',
          languages: ['nl'],
        },
      },
      { ...admin.headers, 'accept-language': 'nl-BE,nl;q=0.9' },
    );
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe('De invoer bevat 3 fout(en); verbeter de gemarkeerde velden');
    const fields = Object.fromEntries(
      (
        (error?.extensions?.fieldErrors ?? []) as { field: string; code: string; message: string }[]
      ).map((f) => [f.field, f]),
    );
    expect(fields.nameNl).toMatchObject({ code: 'required', message: 'Dit veld is verplicht' });
    expect(fields.email?.code).toBe('invalid_email');
    expect(fields.phone).toMatchObject({ code: 'invalid_phone' });
    expect(fields.phone?.message).toMatch(/^Geen geldig telefoonnummer/);
    expect(await snapshot()).toEqual(before);
  });

  test('the same problems in French and English', async () => {
    const input = { name: 'x', type: 'POLICE', country: 'BE', website: 'ftp://nope' } as const;
    const fr = await t.gql(CREATE_ORG, { input }, { ...admin.headers, 'accept-language': 'fr' });
    const en = await t.gql(CREATE_ORG, { input }, { ...admin.headers, 'accept-language': 'en' });
    const messages = (b: typeof fr) =>
      ((b.errors?.[0]?.extensions?.fieldErrors ?? []) as { message: string }[]).map(
        (f) => f.message,
      );
    expect(messages(fr)).toEqual([
      'Au moins 2 caractères',
      'Adresse web non valable (commence par https://)',
    ]);
    expect(messages(en)).toEqual([
      'At least 2 characters',
      'Not a valid web address (starts with https://)',
    ]);
  });

  test('Belgian and Dutch phone numbers are accepted in their usual notations and stored as E.164', async () => {
    const org = await newOrganisation();
    const cp = await newContactPoint(org.id);
    for (const [given, stored] of [
      ['+32 2 555 01 23', '+3225550123'],
      ['0031 20 799 0000', '+31207990000'],
      ['+31 (0)13 555 0001'.replace('(0)', ''), '+31135550001'],
    ] as const) {
      const current = await t.gql(CONTACT_VERSION, { id: cp.id }, admin.headers);
      const body = await t.gql(
        UPDATE_PHONE,
        { id: cp.id, v: current.data!.contact!.version, p: given },
        admin.headers,
      );
      expect(body.data?.updateContactPoint.phone).toBe(stored);
    }
  });

  test("numbers without country code are read as the organisation's country first, then BE, then NL", async () => {
    const belgian = await newOrganisation();
    const dutch = await t.gql(
      CREATE_ORG,
      { input: { name: unique('Org NL'), type: 'TAX', country: 'NL', coverage: [] } },
      admin.headers,
    );
    const create = async (ownerId: string, phone: string) =>
      t.gql(
        CREATE_CONTACT_POINT_PHONE,
        { input: { ownerId, name: { nl: unique('Meldpunt') }, kind: 'MAILBOX', phone } },
        admin.headers,
      );
    // "0475 12 34 56" is a Belgian mobile and a number in Heerlen (045): the owner decides.
    for (const [ownerId, given, stored] of [
      [belgian.id, '089 12 34 56', '+3289123456'],
      [belgian.id, '0475 12 34 56', '+32475123456'],
      [dutch.data!.createOrganisation.id, '0475 12 34 56', '+31475123456'],
      [belgian.id, '06 12345678', '+31612345678'],
      [dutch.data!.createOrganisation.id, '020 123 4567', '+31201234567'],
    ] as const) {
      const body = await create(ownerId, given);
      expect(body.errors, given).toBeUndefined();
      expect(body.data?.createContactPoint.phone, given).toBe(stored);
    }
    const person = await t.gql(
      CREATE_PERSON_PHONE,
      {
        input: {
          firstName: 'Zz',
          lastName: unique('Telefoon'),
          workplaceId: dutch.data!.createOrganisation.id,
          phone: '0475 12 34 56',
        },
      },
      admin.headers,
    );
    expect(person.data?.createPerson.phone).toBe('+31475123456');
    const refused = await create(belgian.id, '089 12 34');
    expect(refused.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'phone', code: 'invalid_phone' }),
    ]);
  });

  test('an agreement of an organisation with itself is refused', async () => {
    const org = await newOrganisation();
    const body = await t.gql(
      CREATE_AGREEMENT,
      {
        input: {
          fromId: org.id,
          toId: org.id,
          dataCategories: ['ADDRESS_DATA'],
          legalBasisIds: ['legal-nonexistent'],
        },
      },
      admin.headers,
    );
    const fields =
      (body.errors?.[0]?.extensions?.fieldErrors as { field: string; code: string }[]) ?? [];
    expect(fields).toContainEqual(
      expect.objectContaining({ field: 'toId', code: 'self_reference' }),
    );
  });
});

describe('no lost updates', () => {
  test('a stale version is refused with the current state', async () => {
    const org = await newOrganisation();
    await t.gql(
      UPDATE_ORG,
      { id: org.id, version: 1, patch: { shortName: 'first' } },
      admin.headers,
    );
    const stale = await t.gql(
      UPDATE_ORG,
      { id: org.id, version: 1, patch: { shortName: 'second' } },
      inScope.headers,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({
      shortName: 'first',
      version: 2,
    });
  });

  test('an edit that changes nothing keeps the version, writes no event and leaves no marker behind', async () => {
    const org = await newOrganisation();
    const same = await t.gql(
      UPDATE_ORG,
      { id: org.id, version: 1, patch: { name: undefined, shortName: null } },
      admin.headers,
    );
    expect(same.errors).toBeUndefined();
    expect(same.data?.updateOrganisation.version).toBe(1);
    const { records } = await t.db.driver.executeQuery(
      `MATCH (o:Organisation {id: $id})
       RETURN keys(o) AS keys, COUNT { (e:AuditEvent {entityId: $id}) } AS events`,
      { id: org.id },
    );
    expect(records[0]!.get('keys')).not.toContain('_lock');
    expect(Number(records[0]!.get('events'))).toBe(1);
  });

  test('many users updating the same contact at once: one wins per version, the rest conflict, audit agrees', async () => {
    const org = await newOrganisation();
    const cp = await newContactPoint(org.id);
    const editors = [
      admin,
      inScope,
      admin,
      inScope,
      admin,
      inScope,
      admin,
      inScope,
      admin,
      inScope,
      admin,
      inScope,
    ];
    const results = await Promise.all(
      editors.map((who, i) =>
        t.gql(UPDATE_HOURS, { id: cp.id, v: cp.version, h: `slot ${i}` }, who.headers),
      ),
    );
    const winners = results.flatMap((r, i) => (r.errors ? [] : [i]));
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(editors.length - 1);
    const { records } = await t.db.driver.executeQuery(
      `MATCH (c:ContactPoint {id: $id}) OPTIONAL MATCH (e:AuditEvent {entityId: $id, action: 'UPDATE'})
       RETURN c.hoursNl AS hours, c.version AS version, collect(e.changes) AS changes`,
      { id: cp.id },
    );
    const row = records[0]!.toObject();
    expect(row.hours).toBe(`slot ${winners[0]}`);
    expect(Number(row.version)).toBe(cp.version + 1);
    expect(row.changes).toHaveLength(1);
    expect(JSON.parse(row.changes[0])).toEqual([
      { field: 'hoursNl', from: null, to: `slot ${winners[0]}` },
    ]);
  });
});

describe('nothing is deleted by accident', () => {
  test('an archived organisation and a person whose tie ended leave who-to-call but keep their history', async () => {
    const org = await newOrganisation();
    await t.gql(SET_HOUSING_ENFORCE_V1, { id: org.id }, admin.headers);
    const person = await t.gql(
      CREATE_PERSON_VERSION,
      {
        input: {
          firstName: 'Zz',
          lastName: 'Test Voorbeeld',
          workplaceId: org.id,
          function: 'Inspecteur',
          email: 'zz@zz-test.example.be',
        },
      },
      admin.headers,
    );
    const personId = person.data!.createPerson.id;
    await t.gql(SET_HOUSING_RESPONSIBILITY_V1, { id: personId }, admin.headers);
    const who = async () => {
      const body = await t.gql(WHO_HOUSING_GENK, {}, staff.headers);
      return body.data!.whoToCall.entries;
    };
    let entries = await who();
    expect(
      entries.find((e) => e.organisation.id === org.id)?.contacts.map((c) => c.contact.id),
    ).toEqual([personId]);

    await t.gql(END_TIE_V2, { id: personId }, admin.headers);
    entries = await who();
    expect(entries.find((e) => e.organisation.id === org.id)?.contacts).toEqual([]);

    const archived = await t.gql(ARCHIVE_ORG_V2, { id: org.id }, admin.headers);
    expect(archived.errors).toBeUndefined();
    entries = await who();
    expect(entries.some((e) => e.organisation.id === org.id)).toBe(false);

    const history = await t.gql(ORG_HISTORY, { id: org.id }, inScope.headers);
    expect(history.data?.organisation?.status).toBe('ARCHIVED');
    expect(history.data?.organisation?.history.map((h) => h.action)).toEqual([
      'ARCHIVE',
      'UPDATE',
      'CREATE',
    ]);
  });

  test('an admin deletes a person for good on request; the deletion is audited with its reason', async () => {
    const org = await newOrganisation();
    const person = await t.gql(
      CREATE_PERSON,
      { input: { firstName: 'Zz', lastName: 'Test Gone', workplaceId: org.id } },
      admin.headers,
    );
    const id = person.data!.createPerson.id;
    const del = await t.gql(DELETE_FOR_GDPR, { id }, admin.headers);
    expect(del.data).toEqual({ deleteEntity: true });
    const gone = await t.gql(CONTACT_ID, { id }, admin.headers);
    expect(gone.data?.contact).toBeNull();
    const log = await t.gql(
      AUDIT_CHANGES,
      // The erased person's id (made from their name) is replaced in their events as well.
      { id: erasedIdOf(id) },
      admin.headers,
    );
    const [last] = log.data!.auditLog.events;
    expect(last?.action).toBe('DELETE');
    expect(last?.changes[0]).toEqual({ field: 'reason', to: '"GDPR art. 17 request"' });
  });
});

describe('the audit log in words', () => {
  test("an organisation's log takes in its contacts; each event names its author by name", async () => {
    const org = await newOrganisation();
    const point = await newContactPoint(org.id);
    const other = await newOrganisation();
    await newContactPoint(other.id);
    const withParts = await t.gql(LOG, { id: org.id, parts: true }, admin.headers);
    expect(withParts.errors).toBeUndefined();
    const events = withParts.data!.auditLog.events;
    // The contact point's creation is found through its organisation; the other one's is not.
    expect(events.map((e) => `${e.action} ${e.entityId}`).sort()).toEqual(
      [`CREATE ${org.id}`, `CREATE ${point.id}`].sort(),
    );
    expect(events.every((e) => e.userName === 'Test admin' && e.userEmail === admin.email)).toBe(
      true,
    );
    // Without its parts: the organisation's own events only.
    const own = await t.gql(LOG, { id: org.id, parts: false }, admin.headers);
    expect(own.data!.auditLog.events.map((e) => e.entityId)).toEqual([org.id]);
    // The history of the contact names its author too.
    const history = await t.gql(CONTACT_POINT_HISTORY, { id: point.id }, admin.headers);
    const contact = history.data!.contact;
    if (contact?.__typename !== 'ContactPoint') throw new Error('expected a contact point');
    expect(contact.history).toEqual([{ userName: 'Test admin' }]);
  });
});

describe('verification', () => {
  test('verified exactly twelve months ago: stale and in the queue; a day later: neither', async () => {
    const org = await newOrganisation();
    const due = await newContactPoint(org.id);
    const notYet = await newContactPoint(org.id);
    const cutoff = staleCutoff(12);
    const dayAfter = new Date(Date.parse(`${cutoff}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const set = 'MATCH (c:Entity {id: $id}) SET c.lastVerifiedAt = date($d)';
    await t.db.driver.executeQuery(set, { id: due.id, d: cutoff });
    await t.db.driver.executeQuery(set, { id: notYet.id, d: dayAfter });
    // A coordinator of this organisation only: its queue holds nothing else.
    const own = await createUser(t, 'COORDINATOR', { scopeOrganisationIds: [org.id] });
    const body = await t.gql(OVERDUE_AND_STALE, { due: due.id, notYet: notYet.id }, own.headers);
    expect(body.errors).toBeUndefined();
    expect(body.data?.overdueContacts).toEqual([{ id: due.id, stale: true }]);
    expect(body.data?.a?.stale).toBe(true);
    expect(body.data?.b?.stale).toBe(false);
  });

  test('overdue contacts in scope, oldest first; confirming takes one off the list; reports reach the queue', async () => {
    const queue = async () => {
      const body = await t.gql(QUEUE, {}, inScope.headers);
      expect(body.errors).toBeUndefined();
      return body.data!.overdueContacts;
    };
    const list = await queue();
    expect(list.length).toBeGreaterThan(0);
    const dates = list.map((c) => c.lastVerifiedAt);
    expect([...dates].sort()).toEqual(dates);
    // Contacts of Limburg's local partners are in this coordinator's queue, not in Antwerp's.
    const limburg = list.filter((c) =>
      ['org-stad-hasselt', 'org-pz-carma', 'org-pz-hazodi'].includes(c.organisation?.id ?? ''),
    );
    expect(limburg.length).toBeGreaterThan(0);
    const other = await t.gql(OVERDUE_IDS, {}, outOfScope.headers);
    const otherIds = new Set(other.data!.overdueContacts.map((c) => c.id));
    for (const c of limburg) expect(otherIds.has(c.id)).toBe(false);

    const first = list[0]!;
    const confirmed = await t.gql(CONFIRM, { id: first.id, v: first.version }, inScope.headers);
    expect(confirmed.data?.confirmContact).toEqual({
      lastVerifiedAt: new Date().toISOString().slice(0, 10),
      stale: false,
    });
    expect((await queue()).some((c) => c.id === first.id)).toBe(false);
    // Put it back as it was, for the other tests.
    await t.db.driver.executeQuery('MATCH (c:Entity {id: $id}) SET c.lastVerifiedAt = date($d)', {
      id: first.id,
      d: first.lastVerifiedAt,
    });

    const reported = await t.gql(REPORT_GENK, {}, staff.headers);
    expect(reported.errors).toBeUndefined();
    const reports = await t.gql(REPORTS, {}, inScope.headers);
    const mine = reports.data!.contactReports.find((r) => r.message === 'Nummer werkt niet meer');
    expect(mine?.contact.id).toBe('cp-genk-mensenhandel');
    const outside = await t.gql(REPORT_IDS, {}, outOfScope.headers);
    expect(outside.data!.contactReports.some((r) => r.id === mine?.id)).toBe(false);
    await t.gql(RESOLVE_REPORT, { id: mine!.id }, inScope.headers);
    await t.db.driver.executeQuery('MATCH (r:ContactReport {id: $id}) DETACH DELETE r', {
      id: mine!.id,
    });
  });
});

describe('reference data', () => {
  test('a coordinator adds an indicator with its barrier; it then narrows who-to-call; staff cannot', async () => {
    const input = {
      code: `ZZ_TEST_${Date.now()}`,
      name: { nl: 'Zz test signaal' },
      kind: 'ADMINISTRATIVE' as const,
      barriers: ['FINANCES'],
    };
    const denied = await t.gql(CREATE_INDICATOR_ID, { input }, staff.headers);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = await t.gql(CREATE_INDICATOR, { input }, inScope.headers);
    expect(created.data?.createIndicator.barriers).toEqual([{ code: 'FINANCES' }]);
    const id = created.data!.createIndicator.id;
    const answer = await t.gql(WHO_BY_INDICATOR, { id });
    expect(answer.data?.whoToCall.barriers).toEqual([{ code: 'FINANCES' }]);
    await t.db.driver.executeQuery('MATCH (n:Indicator {id: $id}) DETACH DELETE n', { id });
    await t.db.driver.executeQuery('MATCH (e:AuditEvent {entityId: $id}) DELETE e', { id });
  });
});
