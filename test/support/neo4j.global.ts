/** Starts one throwaway Neo4j for the whole test run (free port, temporary folder), migrated and seeded. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../neo4j/launcher';
import { createDriver } from '../../server/src/db/database';
import { migrate } from '../../server/src/db/migrate';
import { seed } from '../../server/src/db/seed';
import { freePort } from './ports';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'confine-test-neo4j-'));
  const log = (line: string) => console.log(`[test-neo4j] ${line}`);
  // npm scripts run on the Node pinned in package.json (node_modules/.bin/node), not the system's.
  console.log(`[test] Node ${process.version}`);
  // A bound, not a target: on a busy 2-core machine a cold JVM has taken over two minutes.
  const neo4j = await startLocalNeo4j({
    port: await freePort(),
    dataDir,
    log,
    startTimeoutMs: 600_000,
  });
  const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: undefined });
  try {
    await migrate(driver, 'neo4j');
    await seed(driver, 'neo4j');
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
