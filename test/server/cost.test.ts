import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { createTestApp, type TestApp } from '../support/app';
import { networkCycle, REPORTED_QUERY } from '../support/nested-lists';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const BARRIER = graphql('{ barrier(code: "WORK") { code } }');

let t: TestApp;
let staff: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
});
afterAll(async () => {
  await removeTestUsers(t);
  await t.close();
});

/**
 * Database round-trips one request costs (the viewer lookup of a signed-in request included).
 * A page may need a query more or less than another, depending on which relationships its rows
 * happen to have; an N+1 would add a query per extra row. So a larger page may run at most
 * SLACK kinds of query more than a smaller one, far less than the rows it adds.
 */
const SLACK = 2;

async function roundTrips(query: string, variables: Record<string, unknown> = {}) {
  // A signed-in request records the session's last use at most once a minute; on a slow run that
  // write lands in whichever request comes a minute later. Let it land here, not in the count.
  await t.gql('{ __typename }', {}, staff.headers);
  const before = t.db.roundTrips;
  const body = await t.gql(query, variables, staff.headers);
  expect(body.errors).toBeUndefined();
  return t.db.roundTrips - before;
}

/** The round-trips of one request per named query (the viewer lookup included). */
async function runsPerQuery(query: string, variables: Record<string, unknown> = {}) {
  await t.gql('{ __typename }', {}, staff.headers);
  const before = new Map(t.db.runsByName);
  const body = await t.gql(query, variables, staff.headers);
  expect(body.errors).toBeUndefined();
  const runs = new Map<string, number>();
  for (const [name, count] of t.db.runsByName) {
    const added = count - (before.get(name) ?? 0);
    if (added > 0) runs.set(name, added);
  }
  return runs;
}

/**
 * Runs `query` with a small and a large page and checks that the large one runs no query once
 * per row: it may reach up to SLACK kinds of relationship the small page has no row of, and runs
 * each named query at most once per level it appears at, which batch timing may split in two.
 * Returns the large page's runs per query.
 */
async function expectNoQueryPerRow(
  query: string,
  small: Record<string, unknown>,
  large: Record<string, unknown>,
  largeQuery = query,
) {
  const some = await runsPerQuery(query, small);
  const more = await runsPerQuery(largeQuery, large);
  const added = [...more.keys()].filter((name) => !some.has(name));
  expect(added.length, added.join(', ')).toBeLessThanOrEqual(SLACK);
  for (const [name, runs] of more) expect(runs, name).toBeLessThanOrEqual(4);
  return more;
}

const LIST = `query($first: Int) { organisations(first: $first) { edges { node {
  name roles { role barrier { name } } coverage { name parents { name } } units { name contactPoints { name } }
  contactPoints { name responsibilities { barrier { code } } } people { name }
  agreements { from { name } to { name } legalBases { name } } counterparts { name } networks { name }
  measures { name legalBases { code } } } } } }`;

