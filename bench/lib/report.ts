/** The report: JSON as measured, and a markdown summary with ratios, the scaling curve and targets. */
import { fmt, type Measurement, SYSTEM_NAMES, type System, type TargetResult } from './runner';
import type { WorkloadName } from './workloads';

export interface Report {
  startedAt: string;
  finishedAt: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    os: string;
    node: string;
    neo4j: string;
  };
  options: {
    durationSec: number;
    warmupSec: number;
    concurrency: number[];
    seed: number;
    workloads: WorkloadName[];
  };
  /** The commit measured, and the server or Cypher files that differed from it. */
  code?: { commit: string; changed: string[] };
  targets: TargetResult[];
}

/** The concurrency the targets are judged at. */
const TARGET_CONCURRENCY = 10;

function find(t: TargetResult, w: WorkloadName, s: System, c: number): Measurement | undefined {
  return t.workloads
    .find((x) => x.workload === w)
    ?.measurements.find((m) => m.system === s && m.concurrency === c);
}

/** A measurement in which no request finished within the time: every one took longer. */
const none = (m: Measurement) => m.requests === 0;
const lat = (m: Measurement | undefined) =>
  !m
    ? 'n/a'
    : none(m)
      ? `none done in ${fmt(m.seconds)} s`
      : `${fmt(m.latency.median)} / ${fmt(m.latency.p95)} / ${fmt(m.latency.p99)}`;
const rps = (m: Measurement | undefined) => (m ? fmt(m.throughput) : 'n/a');
const ratio = (a: Measurement | undefined, b: Measurement | undefined) =>
  a && b && !none(a) && !none(b) && b.latency.median > 0
    ? `${(a.latency.median / b.latency.median).toFixed(2)}×`
    : 'n/a';
const db = (m: Measurement | undefined) => (m && !none(m) ? fmt(m.dbMsPerRequest) : 'n/a');

