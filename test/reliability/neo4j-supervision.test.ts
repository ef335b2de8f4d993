/**
 * The server's own local Neo4j is supervised: killed outright (`kill -9` on its Java process)
 * under steady load, it is restarted by the server itself — /healthz says 503, then 200 again with
 * no outside action — and the write ledger shows that every acknowledged write is there. A store
 * that cannot start ends the server's start with one clear line and a non-zero exit; and when the
 * store is made unusable while the server runs, the restarts give up after a bounded number of
 * attempts, again with one line and a non-zero exit rather than an endless 503.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createDriver } from '../../server/src/db/database';
import { freePort } from '../support/ports';
import { type Account, createAccount, createContactPoints } from './support/accounts';
import { reportFigures } from './support/figures';
import { getHealth, postGql } from './support/http';
import { WriteLedger } from './support/ledger';
import { type RequestRecord, startLoad, tally } from './support/load';
import {
  localNeo4jPid,
  OwnNeo4j,
  type ServerProcess,
  ServerStartError,
  startServer,
  unexpectedErrors,
} from './support/processes';
import { pick, sleep } from './support/profile';

const KILLS = pick(1, 3);
const CLIENTS = pick(3, 4);
/** Bounds on waits for what must happen (not targets): a busy 2-core machine starts a JVM slowly. */
const BOUND_MS = 300_000;
const START_MS = 600_000;
/**
 * No answer within this is a hang: the server bounds a write at 120 s (its transaction timeout)
 * plus 3 s of retries and 5 s to get a connection. A restarted JVM on a busy machine can take
 * most of that for its first writes, which is slow but not hanging.
 */
const HANG_MS = 150_000;

let dataDir = '';
let neo4jPort = 0;
let server: ServerProcess | undefined;
let driver: Driver | undefined;
let writer: Account;
let ledger: WriteLedger;
let contactPoints: { id: string; version: number }[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'confine-supervised-neo4j-'));
  neo4jPort = await freePort();
  server = await startServer({
    local: { port: neo4jPort, dataDir },
    readyTimeoutMs: START_MS,
  });
  driver = createDriver({
    uri: `bolt://127.0.0.1:${neo4jPort}`,
    username: 'neo4j',
    password: undefined,
  });
  const setup = await createAccount(driver, server.url, 'ADMIN');
  writer = await createAccount(driver, server.url, 'ADMIN');
  ({ contactPoints } = await createContactPoints(
    server.url,
    setup.headers,
    CLIENTS,
    'Reliability supervised',
  ));
  ledger = new WriteLedger([writer.id]);
}, START_MS + 60_000);

