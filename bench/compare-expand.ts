/**
 * npx tsx bench/compare-expand.ts <current.cypher> <proposed.cypher> [--scale 0.1]
 * Evidence for a rewrite of graph/expand.cypher (one level of a neighbourhood), as compare-query.ts
 * is for whoToCall: it asks the API for the bench's neighbourhood with and without filters,
 * records the level queries the API runs, and runs each level with both files. Same rows (a
 * missing property and a null count as the same, as the API reads them)? How many db hits
 * (PROFILE) and the median database time of 25 runs of each?
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { openBenchDatabase, parseScale } from './lib/bench-db';
import { recordingApp } from './lib/in-process';
import { HUB } from './lib/workloads';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: 'string', default: '0.1' }, seed: { type: 'string', default: '42' } },
});
const [currentFile, proposedFile] = positionals;
if (!currentFile || !proposedFile)
  throw new Error('usage: compare-expand.ts <current.cypher> <proposed.cypher> [--scale 0.1]');

const QUERY = `query N($id: ID!, $filter: GraphFilter) {
  neighbourhood(id: $id, depth: 2, filter: $filter) { truncated nodes { id } edges { id } }
}`;
/** The bench's neighbourhood, then each filter the level query has a branch for. */
const CASES: [string, Record<string, unknown> | undefined][] = [
  ['no filter', undefined],
  ['country NL', { country: 'NL' }],
  ['organisations and regions', { nodeTypes: ['Organisation', 'Region'] }],
  ['role INSPECT', { role: 'INSPECT' }],
  ['barrier HOUSING', { barrier: 'HOUSING' }],
];

type Answer = {
  data?: { neighbourhood: { nodes: unknown[]; edges: unknown[] } };
  errors?: { message: string }[];
};
type Plan = { dbHits: unknown; children: Plan[] };
const num = (v: unknown) => Number((v as { toNumber?: () => number })?.toNumber?.() ?? v ?? 0);
const hitsOf = (p: Plan): number => num(p.dbHits) + p.children.reduce((s, c) => s + hitsOf(c), 0);
/** Rows as text with keys sorted and nulls left out, so projections that skip absent properties compare equal. */
const canonical = (rows: unknown[]) =>
  JSON.stringify(rows, (_key, value) => {
    if (value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  });

async function measure(driver: Driver, query: string, params: Record<string, unknown>) {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    const profiled = await session.run(`PROFILE ${query}`, params);
    const times: number[] = [];
    let rows = '';
    for (let i = 0; i < 25; i++) {
      const r = await session.run(query, params);
      times.push(num(r.summary.resultAvailableAfter) + num(r.summary.resultConsumedAfter));
      rows = canonical(r.records.map((rec) => rec.toObject()));
    }
    times.sort((a, b) => a - b);
    return { hits: hitsOf(profiled.summary.profile as unknown as Plan), ms: times[12] ?? 0, rows };
  } finally {
    await session.close();
  }
}

const [current, proposed] = await Promise.all([
  readFile(currentFile, 'utf8'),
  readFile(proposedFile, 'utf8'),
]);
const db = await openBenchDatabase(
  parseScale(values.scale ?? '0.1'),
  Number(values.seed),
  () => {},
);
let different = 0;
try {
  const { recorder, app } = await recordingApp(db.driver);
  const ask = async (filter: Record<string, unknown> | undefined): Promise<Answer> => {
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { id: HUB, filter } }),
    });
    return (await response.json()) as Answer;
  };
  const totals = { current: 0, proposed: 0 };
  for (const [label, filter] of CASES) {
    // Plans and page cache warm first; a cold database on a busy machine may need a few tries
    // within the request's time limit.
    let answer: Answer = {};
    for (let attempt = 0; attempt < 5 && !answer.data; attempt++) answer = await ask(filter);
    recorder.record();
    answer = await ask(filter);
    if (!answer.data) throw new Error(`${label}: ${answer.errors?.[0]?.message ?? 'no answer'}`);
    const { nodes, edges } = answer.data.neighbourhood;
    console.log(`${label}: ${nodes.length} nodes, ${edges.length} edges`);
    const levels = recorder
      .take()
      .flatMap((step) => step.tx.queries)
      .filter((q) => 'frontier' in q.params); // the levels, not the start node
    for (const [i, level] of levels.entries()) {
      const a = await measure(db.driver, current, level.params);
      const b = await measure(db.driver, proposed, level.params);
      const same = a.rows === b.rows;
      if (!same) different++;
      totals.current += a.hits;
      totals.proposed += b.hits;
      console.log(
        `${label}, level ${i + 1}: ${same ? 'same rows' : 'ROWS DIFFER'}; db hits ${a.hits} → ${b.hits}; median ${a.ms} → ${b.ms} ms`,
      );
    }
  }
  console.log(`db hits over all levels: ${totals.current} → ${totals.proposed}`);
} finally {
  await db.close();
}
if (different > 0) process.exitCode = 1;
