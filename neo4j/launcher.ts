/**
 * Starts and stops the local, embedded Neo4j (see LocalNeo4j.java) from Node.
 *
 * The classpath is resolved by Maven once and cached under neo4j/target, keyed by a hash of
 * the pom and the Java source; later starts run `java` directly, which is what makes a warm
 * start take seconds instead of a Maven run.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';

const run = promisify(execFile);
const projectDir = path.dirname(fileURLToPath(import.meta.url));
const targetDir = path.join(projectDir, 'target');
const sourceFile = path.join(projectDir, 'src/main/java/org/confine/localneo4j/LocalNeo4j.java');
const pomFile = path.join(projectDir, 'pom.xml');
const MAIN_CLASS = 'org.confine.localneo4j.LocalNeo4j';

/** The flags Neo4j's own launcher passes to the JVM. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
];

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** Folder holding the databases; created when missing. */
  dataDir: string;
  heap?: string;
  pageCache?: string;
  /** Where progress lines go; silent when omitted. */
  log?: (line: string) => void;
  /**
   * How long to wait for Bolt to answer (default 300 s). A JVM that exits (a locked or damaged
   * store, a taken port) is reported at once; the bound only ends a start that hangs. A cold
   * start on a busy 2-core machine has taken more than 120 s, so the bound is generous.
   */
  startTimeoutMs?: number;
  /**
   * Start the JVM from a class-data archive of Neo4j's classes (default true): about a quarter
   * less CPU per start, which is most of a restart after a crash. Off only to measure the gain.
   */
  classSharing?: boolean;
  /** Internal (prepareClassDataArchive): this JVM writes the archive as it stops. */
  writeClassData?: boolean;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Resolves with the exit code (null when killed by a signal) once the Java process has exited. */
  exited: Promise<number | null>;
  /** Stops Neo4j and waits until the Java process has exited. */
  stop(): Promise<void>;
}

/** A problem the user can fix, reported as one clear line. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** Starts Neo4j, resolves once Bolt accepts a verified connection. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const javaVersion = await assertJava();
  await assertPortFree(options.port);
  const classpath = await resolveClasspath(log);
  const sharing =
    options.classSharing === false
      ? null
      : classDataArchive(classpath, javaVersion, options.writeClassData === true);
  await mkdir(options.dataDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new LocalNeo4jError(
      `the Neo4j data folder ${options.dataDir} cannot be created (${error.code ?? error.message}): ` +
        'make sure the path is a writable folder, or choose another one with NEO4J_DATA_DIR',
    );
  });

  log(`Starting Neo4j 5.26 on bolt://127.0.0.1:${options.port} (data in ${options.dataDir})`);
  const child = spawn(
    'java',
    [
      `-Xms${options.heap ?? '256m'}`,
      `-Xmx${options.heap ?? '512m'}`,
      ...JVM_FLAGS,
      ...(sharing?.flags ?? []),
      '-cp',
      classpath,
      MAIN_CLASS,
      '--host',
      '127.0.0.1',
      '--port',
      String(options.port),
      '--data',
      options.dataDir,
      '--pagecache',
      options.pageCache ?? '128m',
    ],
    // stdin stays open: LocalNeo4j exits when it closes, so Java never outlives us.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim()) output.push(line);
    }
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      // The archive is only whole when the JVM finished its exit (not killed by a signal).
      if (sharing?.onExit) void sharing.onExit(code !== null).finally(() => resolve(code));
      else resolve(code);
    }),
  );

  const uri = `bolt://127.0.0.1:${options.port}`;
  try {
    await waitForBolt(uri, exited, options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
  } catch (error) {
    child.kill('SIGKILL');
    const reason =
      output.filter((l) => l.startsWith('local-neo4j:')).pop() ?? output.slice(-3).join(' | ');
    throw new LocalNeo4jError(
      `${(error as Error).message}${reason ? `: ${reason}` : ''}${advice(reason, options.dataDir)}`,
    );
  }
  log(`Neo4j is ready after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`);

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? -1,
    exited,
    stop() {
      // Writing the class-data archive at exit takes a while on a busy machine: wait for it.
      stopping ??= stopChild(child, exited, sharing?.onExit ? 300_000 : 30_000);
      return stopping;
    },
  };
}

/** What to do about a store that does not start, from the reason Neo4j gave. */
function advice(reason: string, dataDir: string): string {
  if (/lock/i.test(reason))
    return ` — another Neo4j (another npm start?) uses ${dataDir}: stop it, or choose another folder with NEO4J_DATA_DIR`;
  if (/no space left|disk.*full/i.test(reason))
    return ` — the disk holding ${dataDir} is full: free some space and start again`;
  if (!reason.startsWith('local-neo4j:')) return '';
  return ` — check the folder ${dataDir} (NEO4J_DATA_DIR); if the store is damaged, restore a backup (npm run restore) into an empty folder`;
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => {
    const t = setTimeout(() => resolve('timeout'), timeoutMs);
    t.unref();
  });
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

