/**
 * "Restore this version": an organisation's fields go back to what they were after an event of its
 * history, through the rules, the scope and the version check, as one REVERT event.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { valuesAfter } from '../../server/src/audit/restore';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const CREATE_ORGANISATION = graphql(
  `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id version } }`,
);
const ORGANISATION = graphql(
  'query($id: ID!) { organisation(id: $id) { history { id action changes { field from to } } } }',
);

let t: TestApp;
let staff: TestUser;
let coordinator: TestUser;
let outOfScope: TestUser;
let admin: TestUser;
let seq = 0;
const unique = (what: string) => `ZZ Test ${what} ${Date.now()}-${++seq}`;

beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  coordinator = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-limburg-be'] });
  outOfScope = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-prov-antwerpen'] });
  admin = await createUser(t, 'ADMIN');
});
afterAll(async () => {
  await t.db.driver.executeQuery(`MATCH (n:Entity) WHERE n.id CONTAINS 'zz-test' DETACH DELETE n`);
  await t.db.driver.executeQuery(
    `MATCH (e:AuditEvent) WHERE e.entityId CONTAINS 'zz-test' DETACH DELETE e`,
  );
  await removeTestUsers(t);
  await t.close();
});

const FIRST_TEXT =
  'Het team controleert woningen van arbeidsmigranten in Genk en meldt overbewoning.';
const SECOND_TEXT =
  'Het team controleert woningen en bedrijfspanden in Genk en meldt overbewoning aan de politie.';

const RESTORE = graphql(`mutation($id: ID!, $event: ID!, $v: Int!) {
  restoreVersion(entityId: $id, auditEventId: $event, expectedVersion: $v) { entityId entityType fields } }`);

/** An organisation in Genk with a description, then edited twice (name and description). */
async function editedOrganisation() {
  const name = unique('Woonteam');
  const created = await t.gql(
    CREATE_ORGANISATION,
    {
      input: {
        name,
        type: 'MUNICIPALITY',
        country: 'BE',
        coverage: ['region-mun-genk'],
        description: { nl: FIRST_TEXT },
      },
    },
    admin.headers,
  );
  expect(created.errors).toBeUndefined();
  const { id } = created.data!.createOrganisation;
  const update = async (version: number, patch: Record<string, unknown>) => {
    const body = await t.gql(
      `mutation($id: ID!, $v: Int!, $p: OrganisationPatch!) { updateOrganisation(id: $id, version: $v, patch: $p) { version } }`,
      { id, v: version, p: patch },
      admin.headers,
    );
    expect(body.errors).toBeUndefined();
  };
  await update(1, { description: { nl: SECOND_TEXT } });
  await update(2, { name: `${name} (nieuw)`, website: 'https://zz-test.example.be' });
  return { id, name, version: 3 };
}

async function history(id: string) {
  const body = await t.gql(ORGANISATION, { id }, admin.headers);
  expect(body.errors).toBeUndefined();
  return body.data!.organisation!.history;
}

async function stored(id: string) {
  const { records } = await t.db.driver.executeQuery(
    `MATCH (o:Organisation {id: $id})
     RETURN o.name AS name, o.descriptionNl AS description, o.website AS website, o.version AS version,
            COUNT { (e:AuditEvent {entityId: $id}) } AS events`,
    { id },
  );
  const r = records[0]!.toObject();
  return { ...r, version: Number(r.version), events: Number(r.events) };
}

