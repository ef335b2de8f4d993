/**
 * The backstops behind the query cost: a query over its time budget is stopped, its Neo4j
 * transaction included, and answered with REQUEST_TIMEOUT (never a hang, never an internal
 * error); an answer over the size cap is RESPONSE_TOO_LARGE.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { CypherLibrary } from '../../server/src/db/cypher';
import { createDriver, Database } from '../../server/src/db/database';
import { Deadline, deadlines } from '../../server/src/db/deadline';
import type { CypherQuery, NoParams, QueryName } from '../../server/src/db/query';
import { NetworkFault } from '../reliability/support/proxy';
import { createTestApp, type TestApp } from '../support/app';

const BARRIERS = graphql('{ barriers { code } }');
const EXPORT_CSV = graphql('{ exportCsv(entity: ORGANISATIONS) }');

// Counts to a few billion: minutes of work for Neo4j, unless something stops it.
const ENDLESS = 'UNWIND range(1, 4000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function running(db: Database, marker: string): Promise<number> {
  const { records } = await db.driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n',
    { marker },
  );
  return Number(records[0]?.get('n'));
}

test('a database read that outlives the budget is stopped in Neo4j too, with REQUEST_TIMEOUT', async () => {
  const driver = createDriver({ uri: inject('neo4jUri'), username: 'neo4j', password: undefined });
  const queries = new Map([
    ['test/endless', ENDLESS],
    ['test/one', 'RETURN 1 AS n'],
  ]);
  // Handles to this test's own query library, whose names are no files under cypher/queries.
  const endless: CypherQuery<NoParams, { n: number }> = { name: 'test/endless' as QueryName };
  const one: CypherQuery<NoParams, { n: number }> = { name: 'test/one' as QueryName };
  const db = new Database(driver, 'neo4j', new CypherLibrary(queries));
  try {
    const deadline = new Deadline();
    deadline.arm(1_000);
    const started = Date.now();
    const outcome = await deadlines
      .run(deadline, () => db.read(endless))
      .then(
        () => 'answered',
        (error: { extensions?: { code?: string } }) => error.extensions?.code ?? String(error),
      );
    deadline.dispose();
    expect(outcome).toBe('REQUEST_TIMEOUT');
    console.log(`endless read stopped after ${Date.now() - started} ms (budget 1,000 ms)`);
    // Closing the session made Neo4j terminate the transaction: nothing left running.
    await expect.poll(() => running(db, 'x % 7 = 3'), { timeout: 30_000 }).toBe(0);
    // The next request, and one outside any budget, are answered as before.
    const next = new Deadline();
    next.arm(60_000);
    expect(await deadlines.run(next, () => db.read(one))).toEqual([{ n: 1 }]);
    next.dispose();
    expect(await db.read(one)).toEqual([{ n: 1 }]);
  } finally {
    await driver.close();
  }
}, 300_000);

test('a query over its budget on a database that stopped answering gets REQUEST_TIMEOUT, not a hang', async () => {
  const proxy = await NetworkFault.start(inject('neo4jUri'));
  const slow = await createTestApp(proxy.uri, { limits: { queryTimeoutMs: 1_500 } });
  try {
    const warm = await slow.gql('{ barriers { code } }');
    expect(warm.errors).toBeUndefined();
    proxy.freeze();
    const response = await slow.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ barriers { code roles { role } } }' }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(response.status).toBeLessThan(500);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['REQUEST_TIMEOUT']);
  } finally {
    await proxy.restore();
    await slow.close();
    await proxy.stop();
  }
}, 300_000);

test('an answer larger than the cap is RESPONSE_TOO_LARGE; a smaller one and the exports pass', async () => {
  const small = await createTestApp(undefined, { limits: { maxResponseBytes: 4_096 } });
  try {
    const large = await small.gql('{ indicators { id name description barriers { code } } }');
    expect(large.data ?? null).toBeNull();
    expect(large.errors?.map((e) => e.extensions?.code)).toEqual(['RESPONSE_TOO_LARGE']);
    expect(large.errors?.[0]?.message).toMatch(/larger than/);

    const fine = await small.gql(BARRIERS);
    expect(fine.data?.barriers.length).toBeGreaterThan(3);
    // A whole-directory file is as large as the directory: not capped.
    const csv = await small.gql(EXPORT_CSV);
    expect(csv.errors).toBeUndefined();
    expect(csv.data?.exportCsv.length).toBeGreaterThan(4_096);
  } finally {
    await small.close();
  }
});
