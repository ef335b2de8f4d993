/**
 * One Neo4j per benchmark scale, in its own data folder `.data/bench-neo4j-<scale>`: generated once
 * (demo seed + the national network of network.ts), reused while scale, seed number, generator and
 * the seed/schema files are unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { type LocalNeo4j, startLocalNeo4j } from '../../neo4j/launcher';
import { CYPHER_DIR, loadCypherLibrary } from '../../server/src/db/cypher';
import { createDriver, Database } from '../../server/src/db/database';
import { migrate } from '../../server/src/db/migrate';
import { seed } from '../../server/src/db/seed';
import { SearchRepository } from '../../server/src/search/search.repository';
import { buildNetwork, type Network, networkCounts, type SeedReference } from './network';
import { freePort } from './ports';

/** Bump when the generator's output changes, so folders made by an older one are rebuilt. */
export const GENERATOR_VERSION = 3;
export const ROOT_DIR = path.resolve(CYPHER_DIR, '..');

/** 'seed' is the demo network alone; a number is a share of the national network (1 = 100%). */
export type Scale = 'seed' | number;

export interface BenchMeta {
  scale: string;
  seed: number;
  generatorVersion: number;
  inputs: string;
  generatedAt: string;
  generationSeconds: number;
  counts: { nodes: number; relationships: number; byLabel: Record<string, number> };
}

export interface BenchDatabase {
  uri: string;
  driver: Driver;
  meta: BenchMeta;
  close(): Promise<void>;
}

export function scaleLabel(scale: Scale): string {
  return scale === 'seed' ? 'seed' : String(scale);
}

export function parseScale(text: string): Scale {
  if (text === 'seed' || text === '0') return 'seed';
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > 1) {
    throw new Error(`scale must be "seed" or a fraction in (0, 1], got ${text}`);
  }
  return n;
}

export function dataDirFor(scale: Scale): string {
  return path.join(ROOT_DIR, '.data', `bench-neo4j-${scaleLabel(scale)}`);
}

/** Memory for a benchmark Neo4j: enough page cache to hold the 100% store. */
const NEO4J_MEMORY = {
  heap: process.env.BENCH_NEO4J_HEAP ?? '2g',
  pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
};

