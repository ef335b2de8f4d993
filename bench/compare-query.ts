/**
 * npx tsx bench/compare-query.ts <current.cypher> <proposed.cypher> [--scale 1] [--ignore column]
 * Runs a query file and a proposed rewrite with whoToCall's parameters for each whoToCall
 * variant: same rows? how many db hits and ms each (PROFILE)? Evidence for a proposed change.
 * `--ignore` leaves out a column the rewrite adds (it may be given several times).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { ROLE_ORDER } from '../server/src/routing/routing.repository';
import { openBenchDatabase, parseScale } from './lib/bench-db';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '42' },
    viewer: { type: 'string' },
    ignore: { type: 'string', multiple: true, default: [] },
  },
});
const [currentFile, proposedFile] = positionals;
if (!currentFile || !proposedFile)
  throw new Error('usage: compare-query.ts <current.cypher> <proposed.cypher>');

const VARIANTS: [string, string][] = [
  ['region-mun-genk', 'HOUSING'],
  ['region-mun-antwerpen', 'WORK'],
  ['region-mun-tilburg', 'FINANCES'],
  ['region-mun-maastricht', 'IDENTITY'],
  // A signal at several barriers.
  ['region-mun-genk', 'HOUSING,WORK,FINANCES'],
];

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}
const hits = (p: PlanNode): number =>
  Number(p.dbHits) + p.children.reduce((s, c) => s + hits(c), 0);

async function run(driver: Driver, query: string, params: Record<string, unknown>) {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    await session.run(query, params); // warm the plan cache
    const t0 = performance.now();
    const plain = await session.run(query, params);
    const ms = performance.now() - t0;
    const profiled = await session.run(`PROFILE ${query}`, params);
    return {
      rows: plain.records.map((r) => {
        const row = r.toObject();
        for (const column of values.ignore ?? []) delete row[column];
        return JSON.stringify(row);
      }),
      ms,
      dbHits: hits(profiled.summary.profile as unknown as PlanNode),
    };
  } finally {
    await session.close();
  }
}

const db = await openBenchDatabase(parseScale(values.scale ?? '1'), Number(values.seed), () => {});
try {
  const current = await readFile(currentFile, 'utf8');
  const proposed = await readFile(proposedFile, 'utf8');
  for (const [regionId, barrier] of VARIANTS) {
    const params = {
      barrierCodes: barrier.split(','),
      regionId,
      formCode: null,
      viewerOrganisationId: values.viewer ?? null,
      includePersons: values.viewer !== undefined,
      roleOrder: ROLE_ORDER,
      limit: neo4j.int(25),
    };
    const a = await run(db.driver, current, params);
    const b = await run(db.driver, proposed, params);
    const same = a.rows.length === b.rows.length && a.rows.every((r, i) => r === b.rows[i]);
    const diff = a.rows.findIndex((r, i) => r !== b.rows[i]);
    if (!same && process.env.SHOW_DIFF)
      console.log(`  current:  ${a.rows[diff]}\n  proposed: ${b.rows[diff]}`);
    console.log(
      `${regionId} ${barrier}: current ${a.ms.toFixed(0)} ms, ${a.dbHits} db hits; proposed ${b.ms.toFixed(0)} ms, ` +
        `${b.dbHits} db hits; ${a.rows.length} rows, ${same ? 'identical' : 'DIFFERENT'}`,
    );
  }
} finally {
  await db.close();
}
