/**
 * What `npm start` runs: the server (main.ts) as a child process with a bounded Node heap, brought
 * back when it dies (out of memory, a crash, kill -9), like main.ts brings back its local Neo4j.
 *
 * Exit code 1 from the server means it cannot start or cannot go on (a bad setting, a port in
 * use, a Neo4j that cannot come back): restarting would not help, so the supervisor stops too,
 * with the same code. Ctrl-C and SIGTERM stop the server and then the supervisor.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const log = (line: string) => console.log(`[supervisor] ${line}`);
const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');
/** The server's heap: far above what it needs, far below what would starve the machine. */
const HEAP_MB = Number(process.env.APP_HEAP_MB ?? 1024);
/** Pauses before the restarts that follow each other; a run this long resets the count. */
const BACKOFF_MS = [0, 1_000, 2_000, 4_000, 8_000];
const STABLE_MS = 10 * 60_000;

let child: ChildProcess | undefined;
let stopping = false;
let failures = 0;
/** The local Neo4j's Java process, read from the server's log: it must be gone before a restart. */
let neo4jPid: number | undefined;

function start() {
  const started = Date.now();
  neo4jPid = undefined;
  child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', MAIN], {
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    for (const match of chunk.toString('utf8').matchAll(/Neo4j .*\bpid (\d+)\)/g))
      neo4jPid = Number(match[1]);
  });
  log(`server started (pid ${child.pid}, heap up to ${HEAP_MB} MB)`);
  child.once('exit', async (code, signal) => {
    if (stopping) process.exit(code ?? 0);
    if (code === 0 || code === 1) process.exit(code);
    if (Date.now() - started > STABLE_MS) failures = 0;
    const pause = BACKOFF_MS[failures];
    const why = signal ? `was killed (${signal})` : `exited with code ${code}`;
    if (pause === undefined) {
      console.error(
        `[supervisor] the server ${why} and could not be kept running after ${BACKOFF_MS.length} restarts in a row: see the lines above for the cause`,
      );
      process.exit(1);
    }
    failures++;
    log(`the server (pid ${child?.pid}) ${why}: restarting it (restart ${failures})`);
    // Its Neo4j exits when the server's end of its stdin closes; the next server needs its port
    // and store, so wait (bounded) until the Java process is gone.
    await gone(neo4jPid, 60_000);
    setTimeout(start, pause);
  });
}

async function gone(pid: number | undefined, boundMs: number) {
  const deadline = Date.now() + boundMs;
  while (pid !== undefined && Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    // A child between restarts has nothing to stop.
    if (!child || child.exitCode !== null || child.signalCode !== null) process.exit(0);
    child.kill(signal);
  });
}

start();
