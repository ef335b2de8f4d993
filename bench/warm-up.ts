/**
 * How fast the first answers come after Neo4j restarts, with and without warming the query plans
 * (Database.warm, run by db/recovery.ts when Neo4j is back). Restarts its own throwaway Neo4j
 * (demo seed) several times, alternating cold and warmed, and after each restart times every read
 * of a screen set in turn, from the moment Neo4j answers again.
 *
 *   npx tsx bench/warm-up.ts [restarts=6]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type LocalNeo4j, startLocalNeo4j } from '../neo4j/launcher';
import { loadCypherLibrary } from '../server/src/db/cypher';
import { createDriver, Database } from '../server/src/db/database';
import { migrate } from '../server/src/db/migrate';
import { seed } from '../server/src/db/seed';
import { createRepositories } from '../server/src/repositories';
import { createApp, inProcessConfig } from '../server/src/yoga';
import { freePort } from './lib/ports';

const SCREENS = [
  '{ barriers { code name(lang: FR) measures { code } } }',
  '{ search(query: "politie genk", first: 10) { score node { __typename } } }',
  '{ organisations(first: 20) { totalCount edges { node { id name coverage { id } } } } }',
  '{ whoToCall(input: {barrier: "HOUSING", region: "region-mun-genk"}) { entries { rank organisation { name } } } }',
  '{ neighbourhood(id: "org-stad-genk", depth: 2, limit: 200) { nodes { id } edges { id } } }',
  '{ organisation(id: "org-stad-genk") { name units { id } contactPoints { id } measures { code } } }',
];

const restarts = Number(process.argv[2] ?? 6);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'confine-warm-up-'));
const options = { port: await freePort(), dataDir, heap: '384m', pageCache: '64m' };
let neo4j: LocalNeo4j = await startLocalNeo4j(options);
const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: undefined });
try {
  await migrate(driver, 'neo4j');
  await seed(driver, 'neo4j');
  const db = new Database(driver, 'neo4j', await loadCypherLibrary());
  const app = createApp({
    config: inProcessConfig({
      auth: {
        sessionHours: 12,
        sessionIdleMinutes: 60,
        purgeEveryMinutes: 60,
        secureCookies: false,
      },
      trustProxy: true,
    }),
    db,
    repos: createRepositories(db),
    log: () => {},
  });
  const ask = async (query: string) => {
    const started = performance.now();
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors) throw new Error(`${query}: ${body.errors[0]?.message}`);
    return performance.now() - started;
  };
  for (const query of SCREENS) await ask(query);

  const rows: { mode: string; warmMs: number; planned: number; firstMs: number; allMs: number }[] =
    [];
  for (let round = 0; round < restarts; round++) {
    const mode = round % 2 === 0 ? 'cold' : 'warmed';
    await neo4j.stop();
    neo4j = await startLocalNeo4j(options);
    await driver.executeQuery('RETURN 1');
    const back = performance.now();
    let planned = 0;
    if (mode === 'warmed') planned = await db.warm();
    const warmMs = performance.now() - back;
    const times: number[] = [];
    for (const query of SCREENS) times.push(await ask(query));
    rows.push({
      mode,
      warmMs: Math.round(warmMs),
      planned,
      firstMs: Math.round(times[0] ?? 0),
      allMs: Math.round(times.reduce((a, b) => a + b, 0)),
    });
    console.log(
      `${mode}: warm-up ${Math.round(warmMs)} ms (${planned} plans); screens ${times.map(Math.round).join(' / ')} ms`,
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  for (const mode of ['cold', 'warmed']) {
    const of = rows.filter((r) => r.mode === mode);
    console.log(
      `${mode}: median ${median(of.map((r) => r.allMs))} ms for the ${SCREENS.length} screens after Neo4j is back` +
        (mode === 'warmed' ? `, after a warm-up of ${median(of.map((r) => r.warmMs))} ms` : ''),
    );
  }
} finally {
  await driver.close();
  await neo4j.stop();
  await rm(dataDir, { recursive: true, force: true });
}
