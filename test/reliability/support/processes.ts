/**
 * The real server as a child process (`node --import tsx server/src/main.ts`, so a signal reaches
 * the server itself and not an npm wrapper), and an own throwaway Neo4j that can be stopped,
 * crashed and started again on the same port and folder. Everything started here is stopped by
 * its owner in a finally, and killed as a last resort when the test process exits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LocalNeo4j, startLocalNeo4j } from '../../../neo4j/launcher';
import { freePort } from '../../support/ports';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Everything the server printed (last 2,000 lines). */
  output: string[];
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  alive(): boolean;
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface ServerOptions {
  /** An external Neo4j; without it the server starts (and supervises) its own local one. */
  neo4jUri?: string;
  /** The local Neo4j's port and folder, when neo4jUri is not given. */
  local?: { port: number; dataDir: string };
  port?: number;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** What to run: the server itself (default) or `server/src/supervise.ts`, as npm start does. */
  script?: string;
}

/** Starts server/src/main.ts against `neo4jUri`; resolves once it says it is ready. */
export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    SEED_WHEN_EMPTY: 'false',
    CLIENT_DIR: path.join(os.tmpdir(), 'confine-no-client'),
    ...options.env,
  };
  if (options.neo4jUri) {
    env.NEO4J_URI = options.neo4jUri;
    env.NEO4J_PASSWORD = 'unused';
  } else {
    delete env.NEO4J_URI;
    delete env.NEO4J_PASSWORD;
    env.NEO4J_LOCAL_PORT = String(options.local?.port ?? (await freePort()));
    env.NEO4J_DATA_DIR = options.local?.dataDir ?? '.data/neo4j';
    env.NEO4J_HEAP ??= '384m';
    env.NEO4J_PAGECACHE ??= '64m';
    env.DEMO_PASSWORD ??= `reliability-${Date.now()}`;
  }
  const script = options.script ?? 'server/src/main.ts';
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const output: string[] = [];
  let ready: () => void = () => {};
  const readyLine = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (line.includes('[confine] Ready in')) ready();
    }
    if (output.length > 2000) output.splice(0, output.length - 2000);
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) =>
      child.once('exit', (code, signal) => {
        live.delete(child);
        resolve({ code, signal, at: Date.now() });
      }),
  );
  const alive = () => child.exitCode === null && child.signalCode === null;
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    output,
    exited,
    alive,
    signal: (signal) => {
      if (alive()) child.kill(signal);
    },
    async stop(graceMs = 15_000) {
      if (!alive()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  const timeoutMs = options.readyTimeoutMs ?? 240_000;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    readyLine.then(() => 'ready' as const),
    exited.then(() => 'exited' as const),
    new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (outcome !== 'ready') {
    child.kill('SIGKILL');
    const exit = await exited;
    throw new ServerStartError(
      `the server did not start (${outcome}):\n${output.slice(-20).join('\n')}`,
      outcome === 'exited' ? exit.code : null,
      output,
    );
  }
  return server;
}

/** The server exited (with `exitCode`) or timed out before it was ready. */
export class ServerStartError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly output: string[],
  ) {
    super(message);
  }
}

/** The pid of the Java process of the server's local Neo4j, from its latest log line about it. */
export function localNeo4jPid(output: string[]): number {
  for (const line of [...output].reverse()) {
    const m = /Neo4j is (?:ready|back) after .*pid (\d+)\)/.exec(line);
    if (m) return Number(m[1]);
  }
  throw new Error('the server has not said which process runs its Neo4j');
}

/** A Neo4j of our own, on a free port and a temporary folder, that a test may stop and start. */
export class OwnNeo4j {
  private current: LocalNeo4j | null = null;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  get uri() {
    return `bolt://127.0.0.1:${this.port}`;
  }

  get running() {
    return this.current !== null;
  }

  static async start(): Promise<OwnNeo4j> {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'confine-reliability-neo4j-'));
    const own = new OwnNeo4j(await freePort(), dataDir);
    try {
      await own.startAgain();
    } catch (error) {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
    return own;
  }

  /** Starts it (again) with the same port and folder; resolves once Bolt answers. */
  async startAgain(): Promise<void> {
    if (this.current) return;
    this.current = await startLocalNeo4j({
      port: this.port,
      dataDir: this.dataDir,
      heap: '384m',
      pageCache: '64m',
      startTimeoutMs: 600_000,
    });
  }

  /** A clean stop (SIGTERM to the JVM, which closes the databases). */
  async stop(): Promise<void> {
    const neo4j = this.current;
    this.current = null;
    await neo4j?.stop();
  }

  /** A crash: SIGKILL to the JVM, no chance to close anything. */
  async crash(): Promise<void> {
    const neo4j = this.current;
    this.current = null;
    if (!neo4j) return;
    try {
      process.kill(neo4j.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await neo4j.stop();
  }

  /** Freezes (SIGSTOP) or thaws (SIGCONT) the JVM: a database that stops answering, sockets open. */
  pause(frozen: boolean): void {
    if (this.current) process.kill(this.current.pid, frozen ? 'SIGSTOP' : 'SIGCONT');
  }

  /** Stops it and removes its folder. */
  async dispose(): Promise<void> {
    if (this.current) process.kill(this.current.pid, 'SIGCONT');
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

/** The errors the server logged as unexpected (masked as INTERNAL_SERVER_ERROR), with their codes. */
export function unexpectedErrors(output: string[]): { message: string; code: string }[] {
  const found: { message: string; code: string }[] = [];
  for (const [i, line] of output.entries()) {
    const at = line.indexOf('Unexpected error while answering a GraphQL request: ');
    if (at < 0) continue;
    const message = line.slice(at + 52);
    let code = '';
    for (const next of output.slice(i + 1, i + 60)) {
      if (next.includes('Unexpected error while answering')) break;
      const m = /^\s*code: '([^']*)'/.exec(next);
      if (m) {
        code = m[1] ?? '';
        break;
      }
    }
    found.push({ message, code });
  }
  return found;
}