describe('restore this version', () => {
  test('a coordinator puts the fields back to what they were after the creation, as one REVERT event', async () => {
    const org = await editedOrganisation();
    const events = await history(org.id);
    expect(events.map((e) => e.action)).toEqual(['UPDATE', 'UPDATE', 'CREATE']);
    const creation = events[2]!;
    const body = await t.gql(
      RESTORE,
      { id: org.id, event: creation.id, v: org.version },
      coordinator.headers,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.restoreVersion.fields.sort()).toEqual(
      ['descriptionNl', 'name', 'website'].sort(),
    );
    // The values are those of that version: the first name, the first text, no website.
    expect(await stored(org.id)).toMatchObject({
      name: org.name,
      description: FIRST_TEXT,
      website: null,
      version: 4,
    });
    const [revert] = await history(org.id);
    expect(revert!.action).toBe('REVERT');
    const fields = Object.fromEntries(revert!.changes.map((c) => [c.field, c]));
    expect(JSON.parse(fields.restoredEvent!.to!)).toBe(creation.id);
    expect(fields.restoredVersionOf!.to).not.toBeNull();
    expect(JSON.parse(fields.descriptionNl!.from!)).toBe(SECOND_TEXT);
    expect(JSON.parse(fields.descriptionNl!.to!)).toBe(FIRST_TEXT);
  });

  test('restoring the version after the first edit keeps that edit and undoes the later one', async () => {
    const org = await editedOrganisation();
    const [, firstEdit] = await history(org.id);
    const body = await t.gql(
      RESTORE,
      { id: org.id, event: firstEdit!.id, v: org.version },
      admin.headers,
    );
    expect(body.errors).toBeUndefined();
    expect(await stored(org.id)).toMatchObject({
      name: org.name,
      description: SECOND_TEXT,
      website: null,
    });
  });

  test('a stale expected version is a CONFLICT and changes nothing', async () => {
    const org = await editedOrganisation();
    const events = await history(org.id);
    const before = await stored(org.id);
    const body = await t.gql(
      RESTORE,
      { id: org.id, event: events[2]!.id, v: 2 },
      coordinator.headers,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(body.errors?.[0]?.extensions?.current).toMatchObject({ version: 3 });
    expect(await stored(org.id)).toEqual(before);
  });

  test('staff, anonymous callers and coordinators outside the scope are refused, nothing changes', async () => {
    const org = await editedOrganisation();
    const events = await history(org.id);
    const before = await stored(org.id);
    const variables = { id: org.id, event: events[2]!.id, v: org.version };
    const asStaff = await t.gql(RESTORE, variables, staff.headers);
    expect(asStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(RESTORE, variables, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const outside = await t.gql(RESTORE, variables, outOfScope.headers);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored(org.id)).toEqual(before);
  });

  test('an archived organisation, an unknown event and the current version are refused in words', async () => {
    const org = await editedOrganisation();
    const events = await history(org.id);
    const same = await t.gql(
      RESTORE,
      { id: org.id, event: events[0]!.id, v: org.version },
      { ...admin.headers, 'accept-language': 'fr' },
    );
    expect(same.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(same.errors)).toContain("il n'y a rien à rétablir");
    const unknown = await t.gql(
      RESTORE,
      { id: org.id, event: 'no-such-event', v: org.version },
      admin.headers,
    );
    expect(JSON.stringify(unknown.errors)).toContain('Deze versie staat niet (meer)');
    const archived = await t.gql(
      'mutation($id: ID!, $v: Int!) { archiveOrganisation(id: $id, version: $v) { version } }',
      { id: org.id, v: org.version },
      admin.headers,
    );
    expect(archived.errors).toBeUndefined();
    const before = await stored(org.id);
    const body = await t.gql(
      RESTORE,
      { id: org.id, event: events[2]!.id, v: org.version + 1 },
      { ...admin.headers, 'accept-language': 'en' },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body.errors)).toContain('This record is archived');
    expect(await stored(org.id)).toEqual(before);
  });
});

test('the values after an event: the old value of each field a later event changed', () => {
  const history = [
    { id: 'e3', changes: JSON.stringify([{ field: 'name', from: 'B', to: 'C' }]) },
    {
      id: 'e2',
      changes: JSON.stringify([
        { field: 'name', from: 'A', to: 'B' },
        { field: 'coverage', from: [], to: ['x'] },
      ]),
    },
    { id: 'e1', changes: JSON.stringify([{ field: 'website', from: null, to: 'https://a' }]) },
  ];
  expect(valuesAfter(history, 'e1', ['name', 'website'])).toEqual({ name: 'A' });
  expect(valuesAfter(history, 'e2', ['name', 'website'])).toEqual({ name: 'B' });
  expect(valuesAfter(history, 'e3', ['name'])).toEqual({});
  expect(valuesAfter(history, 'e9', ['name'])).toBeNull();
});
