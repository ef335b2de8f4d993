/**
 * npm run bench [-- --scales seed,0.1,1 --duration 5 --warmup 2 --concurrency 1,10,50
 *                   --workloads whoToCall,search --seed 42]
 * Durations also from BENCH_DURATION and BENCH_WARMUP (seconds). Writes bench/results/latest.md and
 * latest.json, plus a timestamped copy of each (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirFor, openBenchDatabase, parseScale, ROOT_DIR, scaleLabel } from './lib/bench-db';
import { type Report, toMarkdown } from './lib/report';
import { machineInfo, runTarget } from './lib/runner';
import { WORKLOAD_NAMES, type WorkloadName } from './lib/workloads';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: process.env.BENCH_SCALES ?? 'seed,0.1,1' },
    duration: { type: 'string', default: process.env.BENCH_DURATION ?? '5' },
    warmup: { type: 'string', default: process.env.BENCH_WARMUP ?? '2' },
    concurrency: { type: 'string', default: process.env.BENCH_CONCURRENCY ?? '1,10,50' },
    workloads: { type: 'string', default: WORKLOAD_NAMES.join(',') },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: path.join(ROOT_DIR, 'bench', 'results') },
    /** Only write latest.md again from a report JSON (after a change to the report's layout). */
    render: { type: 'string' },
  },
});

if (values.render) {
  const report = JSON.parse(await readFile(values.render, 'utf8')) as Report;
  const outDir = values.out ?? '.';
  await writeFile(path.join(outDir, 'latest.md'), toMarkdown(report));
  console.log(`Rendered ${values.render} to ${path.join(outDir, 'latest.md')}`);
  process.exit(0);
}

const number = (text: string | undefined, what: string, min: number, max: number) => {
  const n = Number(text);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Error(`${what} must be between ${min} and ${max}, got ${text}`);
  return n;
};
const scales = (values.scales ?? '').split(',').map((s) => parseScale(s.trim()));
const durationSec = number(values.duration, '--duration', 0.5, 120);
const warmupSec = number(values.warmup, '--warmup', 0, 60);
const concurrency = (values.concurrency ?? '')
  .split(',')
  .map((c) => number(c, '--concurrency', 1, 200));
const seedNumber = number(values.seed, '--seed', 0, 2 ** 31);
const workloads = (values.workloads ?? '').split(',').map((w) => {
  if (!(WORKLOAD_NAMES as readonly string[]).includes(w))
    throw new Error(`unknown workload ${w}: use ${WORKLOAD_NAMES.join(', ')}`);
  return w as WorkloadName;
});

/** The commit measured, and the server/Cypher files changed since (a benchmark of work in progress). */
function codeVersion(): Report['code'] {
  // Not trimmed: porcelain lines start with a status column that may be a space.
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: ROOT_DIR, encoding: 'utf8' }).replace(/\n$/, '');
  try {
    const changed = git('status', '--porcelain', '--', 'cypher', 'server')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    return { commit: git('rev-parse', 'HEAD'), changed };
  } catch {
    return undefined;
  }
}

const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
const startedAt = new Date().toISOString();
const report: Report = {
  startedAt,
  finishedAt: startedAt,
  machine: { cpu: '', cores: 0, memoryGb: 0, os: '', node: process.version, neo4j: '' },
  options: { durationSec, warmupSec, concurrency, seed: seedNumber, workloads },
  code: codeVersion(),
  targets: [],
};

const [load1] = os.loadavg();
if ((load1 ?? 0) > os.cpus().length) {
  log(
    `The machine is busy (1-minute load ${load1?.toFixed(1)} on ${os.cpus().length} cores): ` +
      'the figures will be slower than on a quiet machine; the report records the load.',
  );
}

for (const scale of scales) {
  log(`Scale ${scaleLabel(scale)}: database in ${path.relative(ROOT_DIR, dataDirFor(scale))}`);
  const db = await openBenchDatabase(scale, seedNumber, log);
  try {
    if (!report.machine.cpu) report.machine = await machineInfo(db.driver);
    report.targets.push(
      await runTarget(
        { label: scaleLabel(scale), uri: db.uri, counts: db.meta.counts },
        { workloads, concurrency, durationSec, warmupSec, log },
      ),
    );
  } finally {
    await db.close();
  }
}

report.finishedAt = new Date().toISOString();
const outDir = values.out ?? '.';
await mkdir(outDir, { recursive: true });
const markdown = toMarkdown(report);
const json = `${JSON.stringify(report, null, 2)}\n`;
const stamp = report.startedAt.replace(/[:.]/g, '-');
await writeFile(path.join(outDir, 'latest.md'), markdown);
await writeFile(path.join(outDir, 'latest.json'), json);
try {
  // The repository's formatter checks the committed latest.json: write it in its layout.
  execFileSync(
    path.join(ROOT_DIR, 'node_modules', '.bin', 'biome'),
    ['format', '--write', path.join(outDir, 'latest.json')],
    { stdio: 'ignore' },
  );
} catch {
  // Outside the repository (another --out), formatting does not matter.
}
await writeFile(path.join(outDir, `${stamp}.md`), markdown);
await writeFile(path.join(outDir, `${stamp}.json`), json);
console.log(`\n${markdown}`);
log(`Report written to ${path.relative(ROOT_DIR, outDir)}/latest.md and latest.json`);