/** Starts the Neo4j of a scale, generating its data first when the folder is missing or stale. */
export async function openBenchDatabase(
  scale: Scale,
  seedNumber: number,
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const dataDir = dataDirFor(scale);
  const metaFile = path.join(dataDir, 'bench-meta.json');
  const inputs = await inputsHash();
  const expected = {
    scale: scaleLabel(scale),
    seed: seedNumber,
    generatorVersion: GENERATOR_VERSION,
    inputs,
  };
  const previous = existsSync(metaFile)
    ? (JSON.parse(await readFile(metaFile, 'utf8')) as BenchMeta)
    : null;
  const reuse =
    previous !== null &&
    previous.scale === expected.scale &&
    previous.seed === expected.seed &&
    previous.generatorVersion === expected.generatorVersion &&
    previous.inputs === expected.inputs;
  if (!reuse && existsSync(dataDir)) {
    log(`${path.relative(ROOT_DIR, dataDir)} was made with other settings: generating it again`);
    await rm(dataDir, { recursive: true, force: true });
  }
  const local = await startLocalNeo4j({
    port: await freePort(),
    dataDir,
    ...NEO4J_MEMORY,
    log: (line) => log(`[neo4j ${scaleLabel(scale)}] ${line}`),
  });
  const driver = createDriver({ uri: local.uri, username: 'neo4j', password: undefined });
  const close = async () => {
    await driver.close();
    await local.stop();
  };
  try {
    if (reuse && previous) {
      log(
        `Reusing ${path.relative(ROOT_DIR, dataDir)} (scale ${expected.scale}, seed ${seedNumber}, ` +
          `${previous.counts.nodes} nodes, ${previous.counts.relationships} relationships)`,
      );
      return { uri: local.uri, driver, meta: previous, close };
    }
    const started = Date.now();
    await generate(driver, scale, seedNumber, log);
    const meta: BenchMeta = {
      ...expected,
      generatedAt: new Date().toISOString(),
      generationSeconds: Math.round((Date.now() - started) / 1000),
      counts: await countGraph(driver),
    };
    await writeFile(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
    log(
      `Generated scale ${meta.scale} in ${meta.generationSeconds} s: ${meta.counts.nodes} nodes, ` +
        `${meta.counts.relationships} relationships`,
    );
    return { uri: local.uri, driver, meta, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A hash of what the data depends on besides scale and seed: the schema and seed files, and the
 * search text query the generator runs. Not the read queries: changing one must not rebuild data.
 */
async function inputsHash(): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const dir of ['schema', 'seed']) {
    for (const file of (await readdir(path.join(CYPHER_DIR, dir))).sort()) {
      files.push(`${dir}/${file}`);
    }
  }
  for (const query of ['label-entities', 'searchable-ids', 'refresh-context-of']) {
    files.push(`queries/search/${query}.cypher`);
  }
  for (const file of files) {
    hash.update(path.basename(file)).update(await readFile(path.join(CYPHER_DIR, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function countGraph(driver: Driver): Promise<BenchMeta['counts']> {
  const q = async (query: string) =>
    (await driver.executeQuery(query, {}, { database: 'neo4j' })).records;
  const nodes = (await q('MATCH (n) RETURN count(n) AS c'))[0]?.get('c').toNumber() ?? 0;
  const relationships =
    (await q('MATCH ()-[r]->() RETURN count(r) AS c'))[0]?.get('c').toNumber() ?? 0;
  const byLabel: Record<string, number> = {};
  for (const r of await q(
    "MATCH (n:Entity) WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS l RETURN l, count(*) AS c ORDER BY l",
  )) {
    byLabel[r.get('l') as string] = r.get('c').toNumber();
  }
  return { nodes, relationships, byLabel };
}

async function generate(
  driver: Driver,
  scale: Scale,
  seedNumber: number,
  log: (line: string) => void,
) {
  await migrate(driver, 'neo4j', log);
  log('Loading the demo seed');
  await seed(driver, 'neo4j');
  if (scale === 'seed') return;
  const ref = await seedReference(driver);
  const network = buildNetwork(scale, seedNumber, ref);
  const counts = networkCounts(network);
  log(
    `Generating scale ${scale} (seed ${seedNumber}): ${counts.organisations} organisations, ` +
      `${counts.contacts} contacts, ${counts.relationships} relationships`,
  );
  await load(driver, network, log);
  await refreshContext(driver, log);
  await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: 'neo4j' });
}

async function seedReference(driver: Driver): Promise<SeedReference> {
  const q = async (query: string) =>
    (await driver.executeQuery(query, {}, { database: 'neo4j' })).records;
  return {
    legalBases: (
      await q('MATCH (l:LegalBasis) RETURN l.id AS id, l.jurisdiction AS j ORDER BY id')
    ).map((r) => ({ id: r.get('id') as string, jurisdiction: r.get('j') as string })),
    measures: (await q('MATCH (m:Measure) RETURN m.id AS id ORDER BY id')).map(
      (r) => r.get('id') as string,
    ),
    organisations: (await q('MATCH (o:Organisation) RETURN o.id AS id ORDER BY id')).map(
      (r) => r.get('id') as string,
    ),
  };
}

const NODE_BATCH = 5_000;
const REL_BATCH = 10_000;

async function batches<T>(
  driver: Driver,
  what: string,
  rows: readonly T[],
  size: number,
  query: string,
  log: (line: string) => void,
) {
  const started = Date.now();
  for (let i = 0; i < rows.length; i += size) {
    await driver.executeQuery(query, { rows: rows.slice(i, i + size) }, { database: 'neo4j' });
    const done = Math.min(rows.length, i + size);
    if (done === rows.length || (i / size) % 10 === 9) {
      log(`  ${what}: ${done}/${rows.length} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
}

const CREATED = 'n.version = 1, n.createdAt = datetime(), n.synthetic = true';

async function load(driver: Driver, n: Network, log: (line: string) => void) {
  const b = <T>(what: string, rows: readonly T[], query: string, size = REL_BATCH) =>
    batches(driver, what, rows, size, query, log);
  const regions = n.regions.map(({ id, code, type, country, nameNl, nameFr, nameEn }) => ({
    id,
    code,
    type,
    country,
    nameNl,
    nameFr,
    nameEn,
  }));
  await b(
    'regions',
    regions,
    `UNWIND $rows AS row MERGE (n:Region:Entity {id: row.id})
     ON CREATE SET ${CREATED}
     SET n += row`,
    NODE_BATCH,
  );
  await b(
    'organisations',
    n.organisations,
    `UNWIND $rows AS row CREATE (n:Organisation:Entity) SET n = row, ${CREATED}`,
    NODE_BATCH,
  );
  await b(
    'units',
    n.units,
    `UNWIND $rows AS row CREATE (n:OrgUnit:Entity) SET n = row, ${CREATED}`,
    NODE_BATCH,
  );
  await b(
    'contact points',
    n.contactPoints,
    `UNWIND $rows AS row CREATE (n:ContactPoint:Entity) SET n = row, ${CREATED}, n.lastVerifiedAt = date(row.lastVerifiedAt)`,
    NODE_BATCH,
  );
  await b(
    'persons',
    n.persons,
    `UNWIND $rows AS row CREATE (n:Person:Entity) SET n = row, ${CREATED}, n.lastVerifiedAt = date(row.lastVerifiedAt)`,
    NODE_BATCH,
  );
  await b(
    'agreements',
    n.agreements,
    `UNWIND $rows AS row CREATE (n:SharingAgreement:Entity) SET n = row, ${CREATED}`,
    NODE_BATCH,
  );

  const rel = (from: string, type: string, to: string, props = '') =>
    `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) CREATE (a)-[r:${type}${props}]->(b)`;
  await b('region PART_OF', n.regionPartOf, rel('Region', 'PART_OF', 'Region'));
  await b('HAS_ROLE', n.hasRole, rel('Organisation', 'HAS_ROLE', 'Barrier', ' {role: row.role}'));
  await b('COVERS', n.covers, rel('Organisation', 'COVERS', 'Region'));
  await b('unit PART_OF', n.unitOf, rel('OrgUnit', 'PART_OF', 'Organisation'));
  await b('BELONGS_TO', n.belongsTo, rel('ContactPoint', 'BELONGS_TO', 'Entity'));
  await b(
    'WORKS_AT',
    n.worksAt,
    `${rel('Person', 'WORKS_AT', 'Entity', ' {function: row.function, from: date(row.since)}')} SET r.to = date(row.until)`,
  );
  await b(
    'contact points CONTACT_FOR',
    n.contactFor.filter((r) => r.from.startsWith('cp-')),
    rel('ContactPoint', 'CONTACT_FOR', 'Barrier', ' {role: row.role, priority: row.priority}'),
  );
  await b(
    'persons CONTACT_FOR',
    n.contactFor.filter((r) => r.from.startsWith('person-')),
    rel('Person', 'CONTACT_FOR', 'Barrier', ' {role: row.role, priority: row.priority}'),
  );
  await b('CAN_APPLY', n.canApply, rel('Organisation', 'CAN_APPLY', 'Measure'));
  await b('MEMBER_OF', n.memberOf, rel('Organisation', 'MEMBER_OF', 'Network'));
  await b('agreement FROM', n.agreementFrom, rel('SharingAgreement', 'FROM', 'Organisation'));
  await b('agreement TO', n.agreementTo, rel('SharingAgreement', 'TO', 'Organisation'));
  await b(
    'agreement BASED_ON',
    n.agreementBasedOn,
    rel('SharingAgreement', 'BASED_ON', 'LegalBasis'),
  );
  await b('COUNTERPART_OF', n.counterparts, rel('Organisation', 'COUNTERPART_OF', 'Organisation'));
}

/** The search text of the whole generated network, as after a seed (SearchRepository.refreshAll). */
async function refreshContext(driver: Driver, log: (line: string) => void) {
  const search = new SearchRepository(new Database(driver, 'neo4j', await loadCypherLibrary()));
  const started = Date.now();
  let batches = 0;
  await search.refreshAll((done, total) => {
    if (done === total || ++batches % 5 === 0) {
      log(`  search context: ${done}/${total} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  });
}

export type { LocalNeo4j };