afterAll(async () => {
  await server?.stop();
  await driver?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Waits until `done()` holds, checking every 100 ms, for at most `bound` ms; returns whether it did. */
async function until(done: () => boolean, bound = BOUND_MS): Promise<boolean> {
  const deadline = Date.now() + bound;
  while (!done() && Date.now() < deadline) await sleep(100);
  return done();
}

test('kill -9 of the local Neo4j under load: /healthz 503, then 200 again by itself, no acknowledged write lost', async () => {
  const srv = server!;
  // Steady means answering: a cold JVM on a busy machine may time out the very first requests.
  let phase = 'warming';
  const load = startLoad({
    url: () => srv.url,
    headers: writer.headers,
    ledger,
    contactPoints,
    phase: () => phase,
    maxRequests: pick(3_000, 20_000),
    pauseMs: 25,
    timeoutMs: HANG_MS,
    namePrefix: 'Reliability supervised load',
  });
  const health: { phase: string; status: number }[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const at = phase;
      const answer = await getHealth(srv.url, 60_000);
      health.push({ phase: at, status: answer.status });
      await sleep(200);
    }
  })();
  const recoveries: number[] = [];
  const problems: string[] = [];
  let records: RequestRecord[] = load.records;
  try {
    await until(() => load.records.some((r) => r.kind !== 'read' && r.outcome === 'ok'));
    phase = 'steady 0';
    for (let round = 0; round < KILLS; round++) {
      const okWrites = () =>
        load.records.filter(
          (r) => r.kind !== 'read' && r.outcome === 'ok' && r.phase === `steady ${round}`,
        ).length;
      if (!(await until(() => okWrites() >= CLIENTS * 2)))
        problems.push(`round ${round}: no steady writes before the kill`);
      const pid = localNeo4jPid(srv.output);
      phase = `crashed ${round}`;
      const crashedAt = Date.now();
      process.kill(pid, 'SIGKILL');
      // Down until /healthz has said so, then up again: both observed, each wait bounded.
      const saw503 = await until(() =>
        health.some((h) => h.phase === `crashed ${round}` && h.status === 503),
      );
      if (!saw503) problems.push(`round ${round}: /healthz never said 503`);
      let firstOk = 0;
      await until(() => {
        if (!firstOk && health.some((h) => h.phase === `crashed ${round}` && h.status === 200))
          firstOk = Date.now();
        return firstOk > 0;
      });
      if (!firstOk) problems.push(`round ${round}: /healthz not back to 200 by itself`);
      recoveries.push(firstOk ? firstOk - crashedAt : Number.NaN);
      phase = `steady ${round + 1}`;
    }
    const okAfter = () =>
      load.records.filter(
        (r) => r.kind !== 'read' && r.outcome === 'ok' && r.phase === `steady ${KILLS}`,
      ).length;
    if (!(await until(() => okAfter() >= CLIENTS * 2)))
      problems.push('no write succeeded after the last recovery');
  } finally {
    await load.stop();
    polling = false;
    await poller;
    records = load.records;
  }

  expect(srv.alive(), 'the server process survived every crash of its Neo4j').toBe(true);
  for (const r of records) {
    if (r.phase === 'warming') continue;
    const calm = r.phase.startsWith('steady') && r.endPhase === r.phase;
    // A request that meets the crash may also run out of its 15 s budget (REQUEST_TIMEOUT) while a
    // busy machine restarts the JVM and plans again: a coded, bounded answer, unlike a hang.
    const allowed = calm
      ? ['ok', 'CONFLICT']
      : ['ok', 'CONFLICT', 'DATABASE_UNAVAILABLE', 'REQUEST_TIMEOUT'];
    if (!allowed.includes(r.outcome))
      problems.push(
        `${r.phase} → ${r.endPhase}: a ${r.kind} answered ${r.outcome}: ${r.text.slice(0, 200)}`,
      );
  }
  for (const e of unexpectedErrors(srv.output))
    problems.push(`unexpected server error: ${e.code} ${e.message}`);
  const log = srv.output.join('\n');
  const crashes = log.match(/Neo4j \(pid \d+\) exited unexpectedly/g) ?? [];
  const backs = log.match(/Neo4j is back after/g) ?? [];
  if (crashes.length !== KILLS) problems.push(`${crashes.length} crash line(s) for ${KILLS} kills`);
  if (backs.length !== KILLS) problems.push(`${backs.length} recovery line(s) for ${KILLS} kills`);

  const figures = await ledger.verify(driver!);
  console.log('supervised Neo4j, outcomes per phase:', JSON.stringify(tally(records)));
  const sorted = [...recoveries].sort((a, b) => a - b);
  await reportFigures('local Neo4j supervision (kill -9)', {
    requests: records.length,
    faultsInjected: KILLS,
    crashToFirst200Ms: recoveries.join('/'),
    medianCrashToFirst200Ms: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    unavailableAnswers: records.filter((r) => r.outcome === 'DATABASE_UNAVAILABLE').length,
    writesOk: figures.writesOk,
    writesFailed: figures.writesFailed,
    recordsVerified: figures.recordsVerified,
    auditEventsVerified: figures.auditEventsVerified,
    lost: figures.problems.length,
  });
  if (problems.length) console.log(srv.output.slice(-40).join('\n'));
  expect(problems).toEqual([]);
  expect(figures.problems).toEqual([]);
  expect(figures.writesOk).toBeGreaterThan(0);
}, 1_800_000);

