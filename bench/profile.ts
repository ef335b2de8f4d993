/**
 * npx tsx bench/profile.ts [--scale 1] [--workloads whoToCall,search] [--variant 0]
 * Records the Cypher our API runs for one request of each workload, then runs each query once
 * more with PROFILE: database hits, rows, time, and the costliest operators. For the report.
 */
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { openBenchDatabase, parseScale } from './lib/bench-db';
import { recordingApp } from './lib/in-process';
import { WORKLOAD_NAMES, WORKLOADS, type WorkloadName } from './lib/workloads';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '42' },
    workloads: { type: 'string', default: WORKLOAD_NAMES.join(',') },
    variant: { type: 'string', default: '0' },
    /** How many of each query's costliest operators to list (with their details from 8 on). */
    top: { type: 'string', default: '4' },
  },
});

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

function flatten(plan: Plan, out: Plan[] = []): Plan[] {
  out.push(plan);
  for (const child of plan.children) flatten(child, out);
  return out;
}

const num = (v: unknown) =>
  typeof v === 'number' ? v : Number((v as { toNumber?: () => number })?.toNumber?.() ?? v ?? 0);

async function profile(driver: Driver, query: string, params: Record<string, unknown>) {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    const result = await session.run(`PROFILE ${query}`, params);
    const s = result.summary;
    const plan = s.profile as unknown as Plan;
    const ops = flatten(plan);
    const hits = ops.reduce((sum, op) => sum + num(op.dbHits), 0);
    const count = Number(values.top);
    const top = [...ops].sort((a, b) => num(b.dbHits) - num(a.dbHits)).slice(0, count);
    return {
      rows: result.records.length,
      ms: num(s.resultAvailableAfter) + num(s.resultConsumedAfter),
      hits,
      top: top
        .map(
          (op) =>
            `${op.operatorType} ${num(op.dbHits)} hits/${num(op.rows)} rows` +
            (count >= 8 ? ` [${String(op.arguments.Details ?? '').slice(0, 160)}]\n     ` : ''),
        )
        .join(', '),
    };
  } finally {
    await session.close();
  }
}

const db = await openBenchDatabase(parseScale(values.scale ?? '1'), Number(values.seed), () => {});
try {
  const { recorder, app } = await recordingApp(db.driver);
  for (const w of (values.workloads ?? '').split(',') as WorkloadName[]) {
    const v = WORKLOADS[w].variants[Number(values.variant)] ?? WORKLOADS[w].variants[0];
    if (!v) continue;
    // Twice: the first run warms the plan cache and the page cache.
    for (const round of [0, 1]) {
      recorder.record();
      const t0 = performance.now();
      await app.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(v.ours),
      });
      const total = performance.now() - t0;
      const steps = recorder.take();
      if (round === 0) continue;
      console.log(
        `\n## ${w} (${v.label}): ${total.toFixed(1)} ms in-process, ${steps.length} transactions`,
      );
      for (const { tx } of steps) {
        for (const q of tx.queries) {
          const p = await profile(db.driver, q.query, q.params);
          const first = q.query.split('\n').find((l) => l.trim() && !l.startsWith('//')) ?? '';
          console.log(
            `- ${p.ms} ms, ${p.hits} db hits, ${p.rows} rows: ${first.slice(0, 70)}\n    top: ${p.top}`,
          );
        }
      }
    }
  }
} finally {
  await db.close();
}