export function toMarkdown(r: Report): string {
  const out: string[] = [];
  const m = r.machine;
  out.push('# Benchmark results', '');
  out.push(
    `Run ${r.startedAt} → ${r.finishedAt} on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}, ` +
      `Node ${m.node}, ${m.neo4j}. Each system ran ${r.options.durationSec} s per concurrency after ` +
      `${r.options.warmupSec} s of warm-up; the load generator, both servers and Neo4j share the machine. ` +
      (r.code
        ? `Code: commit ${r.code.commit.slice(0, 7)}${r.code.changed.length ? ` with uncommitted changes to ${r.code.changed.join(', ')}` : ''}.`
        : ''),
    '',
    'Latency in ms as median / p95 / p99; throughput in requests per second; DB = the database’s own time ' +
      'per request (resultAvailableAfter + resultConsumedAfter of every query, summed, mean per request). ' +
      'Ratios compare medians: ours/raw above 1 is what GraphQL and HTTP add; ours/@neo4j/graphql below 1 means we are faster.',
    '',
  );
  for (const t of r.targets) {
    const counts = t.counts
      ? ` — ${t.counts.nodes.toLocaleString('en')} nodes, ${t.counts.relationships.toLocaleString('en')} relationships` +
        (t.counts.byLabel.Organisation
          ? `, ${t.counts.byLabel.Organisation.toLocaleString('en')} organisations, ` +
            `${((t.counts.byLabel.ContactPoint ?? 0) + (t.counts.byLabel.Person ?? 0)).toLocaleString('en')} contacts`
          : '')
      : '';
    out.push(`## Scale ${t.label}${counts}`, '');
    out.push(
      '| workload | c | raw driver | req/s | our API | req/s | @neo4j/graphql | req/s | DB ms ours / @neo4j/graphql | ours/raw | ours/@neo4j/graphql |',
      '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    );
    for (const w of t.workloads) {
      const cs = [...new Set(w.measurements.map((x) => x.concurrency))];
      for (const c of cs) {
        const raw = find(t, w.workload, 'raw', c);
        const ours = find(t, w.workload, 'ours', c);
        const neo = find(t, w.workload, 'neo4jGraphql', c);
        out.push(
          `| ${w.workload} | ${c} | ${lat(raw)} | ${rps(raw)} | ${lat(ours)} | ${rps(ours)} | ${lat(neo)} | ${rps(neo)} | ` +
            `${db(ours)} / ${db(neo)} | ${ratio(ours, raw)} | ${ratio(ours, neo)} |`,
        );
      }
      for (const [system, why] of Object.entries(w.failures)) {
        out.push(
          `| ${w.workload} | | ${SYSTEM_NAMES[system as System]} failed: ${why.replace(/\|/g, '\\|')} | | | | | | | | |`,
        );
      }
    }
    out.push('');
    const cached = t.workloads.filter((w) => w.measurements.some((x) => x.system === 'oursCached'));
    if (cached.length > 0) {
      out.push(
        'With the read cache on (as `npm start` runs; the comparisons above are without it): the same ' +
          'requests, answered from memory after one small version read per request.',
        '',
        '| workload | c | our API | req/s | with read cache | req/s | DB ms without / with | with/without |',
        '| --- | --: | --: | --: | --: | --: | --: | --: |',
      );
      for (const w of cached) {
        for (const c of [...new Set(w.measurements.map((x) => x.concurrency))]) {
          const ours = find(t, w.workload, 'ours', c);
          const hot = find(t, w.workload, 'oursCached', c);
          out.push(
            `| ${w.workload} | ${c} | ${lat(ours)} | ${rps(ours)} | ${lat(hot)} | ${rps(hot)} | ` +
              `${db(ours)} / ${db(hot)} | ${ratio(hot, ours)} |`,
          );
        }
      }
      out.push('');
    }
    const errors = t.workloads.flatMap((w) =>
      w.measurements
        .filter((x) => x.errors > 0)
        .map((x) => `${w.workload} ${SYSTEM_NAMES[x.system]} c=${x.concurrency}: ${x.errors}`),
    );
    const loads = t.workloads.flatMap((w) => w.loadAverage);
    out.push(
      `Machine load (1-min average) around these runs: ${fmt(Math.min(...loads))}–${fmt(Math.max(...loads))} on ${m.cores} cores. ` +
        `Peak memory (VmHWM) over this scale: our API ${fmt(t.serverPeakRssMb.ours ?? 0)} MB, @neo4j/graphql ${fmt(t.serverPeakRssMb.neo4jGraphql ?? 0)} MB.` +
        (errors.length ? ` Errors: ${errors.join('; ')}.` : ' No request failed.'),
      '',
    );
  }

  const workloads = r.options.workloads;
  if (r.targets.length > 1) {
    out.push(
      `## Scaling: median ms at concurrency ${TARGET_CONCURRENCY} (raw / ours / @neo4j/graphql)`,
      '',
    );
    out.push(
      `| workload | ${r.targets.map((t) => t.label).join(' | ')} |`,
      `| --- |${r.targets.map(() => ' --: |').join('')}`,
    );
    for (const w of workloads) {
      const cells = r.targets.map((t) => {
        const [a, b, c] = (['raw', 'ours', 'neo4jGraphql'] as System[]).map((s) =>
          find(t, w, s, TARGET_CONCURRENCY),
        );
        return [a, b, c]
          .map((x) => (!x ? '–' : none(x) ? `>${fmt(x.seconds * 1000)}` : fmt(x.latency.median)))
          .join(' / ');
      });
      out.push(`| ${w} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }

  const last = r.targets.at(-1);
  if (last) {
    out.push(`## Targets at scale ${last.label}, concurrency ${TARGET_CONCURRENCY}`, '');
    out.push(
      '| workload | ours/raw ≤ 1.5× | ahead of @neo4j/graphql | median < 20 ms |',
      '| --- | --- | --- | --- |',
    );
    for (const w of workloads) {
      const raw = find(last, w, 'raw', TARGET_CONCURRENCY);
      const ours = find(last, w, 'ours', TARGET_CONCURRENCY);
      const neo = find(last, w, 'neo4jGraphql', TARGET_CONCURRENCY);
      if (ours && none(ours)) {
        out.push(
          `| ${w} | no (none finished in ${fmt(ours.seconds)} s) | no | ${w === 'whoToCall' || w === 'search' ? 'no' : '–'} |`,
        );
        continue;
      }
      const valid = (m: Measurement | undefined) => m !== undefined && !none(m);
      const r1 = ours && raw && valid(raw) ? ours.latency.median / raw.latency.median : Number.NaN;
      const r2 = ours && neo && valid(neo) ? ours.latency.median / neo.latency.median : Number.NaN;
      const under = w === 'whoToCall' || w === 'search';
      out.push(
        `| ${w} | ${Number.isNaN(r1) ? 'n/a' : `${r1 <= 1.5 ? 'yes' : 'no'} (${r1.toFixed(2)}×)`} | ` +
          `${Number.isNaN(r2) ? 'n/a' : `${r2 < 1 ? 'yes' : 'no'} (${r2.toFixed(2)}×)`} | ` +
          `${under ? (ours ? `${ours.latency.median < 20 ? 'yes' : 'no'} (${fmt(ours.latency.median)} ms)` : 'n/a') : '–'} |`,
      );
    }
    out.push('');
  }

  out.push('## How the @neo4j/graphql side answers', '');
  for (const w of r.targets[0]?.workloads ?? [])
    out.push(`- **${w.workload}** (${w.description}): ${w.neo4jGraphqlNote}.`);
  out.push(
    '',
    'The raw driver replays, in-process and without GraphQL or HTTP, exactly the Cypher our API ran for the same request ' +
      '(recorded once per request variant), with the same transactions and the same overlap between them.',
    '',
  );
  return out.join('\n');
}
