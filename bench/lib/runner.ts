/**
 * The benchmark runner: for each database, starts our API and the @neo4j/graphql server as child
 * HTTP servers on loopback, records the Cypher our API runs for each request, then drives each
 * workload at each concurrency against (a) the raw driver replaying that Cypher in-process,
 * (b) our API and (c) @neo4j/graphql, for a bounded time each.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { loadCypherLibrary } from '../../server/src/db/cypher';
import { createDriver, Database } from '../../server/src/db/database';
import { createRepositories } from '../../server/src/repositories';
import { createApp, inProcessConfig } from '../../server/src/yoga';
import { freePort } from './ports';
import { type DbStats, instrumentDriver, replay, type Step } from './recorder';
import { type GraphQLRequest, WORKLOADS, type WorkloadName } from './workloads';

const here = path.dirname(fileURLToPath(import.meta.url));

export const SYSTEMS = ['raw', 'ours', 'neo4jGraphql', 'oursCached'] as const;
export type System = (typeof SYSTEMS)[number];
export const SYSTEM_NAMES: Record<System, string> = {
  raw: 'raw driver',
  ours: 'our API',
  neo4jGraphql: '@neo4j/graphql',
  oursCached: 'our API, read cache',
};

/**
 * The workloads the read cache serves (server/src/cache): our API runs them a second time with
 * it on. The comparisons with the raw driver and @neo4j/graphql use the API without it.
 */
export const CACHED_WORKLOADS: ReadonlySet<WorkloadName> = new Set(['whoToCall']);

export interface Latency {
  median: number;
  p95: number;
  p99: number;
  mean: number;
}

export interface Measurement {
  system: System;
  concurrency: number;
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  latency: Latency;
  /** Mean database time per request (resultAvailableAfter + resultConsumedAfter, summed). */
  dbMsPerRequest: number;
  queriesPerRequest: number;
  /** Peak resident memory of the server process during this measurement (HTTP systems). */
  peakRssMb: number | null;
}

export interface WorkloadResult {
  workload: WorkloadName;
  description: string;
  neo4jGraphqlNote: string;
  variants: number;
  /** Per system: why it could not run this workload, if it could not. */
  failures: Partial<Record<System, string>>;
  measurements: Measurement[];
  /** 1-minute load average of the machine before and after this workload (2 cores: above 2 means contention). */
  loadAverage: [number, number];
}

export interface TargetResult {
  label: string;
  counts: { nodes: number; relationships: number; byLabel: Record<string, number> } | null;
  workloads: WorkloadResult[];
  /** Peak RSS (VmHWM) of each server process over the whole run at this target. */
  serverPeakRssMb: { ours: number | null; neo4jGraphql: number | null };
}

export interface Target {
  label: string;
  uri: string;
  counts?: TargetResult['counts'];
}

export interface RunOptions {
  workloads: WorkloadName[];
  concurrency: number[];
  /** Seconds per system per concurrency. */
  durationSec: number;
  /** Seconds of warm-up per system per workload, at concurrency 1. */
  warmupSec: number;
  log: (line: string) => void;
}

