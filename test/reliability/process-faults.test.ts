/**
 * Process faults: the real server (a child process over the test run's Neo4j) is killed with
 * SIGKILL in the middle of a burst of writes and started again on the same port; the write ledger
 * shows nothing reported saved was lost and nothing half-applied. And a SIGTERM lets requests in
 * flight finish, closes the driver and exits 0 within the 10 s grace period.
 */

import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { createDriver } from '../../server/src/db/database';
import { createAccount, createContactPoints, removeReliabilityData } from './support/accounts';
import { reportFigures } from './support/figures';
import { postGql } from './support/http';
import { WriteLedger } from './support/ledger';
import { type RequestRecord, startLoad, tally } from './support/load';
import { type ServerProcess, startServer, unexpectedErrors } from './support/processes';
import { pick, sleep } from './support/profile';

const KILLS = pick(1, 3);
const CLIENTS = pick(3, 5);
/** Writes acknowledged in a round before the kill. */
const WRITES_BEFORE_KILL = pick(10, 40);
/** The server's grace period for requests in flight (server/src/main.ts). */
const GRACE_MS = 10_000;

let driver: Driver;
let server: ServerProcess | undefined;
const started: ServerProcess[] = [];

beforeAll(() => {
  driver = createDriver({ uri: inject('neo4jUri'), username: 'neo4j', password: undefined });
});

afterAll(async () => {
  for (const s of started) await s.stop();
  await removeReliabilityData(driver, 'Reliability ');
  await driver.close();
});

async function start(port?: number) {
  server = await startServer({ neo4jUri: inject('neo4jUri'), ...(port ? { port } : {}) });
  started.push(server);
  return server;
}

test('kill -9 during a burst of writes, then a restart: nothing reported saved is lost, nothing is half-applied', async () => {
  const first = await start();
  const port = first.port;
  const setup = await createAccount(driver, first.url, 'ADMIN');
  const writer = await createAccount(driver, first.url, 'ADMIN');
  const { contactPoints } = await createContactPoints(
    first.url,
    setup.headers,
    CLIENTS,
    'Reliability kill',
  );
  const ledger = new WriteLedger([writer.id]);
  let phase = 'burst 0';
  const url = `http://127.0.0.1:${port}`;
  const load = startLoad({
    url: () => url,
    headers: writer.headers,
    ledger,
    contactPoints,
    phase: () => phase,
    maxRequests: pick(2_000, 10_000),
    pauseMs: 0,
    timeoutMs: 60_000,
    namePrefix: 'Reliability kill load',
    mix: 'writes',
  });
  const kills: (string | null)[] = [];
  let records: RequestRecord[] = load.records;
  try {
    for (let round = 0; round < KILLS; round++) {
      const okBefore = () =>
        load.records.filter(
          (r) => r.kind !== 'read' && r.outcome === 'ok' && r.phase === `burst ${round}`,
        ).length;
      const deadline = Date.now() + 120_000;
      while (okBefore() < WRITES_BEFORE_KILL && Date.now() < deadline) await sleep(50);
      const victim = server!;
      phase = `killed ${round}`;
      // With no pause between requests, every client has a write in flight.
      victim.signal('SIGKILL');
      kills.push((await victim.exited).signal);
      phase = `restarting ${round}`;
      await start(port);
      phase = `burst ${round + 1}`;
    }
    const deadline = Date.now() + 120_000;
    const okAfter = () =>
      load.records.filter(
        (r) => r.kind !== 'read' && r.outcome === 'ok' && r.phase === `burst ${KILLS}`,
      ).length;
    while (okAfter() < WRITES_BEFORE_KILL && Date.now() < deadline) await sleep(50);
  } finally {
    await load.stop();
    records = load.records;
  }

  const problems: string[] = [];
  for (const signal of kills)
    if (signal !== 'SIGKILL') problems.push(`the server exited by ${signal}, not SIGKILL`);
  for (const r of records) {
    const calm = r.phase.startsWith('burst') && r.endPhase === r.phase;
    const allowed = calm ? ['ok', 'CONFLICT'] : ['ok', 'CONFLICT', 'NO_ANSWER'];
    if (!allowed.includes(r.outcome))
      problems.push(
        `${r.phase} → ${r.endPhase}: a ${r.kind} answered ${r.outcome}: ${r.text.slice(0, 200)}`,
      );
  }
  for (const s of started) {
    for (const e of unexpectedErrors(s.output))
      problems.push(`unexpected server error: ${e.code} ${e.message}`);
  }
  const figures = await ledger.verify(driver);
  const noAnswer = [...ledger.creates, ...ledger.updates].filter((e) => e.outcome === 'unknown');
  // Cut off by the kill (sent before it), as opposed to refused while the server was down.
  const cutOff = records.filter((r) => r.phase.startsWith('burst') && r.outcome === 'NO_ANSWER');
  console.log('process faults, outcomes per phase:', JSON.stringify(tally(records)));
  await reportFigures('process faults (kill -9)', {
    requests: records.length,
    faultsInjected: kills.length,
    writesCutOffByKill: cutOff.length,
    writesRefusedWhileDown: noAnswer.length - cutOff.length,
    writesOk: figures.writesOk,
    writesFailed: figures.writesFailed,
    committedDespiteNoAnswer: figures.committedDespiteFailure,
    committedDespiteFailureAnswers: figures.committedDespiteFailureAnswers,
    recordsVerified: figures.recordsVerified,
    auditEventsVerified: figures.auditEventsVerified,
    lost: figures.problems.length,
  });
  expect(problems).toEqual([]);
  expect(figures.problems).toEqual([]);
  expect(cutOff.length).toBeGreaterThan(0);
}, 900_000);