describe('round-trips per operation do not grow with the number of results', () => {
  // Pages large enough to reach every kind of relationship; the larger one must cost the same.
  // Pages of 15 and 30: every list of the page nested in it makes 50 rows an answer the query
  // cost refuses (a real network's organisation has more of each).
  test('organisations: 30 rows run no query more often than 15 do, none once per row', async () => {
    // How DataLoader batches split depends on when each resolver's loads are issued, which moves
    // a query or two between runs on a busy machine (seen: 13, 14 and 16 round trips). What does
    // not move is which queries run and that none runs once per row: an N+1 runs one query 15
    // times more for 15 more rows. So compare per query name, not the total.
    const more = await expectNoQueryPerRow(LIST, { first: 15 }, { first: 30 });
    expect(more.size).toBeLessThanOrEqual(18);
  });

  test('an organisation page is one query, whatever lists it shows', async () => {
    // As the page and the benchmark ask it: before, a query per list and level (eight).
    const query = `{ organisation(id: "org-stad-genk") { name roles { role barrier { name } }
      coverage { name } units { name } counterparts { name }
      contactPoints { name unit { name } responsibilities { priority barrier { code } } }
      agreements { mutual from { name } to { name } legalBases { code name } } } }`;
    // The viewer lookup of a signed-in request, and the page.
    expect(await roundTrips(query)).toBe(2);
    // Its people are personal data, loaded by their own query for signed-in users only.
    expect(await roundTrips(query.replace('units { name }', 'people { name }'))).toBe(3);
  });

  // The organisations of every measure of every barrier are left out: Measure.organisations is a
  // hub, and asking it below two other lists is refused by the query cost (the barrier page asks
  // it for one barrier).
  test('all barriers cost no more than one, with their indicators, measures and roles', async () => {
    const query = `{ barriers { name indicators { name barriers { code } exploitationForms { name } sectors { name } }
      measures { name legalBases { name } } roles { role organisation { name coverage { name } } } } }`;
    const one = query.replace('barriers {', 'barrier(code: "HOUSING") {');
    const all = await expectNoQueryPerRow(one, {}, {}, query);
    expect(all.size).toBeLessThanOrEqual(12);
  });

  test('whoToCall: 40 entries run no query once per entry', async () => {
    const query = `query($limit: Int) { whoToCall(input: {barrier: "WORK", limit: $limit}) { entries {
      organisation { name coverage { name } } coveragePath { name } via { name }
      contacts { stale contact { id email ... on Person { name } ... on ContactPoint { name } } }
      sharing { agreements { legalBases { name } } } } } }`;
    const more = await expectNoQueryPerRow(query, { limit: 10 }, { limit: 40 });
    expect(more.size).toBeLessThanOrEqual(12);
  });

  test('search: 50 hits run no query once per hit', async () => {
    const query = `query($first: Int) { search(query: "a", first: $first) { node {
      ... on Organisation { name coverage { name } } ... on ContactPoint { name organisation { name } }
      ... on Indicator { name barriers { name } } ... on Measure { name legalBases { name } } } } }`;
    const more = await expectNoQueryPerRow(query, { first: 25 }, { first: 50 });
    expect(more.size).toBeLessThanOrEqual(12);
  });
});

describe('abusive queries are refused before touching the database', () => {
  test('a query nested deeper than the limit', async () => {
    const deep = `{ organisation(id: "org-stad-genk") { ${'counterparts { '.repeat(14)}name${' }'.repeat(14)} } }`;
    const before = t.db.roundTrips;
    const body = await t.gql(deep);
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
    expect(t.db.roundTrips).toBe(before);
  });

  test('the nested lists of the security review, and every deeper variant, anonymously and signed in', async () => {
    // Rounds of networks { members } under barriers → roles → organisation, up to the depth limit.
    for (let rounds = 1; rounds <= 4; rounds++) {
      for (const headers of [{}, staff.headers]) {
        const before = t.db.roundTrips;
        const started = performance.now();
        const body = await t.gql(networkCycle(rounds), {}, headers);
        const ms = performance.now() - started;
        expect(body.data ?? null).toBeNull();
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
        expect(body.errors?.[0]?.message).toMatch(/fewer nested lists.*`first`/);
        // Signed in, the one round-trip is the viewer lookup; nothing of the query ran.
        expect(t.db.roundTrips - before).toBe(headers === staff.headers ? 1 : 0);
        if (rounds === 2) console.log(`reported query refused in ${ms.toFixed(1)} ms`);
      }
    }
    // One round further is past the depth limit, refused by graphql-armor as before.
    const deeper = await t.gql(networkCycle(5));
    expect(deeper.errors?.[0]?.message).toMatch(/depth/i);
  });

  test('the reported query, refused, leaves the server answering others', async () => {
    const refused = await t.gql(REPORTED_QUERY);
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const fine = await t.gql(BARRIER);
    expect(fine.data).toEqual({ barrier: { code: 'WORK' } });
  });

  test('hundreds of aliases', async () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: barriers { code }`).join(' ');
    const before = t.db.roundTrips;
    const body = await t.gql(`{ ${aliases} }`);
    expect(body.errors?.[0]?.message).toMatch(/aliases/i);
    expect(t.db.roundTrips).toBe(before);
  });
});