async function waitForBolt(
  uri: string,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new LocalNeo4jError(`Neo4j exited with code ${exitCode}`);
    if (await portAnswers(uri)) {
      const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000 });
      try {
        await driver.verifyConnectivity();
        return;
      } catch {
        // Bolt is up but the database is still starting: try again.
      } finally {
        await driver.close();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new LocalNeo4jError(`Neo4j did not answer on ${uri} within ${timeoutMs / 1000} s`);
}

function portAnswers(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** How long a start may take before it counts as hung (see LocalNeo4jOptions.startTimeoutMs). */
const DEFAULT_START_TIMEOUT_MS = 300_000;

/** The `java -version` text once checked: a restart after a crash need not start a JVM for it. */
let checkedJava: string | undefined;

/** Checks for Java 17+ and returns its `java -version` text (a class-data archive is per JVM). */
async function assertJava(): Promise<string> {
  if (checkedJava) return checkedJava;
  let text: string;
  try {
    const { stderr, stdout } = await run('java', ['-version']);
    text = `${stderr}${stdout}`;
  } catch {
    throw new LocalNeo4jError(
      'Java 17 or newer is required for the local Neo4j and was not found: install a JDK ' +
        '(Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless), or set NEO4J_URI to use an external Neo4j',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new LocalNeo4jError(
      `Java 17 or newer is required for the local Neo4j, found ${match ? `Java ${major}` : 'an unknown version'}: ` +
        'install JDK 17 or 21 and put it first on PATH (or set JAVA_HOME), or set NEO4J_URI',
    );
  }
  checkedJava = text;
  return text;
}

/**
 * Writes the class-data archive ahead of the first real start (npm run neo4j:prepare), by starting
 * and stopping Neo4j once on an empty folder; otherwise the first clean stop writes it. Returns
 * the archive's path, or null when this JDK or classpath cannot share classes.
 */
export async function prepareClassDataArchive(log: (line: string) => void): Promise<string | null> {
  const javaVersion = await assertJava();
  const sharing = classDataArchive(await resolveClasspath(log), javaVersion, true);
  if (!sharing) return null;
  if (!sharing.onExit) return sharing.archive;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'neo4j-class-data-'));
  try {
    log('Writing the class-data archive that makes later starts faster (first run only)…');
    const neo4j = await startLocalNeo4j({
      port: await freePort(),
      dataDir,
      writeClassData: true,
      // Nothing waits on this start but the preparation itself: a loaded machine may take long.
      startTimeoutMs: 600_000,
    });
    await neo4j.stop();
  } catch (error) {
    // The archive only makes starts faster; without it Neo4j starts as well (and the first
    // clean stop writes it). A start that failed here will fail again, with its reason, later.
    if (!(error instanceof LocalNeo4jError)) throw error;
    log(`The class-data archive was not written (${error.message}); Neo4j starts without it.`);
    return null;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  return existsSync(sharing.archive) ? sharing.archive : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface ClassSharing {
  archive: string;
  flags: string[];
  /** Set when this JVM writes the archive as it exits: keeps it if the JVM exited by itself. */
  onExit?: (clean: boolean) => Promise<void>;
}

/**
 * JVM flags for class-data sharing (CDS). Loading and verifying Neo4j's ~15,000 classes is most of
 * a start's CPU; a dynamic archive written by one JVM at its exit lets the next map them instead.
 * Only prepareClassDataArchive writes one (writing takes seconds to a minute at exit, which an
 * ordinary stop should not pay). The archive is per classpath and Java build, lives in
 * neo4j/target, and is written under a temporary name and renamed only after a clean exit, so a
 * killed JVM never leaves a half-written archive. A JVM that cannot use one ignores it.
 */
function classDataArchive(
  classpath: string,
  javaVersion: string,
  write: boolean,
): ClassSharing | null {
  // CDS cannot archive classes from a non-empty folder on the classpath: only jars qualify.
  if (!classpath.split(path.delimiter).every((entry) => entry.endsWith('.jar'))) return null;
  // The JVM only accepts an archive whose jars have the sizes and times they had when it was
  // written, so those are part of the key (a recompiled launcher or a re-downloaded jar).
  const hash = createHash('sha256').update(javaVersion);
  for (const jar of classpath.split(path.delimiter)) {
    const info = statSync(jar, { throwIfNoEntry: false });
    hash.update(`${jar}\0${info?.size}\0${info?.mtimeMs}\n`);
  }
  const key = hash.digest('hex').slice(0, 16);
  const archive = path.join(targetDir, `class-data-${key}.jsa`);
  const quiet = '-Xlog:cds=off,cds+dynamic=off';
  if (existsSync(archive)) return { archive, flags: [`-XX:SharedArchiveFile=${archive}`, quiet] };
  if (!write) return { archive, flags: [] };
  const partial = `${archive}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  return {
    archive,
    flags: [`-XX:ArchiveClassesAtExit=${partial}`, quiet],
    async onExit(clean) {
      const written = await stat(partial).catch(() => null);
      if (clean && written && written.size > 0 && !existsSync(archive)) {
        await rename(partial, archive).catch(() => {});
        // Archives of an older classpath or Java are of no use any more (each is ~80 MB).
        for (const name of await readdir(targetDir).catch(() => [] as string[])) {
          if (/^class-data-[0-9a-f]{16}\.jsa$/.test(name) && path.join(targetDir, name) !== archive)
            await rm(path.join(targetDir, name), { force: true });
        }
      }
      await rm(partial, { force: true });
    },
  };
}

/** Fails with one line when something already listens on the port. */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new LocalNeo4jError(
          error.code === 'EADDRINUSE'
            ? `port ${port} on 127.0.0.1 is already in use: stop what listens there ` +
                `(e.g. another Neo4j or npm start), or choose another port with NEO4J_LOCAL_PORT`
            : `cannot listen on 127.0.0.1:${port}: ${error.message}`,
        ),
      );
    });
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      server.close(() => resolve());
    });
  });
}

/** Compiles the launcher and resolves Neo4j's jars with Maven, once; cached in neo4j/target. */
export async function resolveClasspath(log: (line: string) => void): Promise<string> {
  const key = createHash('sha256')
    .update(await readFile(pomFile))
    .update(await readFile(sourceFile))
    .digest('hex');
  const keyFile = path.join(targetDir, 'classpath.key');
  const cpFile = path.join(targetDir, 'classpath.txt');
  const classes = path.join(targetDir, 'classes');
  const launcherJar = path.join(targetDir, 'local-neo4j.jar');
  if (
    existsSync(cpFile) &&
    existsSync(path.join(classes, 'org/confine/localneo4j/LocalNeo4j.class')) &&
    (await readFile(keyFile, 'utf8').catch(() => '')) === key
  ) {
    const cached = (await readFile(cpFile, 'utf8')).trim();
    if (cached.split(path.delimiter).every((jar) => existsSync(jar))) {
      return `${await packLauncher(classes, launcherJar)}${path.delimiter}${cached}`;
    }
  }

  log('Resolving Neo4j 5.26 from Maven Central and compiling the launcher (first run only)…');
  try {
    await run('mvn', ['-v']);
  } catch {
    throw new LocalNeo4jError(
      'Maven is required to fetch Neo4j for the local database and was not found: install it ' +
        '(Debian/Ubuntu: apt-get install -y maven), or set NEO4J_URI to use an external Neo4j',
    );
  }
  try {
    await run(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        pomFile,
        'compile',
        'dependency:build-classpath',
        `-Dmdep.outputFile=${cpFile}`,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const out = `${(error as { stdout?: string }).stdout ?? ''}`
      .split('\n')
      .filter((l) => l.includes('ERROR'));
    throw new LocalNeo4jError(
      `Maven could not resolve Neo4j (is Maven Central reachable?): ${out.slice(0, 2).join(' ') || (error as Error).message}`,
    );
  }
  await rm(launcherJar, { force: true });
  const launcher = await packLauncher(classes, launcherJar);
  await writeFile(keyFile, key);
  log('Neo4j resolved; the classpath is cached in neo4j/target');
  return `${launcher}${path.delimiter}${(await readFile(cpFile, 'utf8')).trim()}`;
}

/**
 * The launcher's compiled class, as a jar so the JVM may archive it with Neo4j's (class-data
 * sharing refuses folders). Without the JDK's jar tool the folder still works, only unshared.
 */
async function packLauncher(classes: string, jar: string): Promise<string> {
  if (!existsSync(jar)) {
    const partial = `${jar}.${process.pid}.tmp`;
    await run('jar', ['--create', '--file', partial, '-C', classes, '.'])
      .then(() => rename(partial, jar))
      .catch(() => rm(partial, { force: true }));
  }
  return existsSync(jar) ? jar : classes;
}

export interface SupervisionOptions extends LocalNeo4jOptions {
  /** Restarts tried in a row after a crash before giving up (default 5). */
  maxRestarts?: number;
  /** How often to ask a running Neo4j for an answer (default 5 s). */
  livenessIntervalMs?: number;
  /** Probes in a row without an answer before a frozen Neo4j is killed and restarted (default 4). */
  livenessFailures?: number;
  /** Neo4j went away (exited or stopped answering); a restart is under way. */
  onDown?: (reason: string) => void;
  /** Neo4j answers again after a restart. */
  onUp?: () => void;
  /** Neo4j could not be brought back: `error` says what is wrong and what to do. */
  onGiveUp: (error: LocalNeo4jError) => void;
}

export interface SupervisedNeo4j extends LocalNeo4j {
  /** Restarts since the first start. */
  readonly restarts: number;
}

const LIVENESS_TIMEOUT_MS = 10_000;

/**
 * Starts Neo4j like startLocalNeo4j and keeps it running: when the Java process exits or stops
 * answering, it logs one line, restarts Neo4j on the same port and folder with a growing pause
 * (0, 1, 2, 4, 8 s), and logs when it is back. After `maxRestarts` failed attempts in a row it
 * calls `onGiveUp` with the last reason, so the caller can exit instead of answering 503 forever.
 * The first start fails like startLocalNeo4j does: nothing to supervise yet.
 */
export async function superviseLocalNeo4j(options: SupervisionOptions): Promise<SupervisedNeo4j> {
  const log = options.log ?? (() => {});
  const maxRestarts = options.maxRestarts ?? 5;
  const interval = options.livenessIntervalMs ?? 5_000;
  const allowedFailures = options.livenessFailures ?? 4;
  // Restarts log their own lines; the progress lines of a start are for the first one only.
  const restartOptions = { ...options, log: () => {} };
  let current = await startLocalNeo4j(options);
  let stopping = false;
  let restarting: Promise<void> | null = null;
  let restarts = 0;
  let missed = 0;
  let frozen = false;

  const restart = async (reason: string) => {
    const since = Date.now();
    log(`${reason}: restarting it`);
    options.onDown?.(reason);
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxRestarts; attempt++) {
      if (stopping) return;
      try {
        const started = await startLocalNeo4j(restartOptions);
        if (stopping) {
          await started.stop();
          return;
        }
        current = started;
        restarts++;
        missed = 0;
        watch(started);
        log(
          `Neo4j is back after ${((Date.now() - since) / 1000).toFixed(1)} s ` +
            `(attempt ${attempt}, pid ${started.pid})`,
        );
        options.onUp?.();
        return;
      } catch (error) {
        lastError = error;
        const pause = attempt < maxRestarts ? 1_000 * 2 ** (attempt - 1) : 0;
        log(
          `Neo4j restart ${attempt} of ${maxRestarts} failed: ${(error as Error).message}` +
            (pause ? `; next attempt in ${pause / 1000} s` : ''),
        );
        if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
    if (stopping) return;
    const message = lastError instanceof Error ? lastError.message : String(lastError);
    options.onGiveUp(
      new LocalNeo4jError(`Neo4j could not be restarted after ${maxRestarts} attempts: ${message}`),
    );
  };

  const watch = (instance: LocalNeo4j) => {
    void instance.exited.then((code) => {
      if (stopping || instance !== current || restarting) return;
      const how = frozen
        ? `Neo4j (pid ${instance.pid}) stopped answering for ${(allowedFailures * interval) / 1000} s and was killed`
        : `Neo4j (pid ${instance.pid}) exited unexpectedly (${code === null ? 'killed by a signal' : `exit code ${code}`})`;
      frozen = false;
      restarting = restart(how).finally(() => {
        restarting = null;
      });
    });
  };
  watch(current);

  // A Neo4j that is alive but no longer answers (a hung JVM) is killed, which the watch above
  // turns into a restart. Generous limits: a busy machine must not get a healthy Neo4j killed.
  const probe = neo4j.driver(current.uri, undefined, {
    connectionTimeout: LIVENESS_TIMEOUT_MS,
    connectionAcquisitionTimeout: LIVENESS_TIMEOUT_MS,
    maxConnectionPoolSize: 2,
  });
  let probing = false;
  const liveness = setInterval(() => {
    if (probing || restarting || stopping) return;
    probing = true;
    const instance = current;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), LIVENESS_TIMEOUT_MS);
    });
    void Promise.race([
      probe.executeQuery('RETURN 1').then(
        () => true,
        () => false,
      ),
      timeout,
    ])
      .then((answered) => {
        if (instance !== current || restarting) return;
        missed = answered ? 0 : missed + 1;
        if (missed >= allowedFailures) {
          frozen = true;
          missed = 0;
          try {
            process.kill(instance.pid, 'SIGKILL');
          } catch {
            // Already gone: the watch restarts it.
          }
        }
      })
      .finally(() => {
        clearTimeout(timer);
        probing = false;
      });
  }, interval);
  liveness.unref();

  return {
    uri: current.uri,
    get pid() {
      return current.pid;
    },
    get exited() {
      return current.exited;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      clearInterval(liveness);
      await probe.close().catch(() => {});
      await restarting;
      await current.stop();
    },
  };
}