/**
 * A POST whose body arrives in two parts: the request is in flight until `finish()` is called.
 * It asks for "100 Continue", so `received` resolves once the server has taken the request in.
 * `keepAlive`: the client keeps the connection open afterwards, as browsers and proxies do.
 */
function slowPost(url: string, body: string, headers: Record<string, string>, keepAlive = false) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const request = http.request(`${url}/graphql`, {
    method: 'POST',
    agent: new http.Agent({ keepAlive }),
    headers: {
      'content-type': 'application/json',
      'content-length': String(bytes.length),
      expect: '100-continue',
      ...headers,
    },
  });
  const received = new Promise<void>((resolve) => request.once('continue', () => resolve()));
  const response = new Promise<{ status: number; text: string; at: number }>((resolve) => {
    request.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, at: Date.now() }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, text, at: Date.now() }));
    });
    request.on('error', () => resolve({ status: 0, text: '', at: Date.now() }));
  });
  request.flushHeaders();
  void received.then(() => request.write(bytes.subarray(0, half)));
  return {
    received,
    response,
    finish() {
      request.end(bytes.subarray(half));
    },
  };
}

test('SIGTERM: requests in flight still complete with 200, the driver is closed, the process exits 0 in the grace period', async () => {
  // The server restarted after the kill above, if it is still running; else a new one.
  const srv = server?.alive() ? server : await start();
  const admin = await createAccount(driver, srv.url, 'ADMIN');
  const name = `Reliability sigterm ${randomBytes(3).toString('hex')}`;
  const write = JSON.stringify({
    query: 'mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id name } }',
    variables: { input: { name, type: 'OTHER', country: 'BE', coverage: [] } },
  });
  const reads = [
    '{ barriers { code measures { code } } }',
    '{ whoToCall(input: {barrier: "WORK", region: "region-mun-genk"}) { entries { rank organisation { name } } } }',
    '{ neighbourhood(id: "org-stad-genk", depth: 3, limit: 500) { nodes { id } edges { id } } }',
    '{ search(query: "politie", first: 50) { score } }',
  ].map((query) => JSON.stringify({ query }));
  // Each request sends its headers and half its body, then waits: in flight until finished.
  const inFlight = [write, ...reads].map((body) => slowPost(srv.url, body, admin.headers));
  await Promise.all(inFlight.map((r) => r.received));
  await sleep(200);
  const signalled = Date.now();
  srv.signal('SIGTERM');
  await sleep(1_000);
  // No new connections once stopping.
  const late = await postGql(srv.url, '{ barriers { code } }', {}, {}, 5_000);
  expect(srv.alive(), 'still finishing the requests in flight').toBe(true);
  for (const request of inFlight) request.finish();
  const answers = await Promise.all(inFlight.map((r) => r.response));
  const exit = await srv.exited;

  expect(late.status, 'a request after SIGTERM finds nobody listening').toBe(0);
  expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
  const [created, ...read] = answers.map(
    (a) => JSON.parse(a.text) as { data?: unknown; errors?: unknown },
  );
  expect(created).toMatchObject({ data: { createOrganisation: { name } } });
  for (const body of read) {
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
  }
  expect(exit.code).toBe(0);
  // Every request in flight was answered (200 above: none cut off by the grace period), and only
  // then did the process exit. How long that took is a figure, not a pass mark.
  const lastAnswer = Math.max(...answers.map((a) => a.at));
  expect(exit.at).toBeGreaterThanOrEqual(lastAnswer);
  expect(srv.output.join('\n')).toMatch(/SIGTERM: finishing requests in flight[\s\S]*Stopped/);
  // The write that was in flight is committed, with its audit event.
  const { records } = await driver.executeQuery(
    `MATCH (o:Organisation {name: $name}) MATCH (e:AuditEvent {entityId: o.id, action: 'CREATE'}) RETURN count(e) AS events`,
    { name },
  );
  expect(Number(records[0]?.get('events'))).toBe(1);
  await reportFigures('process faults (SIGTERM)', {
    requestsInFlight: answers.length,
    completed: answers.filter((a) => a.status === 200).length,
    exitCode: exit.code ?? -1,
    exitMs: exit.at - signalled,
    exitMsAfterLastAnswer: exit.at - lastAnswer,
  });
}, 300_000);