test(
  'a store that cannot come back while the server runs: bounded restarts, then one line and a non-zero exit',
  async () => {
    const srv = server!;
    const pid = localNeo4jPid(srv.output);
    // Frozen first, so that the store is swapped for a regular file before any restart can run.
    process.kill(pid, 'SIGSTOP');
    const moved = `${dataDir}-moved`;
    await rename(dataDir, moved);
    await writeFile(dataDir, 'not a folder\n');
    process.kill(pid, 'SIGKILL');
    try {
      const exit = await Promise.race([srv.exited, sleep(BOUND_MS).then(() => null)]);
      expect(exit, 'the server exited by itself').not.toBeNull();
      expect(exit!.code).toBe(1);
      const fatal = srv.output.filter((l) => l.includes('could not be restarted'));
      expect(fatal).toHaveLength(1);
      expect(fatal[0]).toContain(`the Neo4j data folder ${dataDir} cannot be created`);
      expect(fatal[0]).toMatch(/NEO4J_DATA_DIR/);
      // Each attempt said so: never a silent loop.
      expect(srv.output.filter((l) => /Neo4j restart \d of \d failed/.test(l)).length).toBe(5);
      expect(
        (await postGql(srv.url, '{ barriers { code } }', {}, {}, 5_000)).status,
        'nobody answers',
      ).toBe(0);
    } finally {
      await rm(dataDir, { force: true });
      await rename(moved, dataDir);
    }
  },
  BOUND_MS + 60_000,
);

test(
  'a store that cannot start ends the start with one line and a non-zero exit',
  async () => {
    const failures: { what: string; line: string; code: number | null }[] = [];
    const expectFailure = async (what: string, local: { port: number; dataDir: string }) => {
      const error = await startServer({ local, readyTimeoutMs: START_MS }).then(
        async (s) => {
          await s.stop();
          return null;
        },
        (e: unknown) => e,
      );
      expect(error, `${what}: the server did not start`).toBeInstanceOf(ServerStartError);
      const { exitCode, output } = error as ServerStartError;
      // The error lines: the start's progress lines (the Node and mode, Starting Neo4j) left out.
      const lines = output.filter(
        (l) => l.startsWith('[confine] ') && !/Starting Neo4j|^\[confine\] Node v/.test(l),
      );
      failures.push({ what, line: lines.at(-1) ?? '', code: exitCode });
      return { exitCode, lines };
    };

    // The data folder's path is a regular file (chmod would not stop root, which runs the tests).
    const file = path.join(os.tmpdir(), `confine-not-a-folder-${process.pid}`);
    await writeFile(file, 'not a folder\n');
    try {
      const { exitCode, lines } = await expectFailure('data path is a file', {
        port: await freePort(),
        dataDir: file,
      });
      expect(exitCode).toBe(1);
      expect(lines).toEqual([
        `[confine] the Neo4j data folder ${file} cannot be created (EEXIST): make sure the path is a writable folder, or choose another one with NEO4J_DATA_DIR`,
      ]);
    } finally {
      await rm(file, { force: true });
    }

    // The store is held by another Neo4j (another npm start on the same folder).
    const other = await OwnNeo4j.start();
    try {
      const { exitCode, lines } = await expectFailure('store locked', {
        port: await freePort(),
        dataDir: other.dataDir,
      });
      expect(exitCode).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^\[confine\] Neo4j exited with code \d+: .*lock/i);
      expect(lines[0]).toContain(`another Neo4j (another npm start?) uses ${other.dataDir}`);
    } finally {
      await other.dispose();
    }
    console.log(failures.map((f) => `${f.what}: exit ${f.code}: ${f.line}`).join('\n'));
  },
  2 * START_MS,
);