/** Runs every workload against one database. */
export async function runTarget(target: Target, options: RunOptions): Promise<TargetResult> {
  const { log } = options;
  const servers: ChildServer[] = [];
  const rawDriver = createDriver({ uri: target.uri, username: 'neo4j', password: undefined });
  const captureDriver = createDriver({ uri: target.uri, username: 'neo4j', password: undefined });
  try {
    const cached = options.workloads.some((w) => CACHED_WORKLOADS.has(w));
    const [ours, neo, oursCached] = await Promise.all([
      startServer('ours', target.uri, log),
      startServer('neo4j-graphql', target.uri, log),
      // Started only when a workload it serves runs.
      cached ? startServer('ours', target.uri, log, { BENCH_READ_CACHE: 'true' }) : null,
    ]);
    servers.push(ours, neo, ...(oursCached ? [oursCached] : []));
    const capture = await captureApp(captureDriver, (message, error) =>
      log(`  our API (in-process, recording): ${message}: ${String(error).slice(0, 300)}`),
    );
    const result: TargetResult = {
      label: target.label,
      counts: target.counts ?? null,
      workloads: [],
      serverPeakRssMb: { ours: null, neo4jGraphql: null },
    };
    for (const name of options.workloads) {
      const workload = WORKLOADS[name];
      log(`[${target.label}] ${name}: ${workload.description}`);
      const loadBefore = os.loadavg()[0] ?? 0;
      const failures: WorkloadResult['failures'] = {};
      // What our API runs for each variant, replayed by the raw driver; and a check of all answers.
      const traces: Step[][] = [];
      for (const v of workload.variants) {
        // A busy machine can push one request past the transaction timeout: try three times.
        let { body, steps } = await capture.trace(v.ours);
        for (let attempt = 1; attempt < 3 && problemOf(body); attempt++) {
          ({ body, steps } = await capture.trace(v.ours));
        }
        const problem = problemOf(body);
        if (problem) failures.ours = `${v.label}: ${problem}`;
        traces.push(steps);
        const neoProblem = problemOf(
          await post(neo.port, v.neo4jGraphql).catch((e: Error) => ({
            errors: [{ message: e.message }],
          })),
        );
        if (neoProblem) failures.neo4jGraphql = `${v.label}: ${neoProblem}`;
      }
      if (failures.ours) failures.raw = 'our API failed on this workload, nothing to replay';
      for (const [system, why] of Object.entries(failures)) log(`  ${system} cannot run: ${why}`);

      const runners: Record<System, (c: number, seconds: number) => Promise<Measurement>> = {
        raw: (c, s) => measureRaw(rawDriver, traces, c, s),
        ours: (c, s) =>
          measureHttp(
            'ours',
            ours,
            workload.variants.map((v) => v.ours),
            c,
            s,
          ),
        neo4jGraphql: (c, s) =>
          measureHttp(
            'neo4jGraphql',
            neo,
            workload.variants.map((v) => v.neo4jGraphql),
            c,
            s,
          ),
        oursCached: (c, s) =>
          measureHttp(
            'oursCached',
            oursCached as ChildServer,
            workload.variants.map((v) => v.ours),
            c,
            s,
          ),
      };
      if (failures.ours) failures.oursCached = failures.ours;
      const systems = SYSTEMS.filter(
        (s) => !failures[s] && (s !== 'oursCached' || CACHED_WORKLOADS.has(name)),
      );
      for (const system of systems) {
        if (options.warmupSec > 0) await runners[system](1, options.warmupSec);
      }
      const measurements: Measurement[] = [];
      for (const c of options.concurrency) {
        for (const system of systems) {
          const m = await runners[system](c, options.durationSec);
          measurements.push(m);
          log(
            `  c=${String(c).padStart(2)} ${SYSTEM_NAMES[system].padEnd(15)} median ${fmt(m.latency.median)} ms, ` +
              `p95 ${fmt(m.latency.p95)}, p99 ${fmt(m.latency.p99)}, ${fmt(m.throughput)} req/s, ` +
              `db ${fmt(m.dbMsPerRequest)} ms/req${m.errors ? `, ${m.errors} errors` : ''}`,
          );
        }
      }
      result.workloads.push({
        workload: name,
        description: workload.description,
        neo4jGraphqlNote: workload.neo4jGraphqlNote,
        variants: workload.variants.length,
        failures,
        measurements,
        loadAverage: [loadBefore, os.loadavg()[0] ?? 0],
      });
    }
    result.serverPeakRssMb = { ours: memory(ours.pid).hwmMb, neo4jGraphql: memory(neo.pid).hwmMb };
    return result;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await rawDriver.close();
    await captureDriver.close();
  }
}

export function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** Our app in-process over a recording driver: what Cypher does one request run? */
async function captureApp(driver: Driver, onError: (message: string, error: unknown) => void) {
  const recorder = instrumentDriver(driver);
  const db = new Database(recorder.driver, 'neo4j', await loadCypherLibrary());
  const app = createApp({
    config: inProcessConfig({ production: true }),
    db,
    repos: createRepositories(db),
    log: onError,
  });
  return {
    async trace(request: GraphQLRequest) {
      recorder.record();
      const response = await app.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      const body = (await response.json()) as unknown;
      return { body, steps: recorder.take() };
    },
  };
}

/** Null when the body has data and no errors; otherwise what is wrong. */
function problemOf(body: unknown): string | null {
  const b = body as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
  if (b.errors?.length)
    return b.errors
      .map((e) => e.message)
      .join('; ')
      .slice(0, 300);
  const values = Object.values(b.data ?? {});
  if (values.length === 0 || values.every((v) => v === null)) return 'no data';
  return null;
}

async function post(port: number, request: GraphQLRequest): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(60_000),
  });
  return response.json();
}

function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

