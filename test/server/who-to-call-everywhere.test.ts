/**
 * whoToCall for municipalities outside the demo cities (the reference geography): the partners
 * of its province or region and of its country, nearest first, and the barriers nobody local
 * covers stated as such.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const WHO = graphql(`query($input: WhoToCallInput!) { whoToCall(input: $input) {
  region { name } localGaps { code }
  entries { rank scope organisation { id country } coveragePath { id type } } } }`);

const SIGNALS = graphql(`query { indicators { id barriers { code } } }`);
const CREATE = graphql(`mutation($input: OrganisationInput!) {
  createOrganisation(input: $input) { id version } }`);
const ROLES = graphql(`mutation($id: ID!, $roles: [BarrierRoleInput!]!, $version: Int!) {
  setOrganisationRoles(id: $id, roles: $roles, version: $version) { id } }`);

const SCOPE_ORDER = ['LOCAL', 'REGIONAL', 'NATIONAL', 'CROSS_BORDER'];

let t: TestApp;
let admin: TestUser;
/** What this file creates, removed afterwards. */
const createdIds: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t, 'ADMIN');
});
afterAll(async () => {
  await t.db.driver.executeQuery(
    `MATCH (n:Entity) WHERE n.id IN $ids
     OPTIONAL MATCH (e:AuditEvent) WHERE e.entityId = n.id
     DETACH DELETE e, n`,
    { ids: createdIds },
  );
  await removeTestUsers(t);
  await t.close();
});

async function who(barrier: string, region: string) {
  const body = await t.gql(WHO, { input: { barrier, region, limit: 100 } });
  expect(body.errors).toBeUndefined();
  return body.data!.whoToCall;
}

describe('whoToCall outside the demo cities', () => {
  test('Bilzen-Hoeselt (BE, Limburg): the ARIEC of its province, then the national partners; housing has no local partner and says so', async () => {
    const answer = await who('HOUSING', 'region-be-nis-73110');
    expect(answer.region?.name).toBe('Bilzen-Hoeselt');
    const entries = answer.entries;
    expect(entries.some((e) => e.scope === 'LOCAL')).toBe(false);
    expect(answer.localGaps.map((b) => b.code)).toEqual(['HOUSING']);
    // Nearest first: the province's partner before the country's.
    const ranks = entries.map((e) => SCOPE_ORDER.indexOf(e.scope));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(entries[0]).toMatchObject({
      scope: 'REGIONAL',
      organisation: { id: 'org-ariec-limburg' },
    });
    expect(entries[0]?.coveragePath.map((r) => r.id)).toEqual([
      'region-be-nis-73110',
      'region-prov-limburg-be',
    ]);
    const national = entries.filter((e) => e.scope === 'NATIONAL');
    expect(national.length).toBeGreaterThan(2);
    for (const e of national) {
      expect(e.organisation.country).toBe('BE');
      expect(e.coveragePath.at(-1)).toEqual({ id: 'region-be', type: 'COUNTRY' });
    }
  });

  test('Sittard-Geleen (NL, Limburg): the national partners of the Netherlands, and no local partner stated', async () => {
    const answer = await who('WORK', 'region-nl-gm-1883');
    expect(answer.region?.name).toBe('Sittard-Geleen');
    expect(answer.localGaps.map((b) => b.code)).toEqual(['WORK']);
    const entries = answer.entries;
    expect(entries.some((e) => e.scope === 'LOCAL')).toBe(false);
    const ranks = entries.map((e) => SCOPE_ORDER.indexOf(e.scope));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const national = entries.filter((e) => e.scope === 'NATIONAL');
    expect(national.length).toBeGreaterThan(2);
    for (const e of national) {
      expect(e.organisation.country).toBe('NL');
      // Why: from the municipality through its province (or safety region) to the country.
      expect(e.coveragePath[0]?.id).toBe('region-nl-gm-1883');
      expect(e.coveragePath.at(-1)).toEqual({ id: 'region-nl', type: 'COUNTRY' });
    }
  });

  test('Genk, a demo city: the town itself covers housing, so no gap is stated', async () => {
    const { records } = await t.db.driver.executeQuery(
      `MATCH (g:Region {type: 'MUNICIPALITY', nameNl: 'Genk'}) RETURN g.id AS id`,
    );
    const answer = await who('HOUSING', records[0]!.get('id') as string);
    expect(answer.entries[0]?.scope).toBe('LOCAL');
    expect(answer.localGaps).toEqual([]);
  });

  test('a signal at several barriers: the gaps are the barriers that, asked alone, have no local partner', async () => {
    const lists = await t.gql(SIGNALS, {});
    expect(lists.errors).toBeUndefined();
    const signal = lists.data!.indicators.find((i) => i.barriers.length > 1);
    expect(signal).toBeDefined();
    const [covered, ...uncovered] = signal!.barriers.map((b) => b.code);
    // A municipality no partner covers itself, then a local partner there for one barrier only.
    const { records } = await t.db.driver.executeQuery(
      `MATCH (m:Region {type: 'MUNICIPALITY', country: 'BE'})
       WHERE NOT EXISTS { (m)<-[:COVERS]-(:Organisation) }
         AND NOT EXISTS { (m)-[:REPLACED_BY]->() }
       RETURN m.id AS id ORDER BY m.id LIMIT 1`,
    );
    const place = records[0]!.get('id') as string;
    const before = await t.gql(WHO, { input: { indicator: signal!.id, region: place } });
    expect(before.errors).toBeUndefined();
    expect(before.data!.whoToCall.localGaps.map((b) => b.code).sort()).toEqual(
      [covered!, ...uncovered].sort(),
    );

    const created = await t.gql(
      CREATE,
      {
        input: {
          name: `ZZ Lokale partner ${Date.now()}`,
          type: 'SOCIAL_SERVICE',
          country: 'BE',
          coverage: [place],
        },
      },
      admin.headers,
    );
    expect(created.errors).toBeUndefined();
    const org = created.data!.createOrganisation;
    createdIds.push(org.id);
    const roles = await t.gql(
      ROLES,
      {
        id: org.id,
        roles: [{ barrier: covered!, role: 'SIGNAL' }],
        version: org.version,
      },
      admin.headers,
    );
    expect(roles.errors).toBeUndefined();

    const after = await t.gql(WHO, { input: { indicator: signal!.id, region: place } });
    expect(after.errors).toBeUndefined();
    const gaps = after.data!.whoToCall.localGaps.map((b) => b.code);
    expect(gaps.sort()).toEqual([...uncovered].sort());
    // The same as asking each barrier alone.
    for (const code of [covered!, ...uncovered]) {
      const alone = await who(code, place);
      expect(
        alone.entries.some((e) => e.scope === 'LOCAL'),
        code,
      ).toBe(!gaps.includes(code));
    }
  });
});
