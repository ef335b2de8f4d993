/**
 * Pickers that understand staff's words: the signal picker finds car-wash signals for the words
 * staff use, the municipality picker tolerates a typo and old names, and coordinators keep the
 * synonyms as data (validated, audited, coordinators only).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const SIGNALS = graphql(`query($q: String!, $first: Int) { searchSignals(query: $q, first: $first) {
  matches { id name sectors { code } } nearest { id name } } }`);
const PLACES = graphql(`query($q: String!) { searchPlaces(query: $q) {
  matches { formerName region { id name country type } } nearest { region { id name } } } }`);
const SET = graphql(`mutation($id: ID!, $version: Int!, $synonyms: SynonymsInput!) {
  setSynonyms(id: $id, version: $version, synonyms: $synonyms) {
    __typename ... on Sector { id version nl: synonyms(lang: NL) fr: synonyms(lang: FR) } } }`);
const AUDIT = graphql(`query($id: ID!) { auditLog(entityId: $id, first: 1) {
  events { action userEmail changes { field to } } } }`);

let t: TestApp;
let staff: TestUser;
let coordinator: TestUser;
let admin: TestUser;
let carWashSignals: Set<string>;

beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF');
  coordinator = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-mun-genk'] });
  admin = await createUser(t, 'ADMIN');
  const { records } = await t.db.driver.executeQuery(
    `MATCH (i:Indicator)-[:SEEN_IN]->(:Sector {code: 'CAR_WASH'}) RETURN collect(i.id) AS ids`,
  );
  carWashSignals = new Set(records[0]?.get('ids') as string[]);
});
afterAll(async () => {
  await removeTestUsers(t);
  await t.close();
});

async function signals(q: string, headers: Record<string, string> = {}) {
  const body = await t.gql(SIGNALS, { q, first: 12 }, headers);
  expect(body.errors).toBeUndefined();
  return body.data!.searchSignals;
}

async function places(q: string) {
  const body = await t.gql(PLACES, { q });
  expect(body.errors).toBeUndefined();
  return body.data!.searchPlaces;
}

describe('the signal picker', () => {
  test.each([
    'carwash',
    'car wash',
    'car-wash',
    'wasstraat',
    'Wasstraat',
    'autowasserette',
    'lavage auto',
    'hand car wash',
  ])('finds the car-wash signals for "%s", before anything else', async (q) => {
    const { matches } = await signals(q);
    const isCarWash = matches.map((hit) => carWashSignals.has(hit.id));
    expect(isCarWash.filter(Boolean).length).toBeGreaterThan(2);
    // The sector's signals come first: a word within one typo elsewhere ("wash" and "cash")
    // may follow, never precede them.
    const firstOther = isCarWash.indexOf(false);
    if (firstOther >= 0) expect(isCarWash.slice(firstOther)).not.toContain(true);
  });

  test('a sector word finds its signals in every language the staff member types', async () => {
    const nl = await signals('nagelstudio');
    const fr = await signals('onglerie');
    const en = await signals('nail bar');
    expect(nl.matches.length).toBeGreaterThan(0);
    expect(fr.matches.map((s) => s.id).sort()).toEqual(nl.matches.map((s) => s.id).sort());
    expect(en.matches.map((s) => s.id).sort()).toEqual(nl.matches.map((s) => s.id).sort());
  });

  test('document words find the identity signals; form words find the signals of that form', async () => {
    const passport = await signals('paspoort');
    expect(passport.matches.map((s) => s.id)).toContain('ind-id-documents-held-by-other');
    const loverboy = await signals('loverboy');
    expect(loverboy.matches.map((s) => s.id)).toContain('ind-rec-minors-approached');
    const begging = await signals('bedelaars');
    expect(begging.matches[0]?.id).toBe('ind-work-organised-begging');
  });

  test('one typo and accents do not matter; every word must match', async () => {
    const typo = await signals('wasstraaat');
    expect(typo.matches.length).toBeGreaterThan(0);
    const accents = await signals('precaire huisvesting overbewoning');
    const both = await signals('overbewoning matrassen');
    expect(both.matches.map((s) => s.id)).toEqual(['ind-hou-overcrowding']);
    expect(accents.nearest.length + accents.matches.length).toBeGreaterThan(0);
  });

  test('when nothing matches, it says so and offers the nearest signals', async () => {
    const found = await signals('overbewoning qqxyzzy');
    expect(found.matches).toEqual([]);
    expect(found.nearest.map((s) => s.id)).toContain('ind-hou-overcrowding');
    const nothing = await signals('qqxyzzy');
    expect(nothing).toEqual({ matches: [], nearest: [] });
  });
});

describe('the municipality picker', () => {
  test('finds Tilburg for "Tilbrug" (two letters swapped), first', async () => {
    const { matches } = await places('Tilbrug');
    expect(matches[0]?.region.name).toBe('Tilburg');
    expect(matches[0]?.region.type).toBe('MUNICIPALITY');
  });

  test('prefixes, accents, French names and everyday names', async () => {
    expect((await places('Tilb')).matches[0]?.region.name).toBe('Tilburg');
    expect((await places('Anvers')).matches[0]?.region.name).toBe('Antwerpen');
    expect((await places('Den Bosch')).matches[0]?.region.name).toBe("'s-Hertogenbosch");
    expect((await places("'s-Hertogenbosch")).matches[0]?.region.name).toBe("'s-Hertogenbosch");
    expect((await places('Breda')).matches[0]?.region.name).toBe('Breda');
  });

  test('a former municipality finds the one that took its place, saying so', async () => {
    const { matches } = await places('Borsbeek');
    expect(matches[0]?.region.name).toBe('Antwerpen');
    expect(matches[0]?.formerName).toBe('Borsbeek');
    // Found by its own name, a municipality is not "formerly" anything.
    expect((await places('Antwerpen')).matches[0]?.formerName).toBeNull();
  });

  test('when nothing matches, it offers the nearest names', async () => {
    const found = await places('Tillburgg');
    expect(found.matches).toEqual([]);
    expect(found.nearest.map((p) => p.region.name)).toContain('Tilburg');
  });

  test('refuses a query over 200 characters with a clear error', async () => {
    const body = await t.gql(PLACES, { q: 'x'.repeat(201) });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('setSynonyms', () => {
  async function sector(id: string) {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (s:Sector {id: $id}) RETURN s.version AS version, s.synonymsNl AS nl, s.synonymsFr AS fr',
      { id },
    );
    const r = records[0]!;
    return {
      version: Number(r.get('version')),
      nl: r.get('nl') as string[],
      fr: r.get('fr') as string[],
    };
  }

  test('a coordinator adds a word: the signal picker finds the sector’s signals by it, and the change is audited', async () => {
    const before = await sector('sector-car-wash');
    expect((await signals('poetsploeg')).matches).toEqual([]);
    const body = await t.gql(
      SET,
      {
        id: 'sector-car-wash',
        version: before.version,
        synonyms: { nl: [...before.nl, '  poetsploeg '] },
      },
      coordinator.headers,
    );
    expect(body.errors).toBeUndefined();
    const changed = body.data!.setSynonyms;
    if (changed.__typename !== 'Sector')
      throw new Error(`expected a sector, got ${changed.__typename}`);
    expect(changed.version).toBe(before.version + 1);
    expect(changed.nl.at(-1)).toBe('poetsploeg');
    expect(changed.fr).toEqual(before.fr); // a language left out keeps its words
    try {
      const found = await signals('poetsploeg');
      expect(found.matches.length).toBe(carWashSignals.size);
      const log = await t.gql(AUDIT, { id: 'sector-car-wash' }, admin.headers);
      const event = log.data!.auditLog.events[0]!;
      expect(event.action).toBe('UPDATE');
      expect(event.userEmail).toBe(coordinator.email);
      expect(event.changes.map((c) => c.field)).toEqual(['synonymsNl']);
    } finally {
      const restore = await t.gql(
        SET,
        { id: 'sector-car-wash', version: before.version + 1, synonyms: { nl: before.nl } },
        coordinator.headers,
      );
      expect(restore.errors).toBeUndefined();
    }
    expect((await signals('poetsploeg')).matches).toEqual([]);
  });

  test('refuses empty, too long and repeated words with a message per word, in the user’s language, and changes nothing', async () => {
    const before = await sector('sector-night-shop');
    const input = {
      id: 'sector-night-shop',
      version: before.version,
      synonyms: {
        nl: ['   ', 'x'.repeat(61), 'Nachtwinkel', 'nachtwinkel'],
        fr: ['épicerie', 'Epicerie'],
      },
    };
    const nl = await t.gql(SET, input, coordinator.headers);
    expect(nl.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = nl.errors?.[0]?.extensions?.fieldErrors as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toEqual([
      'synonyms.nl.0',
      'synonyms.nl.1',
      'synonyms.nl.3',
      'synonyms.fr.1',
    ]);
    expect(fields[0]?.message).toBe('Leeg woord: vul het in of haal de regel weg');
    expect(fields[1]?.message).toBe('Hoogstens 60 tekens');
    expect(fields[2]?.message).toBe('Deze waarde staat er al');
    const fr = await t.gql(SET, input, { ...coordinator.headers, 'accept-language': 'fr' });
    const frFields = fr.errors?.[0]?.extensions?.fieldErrors as { message: string }[];
    expect(frFields[0]?.message).toBe('Mot vide : complétez-le ou supprimez la ligne');
    expect(await sector('sector-night-shop')).toEqual(before);
  });

  test('only coordinators and administrators may change synonyms; a stale version is a conflict', async () => {
    const before = await sector('sector-betting');
    const input = { id: 'sector-betting', version: before.version, synonyms: { nl: ['gokken'] } };
    const anonymous = await t.gql(SET, input);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asStaff = await t.gql(SET, input, staff.headers);
    expect(asStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stale = await t.gql(SET, { ...input, version: before.version - 1 }, admin.headers);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await sector('sector-betting')).toEqual(before);
  });

  test('an unknown id or a barrier is not a vocabulary term', async () => {
    const body = await t.gql(
      SET,
      { id: 'barrier-work', version: 1, synonyms: { nl: ['werk'] } },
      admin.headers,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
