import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { type LocalNeo4j, startLocalNeo4j } from '../../neo4j/launcher';
import { createDriver } from '../../server/src/db/database';
import { migrate } from '../../server/src/db/migrate';
import { seed } from '../../server/src/db/seed';
import { createTestApp, type TestApp } from '../support/app';
import { freePort } from '../support/ports';

const BARRIERS = graphql('{ barriers { code } }');

// This test owns its Neo4j: it stops and restarts it under a running app.
let neo4j: LocalNeo4j | undefined;
let t: TestApp | undefined;
let dataDir = '';

afterAll(async () => {
  await t?.close();
  await neo4j?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function health() {
  const response = await t!.app.fetch('http://test/healthz');
  return {
    status: response.status,
    body: (await response.json()) as { status: string; reason?: string },
  };
}

test('/healthz turns 503 while Neo4j is down and 200 again after it restarts, same app', async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'confine-health-'));
  const port = await freePort();
  neo4j = await startLocalNeo4j({ port, dataDir });
  const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: undefined });
  await migrate(driver, 'neo4j');
  await seed(driver, 'neo4j');
  await driver.close();
  t = await createTestApp(neo4j.uri);

  expect(await health()).toEqual({ status: 200, body: { status: 'ok' } });

  await neo4j.stop();
  const down = await health();
  expect(down.status).toBe(503);
  expect(down.body.status).toBe('unavailable');
  expect(down.body.reason).toMatch(/Neo4j/);
  const query = await t.gql('{ barriers { code } }');
  expect(query.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  expect(query.errors?.[0]?.message).toMatch(/database is unavailable/);

  neo4j = await startLocalNeo4j({ port, dataDir });
  // The driver reconnects by itself: wait for the observed 200 (bounded), not a fixed window.
  let again = await health();
  for (const deadline = Date.now() + 300_000; again.status !== 200 && Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 250));
    again = await health();
  }
  expect(again).toEqual({ status: 200, body: { status: 'ok' } });
  const barriers = await t.gql(BARRIERS);
  expect(barriers.data?.barriers).toHaveLength(6);
}, 900_000);
