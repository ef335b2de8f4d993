import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { type LocalNeo4j, startLocalNeo4j } from '../../neo4j/launcher';
import { verifyBackupFile } from '../../server/src/backup/backup';
import { type Backup, countBackup } from '../../server/src/backup/backup-format';
import { createDriver } from '../../server/src/db/database';
import { migrate } from '../../server/src/db/migrate';
import { seed } from '../../server/src/db/seed';
import { createRepositories } from '../../server/src/repositories';
import { createTestApp, type TestApp } from '../support/app';
import { freePort } from '../support/ports';

const SIGN_IN = graphql(
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { role } } }',
);

/**
 * The operator's commands against a local Neo4j of their own, running as `npm start` runs it:
 * create-admin and backup use that very Neo4j, and a backup that would lie fails loudly.
 */
const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(ROOT, 'node_modules/.bin/tsx');

let neo4j: LocalNeo4j | undefined;
let t: TestApp | undefined;
let dataDir = '';
let workDir = '';
let port = 0;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'confine-ops-neo4j-'));
  workDir = await mkdtemp(path.join(os.tmpdir(), 'confine-ops-'));
  port = await freePort();
  neo4j = await startLocalNeo4j({ port, dataDir });
  const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: undefined });
  await migrate(driver, 'neo4j');
  await driver.close();
  t = await createTestApp(neo4j.uri);
}, 240_000);

afterAll(async () => {
  await t?.close();
  await neo4j?.stop();
  for (const dir of [dataDir, workDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

/** The service's environment for the local Neo4j above (what an environment file would hold). */
const env = (extra: Record<string, string> = {}) => ({
  ...process.env,
  NODE_ENV: 'production',
  NEO4J_URI: '',
  NEO4J_LOCAL_PORT: String(port),
  NEO4J_DATA_DIR: dataDir,
  ...extra,
});

type Failed = { code: number; stdout: string; stderr: string };
const command = (script: string, args: string[], extra: Record<string, string> = {}) =>
  run(tsx, [script, ...args], { cwd: ROOT, env: env(extra) }).catch((e: Failed) => e);

describe('npm run backup', () => {
  test('exits 1 on an empty database, says which database it found, and writes nothing', async () => {
    const dir = path.join(workDir, 'empty');
    const result = await command('server/src/cli/backup.ts', ['--dir', dir]);
    expect(result).toMatchObject({ code: 1 });
    expect((result as Failed).stderr).toMatch(
      new RegExp(`The database is empty.*bolt://127\\.0\\.0\\.1:${port}.*service's environment`),
    );
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });
});

describe('npm run create-admin while the service runs', () => {
  test('uses the running local Neo4j, and the new administrator signs in', async () => {
    const password = 'a-long-admin-password-42';
    const result = await command(
      'server/src/cli/create-admin.ts',
      ['--email', 'Ops.Admin@example.org', '--name', 'Ops Admin'],
      { ADMIN_PASSWORD: password },
    );
    expect((result as Failed).stderr ?? '').toBe('');
    expect(result.stdout).toMatch(/Administrator ops\.admin@example\.org created/);
    const signedIn = await t!.gql(SIGN_IN, { e: 'ops.admin@example.org', p: password });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.signIn.user.role).toBe('ADMIN');
  });
});

describe('a verified backup', () => {
  let file = '';

  beforeAll(async () => {
    const driver = createDriver({ uri: neo4j!.uri, username: 'neo4j', password: undefined });
    await seed(driver, 'neo4j');
    await driver.close();
  });

  test('npm run backup reads its file back and finds the database counts', async () => {
    const dir = path.join(workDir, 'nightly');
    const result = await command('server/src/cli/backup.ts', ['--dir', dir]);
    expect((result as Failed).stderr ?? '').toBe('');
    expect(result.stdout).toMatch(/Wrote .*confine-backup-\d{8}-\d{6}Z\.json: \d+ nodes/);
    expect(result.stdout).toMatch(/Verified: the file read back holds the database's counts/);
    file = path.join(dir, (await readdir(dir))[0]!);
    // Like a backup through the API, it is an EXPORT in the audit log, with how many persons.
    const { records } = await t!.db.driver.executeQuery(
      "MATCH (e:AuditEvent {action: 'EXPORT', userId: 'system-cli'}) RETURN e.userEmail AS by, e.changes AS changes",
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.get('by')).toMatch(/^cli:npm run backup/);
    expect(JSON.parse(records[0]!.get('changes'))).toContainEqual({
      field: 'persons',
      from: null,
      to: expect.any(Number),
    });
  }, 300_000);

  test('a file that misses a relationship is reported per type, even when its own counts add up', async () => {
    const live = await createRepositories(t!.db).transfer.contents();
    const doc = JSON.parse(await readFile(file, 'utf8')) as Backup;
    expect(await verifyBackupFile(file, live)).toEqual([]);

    const dropped = doc.relationships.pop()!;
    const node = doc.nodes.findIndex((n) => n.labels.includes('Measure'));
    const [lost] = doc.nodes.splice(node, 1);
    const kept = doc.relationships.filter(
      (r) => r.from !== lost!.properties.id && r.to !== lost!.properties.id,
    );
    doc.relationships = kept;
    // The file stays valid on its own: only the comparison with the database can tell.
    doc.counts = countBackup(doc.nodes, doc.relationships);
    const tampered = path.join(workDir, 'tampered.json');
    await writeFile(tampered, JSON.stringify(doc));

    const problems = await verifyBackupFile(tampered, live);
    expect(problems).toContain(
      `label Measure: ${live.labels.Measure} in the database, ${live.labels.Measure! - 1} in the file`,
    );
    expect(problems.some((p) => p.startsWith(`relationship type ${dropped.type}: `))).toBe(true);
  });

  test('a truncated file is reported as unreadable', async () => {
    const live = await createRepositories(t!.db).transfer.contents();
    const text = await readFile(file, 'utf8');
    const truncated = path.join(workDir, 'truncated.json');
    await writeFile(truncated, text.slice(0, Math.floor(text.length / 2)));
    const problems = await verifyBackupFile(truncated, live);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/cannot be read back as JSON/);
  });
});
