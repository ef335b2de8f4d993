/**
 * How long the local Neo4j takes to come back after `kill -9`, with and without the JVM's
 * class-data archive (neo4j/launcher.ts, classDataArchive), measured side by side: rounds
 * alternate between the two, on one throwaway store with the demo seed. Each round starts Neo4j,
 * writes a little (so the crash leaves a log to replay, as a real one does), kills it, and times
 * the restart until Bolt answers: wall time and the CPU time of the new JVM (less moved by other
 * work on the machine than wall time).
 *
 *   npx tsx bench/crash-restart.ts [rounds=6]
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type LocalNeo4j, prepareClassDataArchive, startLocalNeo4j } from '../neo4j/launcher';
import { createDriver } from '../server/src/db/database';
import { migrate } from '../server/src/db/migrate';
import { seed } from '../server/src/db/seed';
import { freePort } from './lib/ports';

const rounds = Number(process.argv[2] ?? 6);
if (!Number.isInteger(rounds) || rounds < 2) {
  console.error('usage: npx tsx bench/crash-restart.ts [rounds ≥ 2, default 6]');
  process.exit(2);
}

/** CPU seconds (user + system) the process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // After "pid (comm) ", utime and stime are fields 12 and 13 (0-based), in clock ticks.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const archive = await prepareClassDataArchive((line) => console.log(line));
console.log(
  archive ? `class-data archive: ${archive}` : 'this JDK cannot share classes: nothing to compare',
);
if (!archive) process.exit(0);

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'confine-crash-restart-'));
const options = { port: await freePort(), dataDir, heap: '384m', pageCache: '64m' };
const uri = `bolt://127.0.0.1:${options.port}`;
const driver = createDriver({ uri, username: 'neo4j', password: undefined });
let neo4j: LocalNeo4j = await startLocalNeo4j(options);
const rows: { sharing: boolean; wallS: number; cpuS: number }[] = [];
try {
  await migrate(driver, 'neo4j');
  await seed(driver, 'neo4j');
  for (let round = 0; round < rounds; round++) {
    const sharing = round % 2 === 0;
    await driver.executeQuery(
      'UNWIND range(1, 2000) AS i CREATE (:BenchCrash {round: $round, i: i, text: "crash " + i})',
      { round },
    );
    process.kill(neo4j.pid, 'SIGKILL');
    await neo4j.exited;
    const started = performance.now();
    neo4j = await startLocalNeo4j({ ...options, classSharing: sharing });
    const wallS = (performance.now() - started) / 1000;
    const cpuS = cpuSeconds(neo4j.pid);
    rows.push({ sharing, wallS, cpuS });
    console.log(
      `round ${round + 1}: ${sharing ? 'with' : 'without'} class sharing, back after ${wallS.toFixed(1)} s ` +
        `(JVM CPU ${cpuS.toFixed(1)} s; load ${os.loadavg()[0]?.toFixed(1)})`,
    );
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  };
  const of = (sharing: boolean, key: 'wallS' | 'cpuS') =>
    median(rows.filter((r) => r.sharing === sharing).map((r) => r[key]));
  for (const key of ['wallS', 'cpuS'] as const) {
    const on = of(true, key);
    const off = of(false, key);
    console.log(
      `${key === 'wallS' ? 'restart after kill -9 (wall)' : 'JVM CPU until Bolt answers'}: ` +
        `median ${on.toFixed(1)} s with class sharing, ${off.toFixed(1)} s without (ratio ${(on / off).toFixed(2)})`,
    );
  }
} finally {
  await driver.close();
  await neo4j.stop();
  await rm(dataDir, { recursive: true, force: true });
}