// A stopping server used to wait for its keep-alive clients' idle connections to time out (5 s) or
// for the grace period: those connections became idle only after server.close() had closed the
// idle ones. Now each connection is closed as soon as its last answer has gone out.
test('SIGTERM with keep-alive clients: the process exits as soon as the requests in flight are answered', async () => {
  const srv = await start();
  const inFlight = slowPost(srv.url, JSON.stringify({ query: '{ barriers { code } }' }), {}, true);
  await inFlight.received;
  await sleep(200);
  srv.signal('SIGTERM');
  await sleep(500);
  inFlight.finish();
  const answer = await inFlight.response;
  const exit = await srv.exited;
  console.log(`keep-alive client: exit ${exit.at - answer.at} ms after the last answer`);
  expect(answer.status).toBe(200);
  expect(exit.at - answer.at).toBeLessThan(2_000);
}, 300_000);

test.runIf(pick(false, true))(
  'SIGTERM with a request that never finishes: cut off after the grace period, exit 0 all the same',
  async () => {
    const srv = await start();
    const stuck = slowPost(srv.url, JSON.stringify({ query: '{ barriers { code } }' }), {});
    await stuck.received;
    await sleep(200);
    const signalled = Date.now();
    srv.signal('SIGTERM');
    const exit = await srv.exited;
    const answer = await stuck.response;
    expect(exit.code).toBe(0);
    // Not before the grace period (timers never fire early); how much after is a figure.
    expect(exit.at - signalled).toBeGreaterThanOrEqual(GRACE_MS - 500);
    expect(answer.status).toBe(0);
    await reportFigures('process faults (SIGTERM, stuck request)', {
      exitCode: exit.code ?? -1,
      exitMs: exit.at - signalled,
    });
  },
  300_000,
);

test('npm start supervises the server: killed (kill -9), a new one answers by itself; SIGTERM stops both', async () => {
  const supervisor = await startServer({
    neo4jUri: inject('neo4jUri'),
    script: 'server/src/supervise.ts',
  });
  started.push(supervisor);
  const pidOf = () =>
    [...supervisor.output.join('\n').matchAll(/\[supervisor\] server started \(pid (\d+)/g)].map(
      (m) => Number(m[1]),
    );
  const [firstPid] = pidOf();
  expect(firstPid, 'the supervisor names the server it started').toBeGreaterThan(0);
  expect((await postGql(supervisor.url, '{ barriers { code } }')).body?.data).toBeTruthy();

  process.kill(firstPid!, 'SIGKILL');
  // Wait (bounded) for what a user would see: the API answering again, from a new process.
  let answered = false;
  for (const deadline = Date.now() + 240_000; !answered && Date.now() < deadline; ) {
    await sleep(250);
    const answer = await postGql(supervisor.url, '{ barriers { code } }', {}, {}, 10_000).catch(
      () => null,
    );
    answered = Boolean(answer?.body?.data) && pidOf().length === 2;
  }
  expect(answered, 'a new server answers after the kill').toBe(true);
  expect(supervisor.alive()).toBe(true);
  expect(supervisor.output.join('\n')).toMatch(
    /\[supervisor\] the server \(pid \d+\) was killed \(SIGKILL\): restarting it/,
  );
  const secondPid = pidOf()[1]!;
  expect(secondPid).not.toBe(firstPid);

  supervisor.signal('SIGTERM');
  const exit = await supervisor.exited;
  expect(exit.code).toBe(0);
  expect(() => process.kill(secondPid, 0), 'the server stopped with its supervisor').toThrow();
  await reportFigures('app supervision (kill -9)', {
    restarts: 1,
    supervisorExit: exit.code ?? -1,
  });
});
