import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { createDriver } from '../../server/src/db/database';
import { migrate } from '../../server/src/db/migrate';
import { seed } from '../../server/src/db/seed';

const driver = createDriver({ uri: inject('neo4jUri'), username: 'neo4j', password: undefined });
afterAll(() => driver.close());

async function counts() {
  const graph = await driver.executeQuery(
    `CALL { MATCH (n) RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
  );
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name RETURN count(name) AS n',
  );
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN count(name) AS n');
  const r = graph.records[0]!;
  return {
    nodes: r.get('nodes').toNumber(),
    relationships: r.get('relationships').toNumber(),
    constraints: constraints.records[0]!.get('n').toNumber(),
    indexes: indexes.records[0]!.get('n').toNumber(),
  };
}

let before: Awaited<ReturnType<typeof counts>>;
beforeAll(async () => {
  before = await counts();
});

test('the seed meets the minimum size of the demo network', async () => {
  const { records } = await driver.executeQuery(
    `RETURN COUNT { (:Barrier) } AS barriers, COUNT { (:Indicator) } AS indicators,
            COUNT { (:Organisation) } AS organisations,
            COUNT { (c) WHERE (c:ContactPoint OR c:Person) AND (c)-[:CONTACT_FOR]->() } AS contacts,
            COUNT { (:Measure) } AS measures, COUNT { (:SharingAgreement) } AS agreements,
            COUNT { (a:SharingAgreement {crossBorder: true}) } AS crossBorder`,
  );
  const r = records[0]!.toObject() as Record<string, { toNumber(): number }>;
  expect(r.barriers!.toNumber()).toBe(6);
  expect(r.indicators!.toNumber()).toBeGreaterThanOrEqual(30);
  expect(r.organisations!.toNumber()).toBeGreaterThanOrEqual(40);
  expect(r.contacts!.toNumber()).toBeGreaterThanOrEqual(80);
  expect(r.measures!.toNumber()).toBeGreaterThanOrEqual(10);
  expect(r.agreements!.toNumber()).toBeGreaterThanOrEqual(15);
  expect(r.crossBorder!.toNumber()).toBeGreaterThanOrEqual(1);
});

test('every municipality in force reaches its country through PART_OF', async () => {
  // Former municipalities (merged, `validTo` set) hang off their successor by REPLACED_BY instead.
  const { records } = await driver.executeQuery(
    `MATCH (m:Region {type: 'MUNICIPALITY'})
     WHERE m.validTo IS NULL AND NOT EXISTS { (m)-[:PART_OF*1..4]->(:Region {type: 'COUNTRY', country: m.country}) }
     RETURN collect(m.id) AS orphans`,
  );
  expect(records[0]!.get('orphans')).toEqual([]);
});

test('running migrations again applies nothing and changes nothing', async () => {
  const result = await migrate(driver, 'neo4j');
  expect(result.applied).toEqual([]);
  expect(result.skipped.length).toBeGreaterThanOrEqual(3);
  expect(await counts()).toEqual(before);
});

test('running the seed again leaves the same nodes and relationships', async () => {
  await seed(driver, 'neo4j');
  expect(await counts()).toEqual(before);
}, 300_000);
