import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentText, graphql } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const WHO = graphql(`query($input: WhoToCallInput!) { whoToCall(input: $input) {
  barriers { code } region { name } personsHidden
  entries { rank scope roles organisation { id name country } coveragePath { name type } via { name }
    contacts { priority stale contact { __typename id ... on ContactPoint { name phone email } ... on Person { name phone } } }
    sharing { recorded ownOrganisation agreements { id legalBases { code name } } } } } }`);
/** The same request, for inputs the schema's types would not allow. */
const WHO_TEXT = documentText(WHO);

let t: TestApp;
let staff: TestUser;
let genk: string;
let tilburg: string;

beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  const { records } = await t.db.driver.executeQuery(
    `MATCH (g:Region {type: 'MUNICIPALITY', nameNl: 'Genk'}), (t:Region {type: 'MUNICIPALITY', nameNl: 'Tilburg'})
     RETURN g.id AS genk, t.id AS tilburg`,
  );
  genk = records[0]?.get('genk');
  tilburg = records[0]?.get('tilburg');
});
afterAll(async () => {
  await removeTestUsers(t);
  await t.close();
});

const SCOPE_ORDER = ['LOCAL', 'REGIONAL', 'NATIONAL', 'CROSS_BORDER'];

describe('whoToCall', () => {
  test('for housing in Genk: local partners first, then regional, national and across the border', async () => {
    const body = await t.gql(WHO, { input: { barrier: 'HOUSING', region: genk } }, staff.headers);
    expect(body.errors).toBeUndefined();
    const answer = body.data!.whoToCall;
    expect(answer.region?.name).toBe('Genk');
    const entries = answer.entries;
    expect(entries.length).toBeGreaterThan(3);
    expect(entries[0]?.organisation.name).toBe('Stad Genk');
    expect(entries[0]?.scope).toBe('LOCAL');
    const ranks = entries.map((e) => SCOPE_ORDER.indexOf(e.scope));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(entries.map((e) => e.scope))).toContain('NATIONAL');
    // Why it is listed: the coverage path starts at Genk and climbs to what the partner covers.
    for (const e of entries.filter((x) => x.scope !== 'CROSS_BORDER')) {
      expect(e.coveragePath[0]?.name).toBe('Genk');
    }
    const national = entries.find((e) => e.scope === 'NATIONAL');
    expect(national?.coveragePath.at(-1)?.type).toBe('COUNTRY');
    // Dutch partners only appear as counterparts across the border.
    for (const e of entries.filter((x) => x.organisation.country === 'NL')) {
      expect(e.scope).toBe('CROSS_BORDER');
      expect(e.via).not.toBeNull();
    }
    expect(entries.map((e) => e.rank)).toEqual(entries.map((_, i) => i + 1));
  });

  test('primary contacts come before backups, and every contact can be called or mailed', async () => {
    const body = await t.gql(WHO, { input: { barrier: 'HOUSING', region: genk } }, staff.headers);
    const entries = body.data!.whoToCall.entries;
    const withContacts = entries.filter((e) => e.contacts.length > 1);
    expect(withContacts.length).toBeGreaterThan(0);
    for (const e of entries) {
      const priorities = e.contacts.map((c) => c.priority);
      expect(priorities).toEqual(
        [...priorities].sort((a, b) => (a === b ? 0 : a === 'PRIMARY' ? -1 : 1)),
      );
    }
    const genkEntry = entries[0]!;
    expect(genkEntry.contacts[0]?.priority).toBe('PRIMARY');
    expect(genkEntry.contacts.some((c) => c.priority === 'BACKUP')).toBe(true);
  });

  test('shows the legal basis for sharing with a partner, and says plainly when none is recorded', async () => {
    const body = await t.gql(WHO, { input: { barrier: 'HOUSING', region: genk } }, staff.headers);
    const entries = body.data!.whoToCall.entries;
    const own = entries.find((e) => e.organisation.id === 'org-stad-genk');
    expect(own?.sharing?.ownOrganisation).toBe(true);
    const recorded = entries.filter((e) => e.sharing?.recorded);
    expect(recorded.length).toBeGreaterThan(0);
    for (const e of recorded) {
      expect(e.sharing!.agreements.length).toBeGreaterThan(0);
      expect(e.sharing!.agreements[0]!.legalBases.length).toBeGreaterThan(0);
    }
    const none = entries.filter(
      (e) => e.sharing && !e.sharing.recorded && !e.sharing.ownOrganisation,
    );
    expect(none.length).toBeGreaterThan(0);
    for (const e of none) expect(e.sharing!.agreements).toEqual([]);
  });

  test('anonymous callers get functional contact points only, and are told persons are hidden', async () => {
    const body = await t.gql(WHO, { input: { barrier: 'HOUSING', region: genk } });
    const answer = body.data!.whoToCall;
    expect(answer.personsHidden).toBe(true);
    const types = new Set(
      answer.entries.flatMap((e) => e.contacts.map((c) => c.contact.__typename)),
    );
    expect([...types]).toEqual(['ContactPoint']);
    expect(answer.entries.every((e) => e.sharing === null)).toBe(true);
  });

  test('an indicator narrows the answer to its barrier', async () => {
    const { records } = await t.db.driver.executeQuery(
      `MATCH (i:Indicator)-[:SIGNALS]->(b:Barrier) WITH i, collect(b.code) AS codes WHERE size(codes) = 1
       RETURN i.id AS id, codes[0] AS code LIMIT 1`,
    );
    const indicator = records[0]?.get('id');
    const code = records[0]?.get('code');
    const body = await t.gql(WHO, { input: { indicator, region: tilburg } }, staff.headers);
    expect(body.data!.whoToCall.barriers).toEqual([{ code }]);
    expect(body.data!.whoToCall.entries.length).toBeGreaterThan(0);
    expect(body.data!.whoToCall.entries[0]?.scope).toBe('LOCAL');
  });

  test('marks contacts not verified for a year (or more) as stale', async () => {
    const body = await t.gql(WHO, { input: { barrier: 'WORK' } }, staff.headers);
    const contacts = body.data!.whoToCall.entries.flatMap((e) => e.contacts);
    const { records } = await t.db.driver.executeQuery(
      `MATCH (c) WHERE c.id IN $ids AND c.lastVerifiedAt <= date() - duration({months: 12}) RETURN collect(c.id) AS ids`,
      { ids: contacts.map((c) => c.contact.id) },
    );
    const stale = new Set<string>(records[0]?.get('ids'));
    expect(stale.size).toBeGreaterThan(0);
    for (const c of contacts) expect(c.stale).toBe(stale.has(c.contact.id));
  });

  test('without a place: national partners first, then regional and local, none twice', async () => {
    const body = await t.gql(WHO, { input: { barrier: 'HOUSING', limit: 40 } });
    expect(body.errors).toBeUndefined();
    const { region, entries } = body.data!.whoToCall;
    expect(region).toBeNull();
    expect(entries.length).toBeGreaterThan(3);
    expect(entries[0]?.scope).toBe('NATIONAL');
    const order = ['NATIONAL', 'REGIONAL', 'LOCAL'];
    const ranks = entries.map((e) => order.indexOf(e.scope));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const ids = entries.map((e) => e.organisation.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Both countries' national partners are there.
    const countries = new Set(
      entries.filter((e) => e.scope === 'NATIONAL').map((e) => e.organisation.country),
    );
    expect(countries).toEqual(new Set(['BE', 'NL']));
  });

  test('clear errors for an unknown barrier, region or no barrier at all', async () => {
    const none = await t.gql(WHO_TEXT, { input: {} });
    expect(none.errors?.[0]?.message).toBe('Give a barrier or an indicator');
    const barrier = await t.gql(WHO_TEXT, { input: { barrier: 'NOPE' } });
    expect(barrier.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const region = await t.gql(WHO_TEXT, {
      input: { barrier: 'HOUSING', region: 'region-nowhere' },
    });
    expect(region.errors?.[0]?.message).toBe('No region with id region-nowhere');
  });
});