/** Upper bound of requests per measurement, whatever the duration. */
const MAX_REQUESTS = 1_000_000;

/** c workers replaying the recorded Cypher back to back for `seconds`, in this process. */
async function measureRaw(
  driver: Driver,
  traces: Step[][],
  c: number,
  seconds: number,
): Promise<Measurement> {
  const stats: DbStats = { queries: 0, dbMs: 0 };
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline && issued < MAX_REQUESTS) {
      const trace = traces[issued++ % traces.length] as Step[];
      const t0 = performance.now();
      try {
        await replay(driver, trace, stats);
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: c }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return summarise('raw', c, latencies, errors, elapsed, stats, null);
}

function summarise(
  system: System,
  c: number,
  latencies: number[],
  errors: number,
  seconds: number,
  stats: DbStats,
  peakRssMb: number | null,
): Measurement {
  const n = Math.max(1, latencies.length);
  return {
    system,
    concurrency: c,
    requests: latencies.length,
    errors,
    seconds,
    throughput: latencies.length / seconds,
    latency: latencyOf(latencies),
    dbMsPerRequest: stats.dbMs / n,
    queriesPerRequest: stats.queries / n,
    peakRssMb,
  };
}

/** autocannon against one server, cycling through the request bodies. */
async function measureHttp(
  system: System,
  server: ChildServer,
  requests: GraphQLRequest[],
  c: number,
  seconds: number,
): Promise<Measurement> {
  const bodies = requests.map((r) => JSON.stringify(r));
  let next = 0;
  const latencies: number[] = [];
  const before = await server.stats();
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, memory(server.pid).rssMb);
  }, 100);
  const started = performance.now();
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${server.port}/graphql`,
          connections: c,
          duration: seconds,
          amount: undefined,
          timeout: 30,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          requests: [
            {
              setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] as string }),
            },
          ],
        },
        (error, res) => (error ? reject(error) : resolve(res)),
      );
      instance.on('response', (_client, status, _bytes, responseTime) => {
        if (status >= 200 && status < 300) latencies.push(responseTime);
      });
    });
    const elapsed = (performance.now() - started) / 1000;
    const after = await server.drained();
    peak = Math.max(peak, memory(server.pid).rssMb);
    const delta: DbStats = {
      queries: after.queries - before.queries,
      dbMs: after.dbMs - before.dbMs,
    };
    return summarise(
      system,
      c,
      latencies,
      result.errors + result.non2xx + result.timeouts,
      elapsed,
      delta,
      peak,
    );
  } finally {
    clearInterval(sampler);
  }
}

/** Resident memory of a process now and at its peak (VmHWM), from /proc. */
export function memory(pid: number): { rssMb: number; hwmMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: 0, hwmMb: 0 };
  }
}

interface ChildServer {
  port: number;
  pid: number;
  stats(): Promise<DbStats>;
  /** Waits (30 s at most) until the server has no query left running, then returns its stats. */
  drained(): Promise<DbStats>;
  stop(): Promise<void>;
}

/** Starts bench/servers/<kind>.ts as a child process on a free loopback port. */
async function startServer(
  kind: 'ours' | 'neo4j-graphql',
  uri: string,
  log: (line: string) => void,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, '..', 'servers', `${kind}.ts`)],
    {
      env: {
        ...process.env,
        BENCH_PORT: String(port),
        BENCH_NEO4J_URI: uri,
        NODE_ENV: 'production',
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${kind} server did not start within 60 s`)),
        60_000,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        output.push(chunk.toString());
        if (chunk.toString().includes(`ready ${port}`)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(
          new Error(`${kind} server exited with code ${code}: ${output.join('').slice(-2000)}`),
        );
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  log(`  ${kind} server on 127.0.0.1:${port} (pid ${child.pid})`);
  const stats = async () => {
    const response = await fetch(`http://127.0.0.1:${port}/__bench/stats`);
    return (await response.json()) as DbStats;
  };
  return {
    port,
    pid: child.pid ?? -1,
    stats,
    async drained() {
      const deadline = Date.now() + 30_000;
      let current = await stats();
      while ((current.inFlight ?? 0) > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        current = await stats();
      }
      return current;
    },
    stop,
  };
}

/** What machine the figures come from. */
export async function machineInfo(driver: Driver) {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    {},
    { database: 'neo4j' },
  );
  const neo = records[0];
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: neo ? `${neo.get('name')} ${neo.get('version')} ${neo.get('edition')}` : 'unknown',
  };
}
