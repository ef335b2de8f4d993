import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { type LocalNeo4j, startLocalNeo4j } from '../../neo4j/launcher';
import {
  backupText,
  RestoreError,
  readBackup,
  restoreBackup,
} from '../../server/src/backup/backup';
import { createDriver } from '../../server/src/db/database';
import { migrate } from '../../server/src/db/migrate';
import { seed } from '../../server/src/db/seed';
import { COLUMNS } from '../../server/src/import/import-format';
import type { TransferRepository } from '../../server/src/import/transfer.repository';
import { createRepositories } from '../../server/src/repositories';
import { toCsv } from '../../server/src/shared/csv';
import { createTestApp, type TestApp } from '../support/app';
import { freePort } from '../support/ports';
import { createUser, type TestUser } from '../support/users';

const IMPORT_DRY_RUN = graphql(
  'mutation($csv: String!) { importDryRun(csv: $csv) { checksum totals { rows create reject } } }',
);
const IMPORT_COMMIT =
  graphql(`mutation($csv: String!, $sum: String!) { importCommit(csv: $csv, dryRunChecksum: $sum, wait: true) {
        status totals { rows create reject } } }`);
const SIGN_IN = graphql(
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p, issueToken: true) { token } }',
);
const WHO_TO_CALL = graphql(
  '{ whoToCall(input: {barrier: "HOUSING", region: "region-mun-genk"}) { entries { organisation { id } } } }',
);
const SEARCH = graphql('{ search(query: "Testgemeente 0042") { type } }');

/**
 * Backup → wipe → restore → backup on a Neo4j of its own (the shared test database is never
 * wiped), filled with the demo network, a generated network imported through the CSV import,
 * and values of every property type.
 */
const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

let neo4j: LocalNeo4j | undefined;
let t: TestApp;
let repo: TransferRepository;
let admin: TestUser;
let dataDir = '';
let workDir = '';
let port = 0;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'confine-backup-neo4j-'));
  workDir = await mkdtemp(path.join(os.tmpdir(), 'confine-backups-'));
  port = await freePort();
  neo4j = await startLocalNeo4j({ port, dataDir });
  const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: undefined });
  await migrate(driver, 'neo4j');
  await seed(driver, 'neo4j');
  await driver.close();
  t = await createTestApp(neo4j.uri);
  repo = createRepositories(t.db).transfer;
  admin = await createUser(t, 'ADMIN');
  // A second Neo4j, migrated and seeded: on a loaded machine its cold start alone may take most of
  // the start bound (300 s), so this waits longer than that (a bound, not an expected time).
}, 900_000);

afterAll(async () => {
  await t?.close();
  await neo4j?.stop();
  for (const dir of [dataDir, workDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A network of `n` municipalities with three contact points and three persons each. */
function generatedCsv(n: number): string {
  const towns = ['Genk', 'Hasselt', 'Lommel', 'Tilburg', 'Breda', 'Eindhoven', 'Venlo', 'Heerlen'];
  const barriers = ['HOUSING', 'WORK', 'IDENTITY', 'FINANCES', 'ENTRY', 'RECRUITMENT'];
  const rows: string[][] = [[...COLUMNS]];
  const cell = (values: Partial<Record<(typeof COLUMNS)[number], string>>) =>
    COLUMNS.map((c) => values[c] ?? '');
  for (let i = 1; i <= n; i++) {
    const name = `Testgemeente ${String(i).padStart(4, '0')}`;
    const town = towns[i % towns.length]!;
    const b = (k: number) => barriers[(i + k) % barriers.length]!;
    const domain = `t${i}.example.${i % 2 ? 'be' : 'nl'}`;
    rows.push(
      cell({
        organisation: name,
        organisation_type: 'MUNICIPALITY',
        country: i % 2 ? 'BE' : 'NL',
        website: `https://www.${domain}`,
        coverage: town,
        organisation_roles: `${b(0)}:ADMIN_ENFORCE|${b(1)}:SIGNAL`,
      }),
    );
    for (const [k, kind] of ['MAILBOX', 'SPOC', 'DESK'].entries()) {
      rows.push(
        cell({
          organisation: name,
          contact_kind: kind,
          name_nl: `${kind} ${name}`,
          name_fr: `${kind} ${name} (fr)`,
          email: `${kind.toLowerCase()}@${domain}`,
          phone: i % 2 ? `+32 2 555 ${String(i % 100).padStart(2, '0')} ${10 + k}` : '',
          hours_nl: 'ma–vr 9–17 uur',
          languages: 'nl|fr',
          responsibilities: `${b(k)}:INSPECT:PRIMARY|${b(k + 1)}:SIGNAL:BACKUP`,
        }),
      );
      rows.push(
        cell({
          organisation: name,
          contact_kind: 'PERSON',
          first_name: ['An', 'Bart', 'Chloé'][k]!,
          last_name: `Test${i}`,
          function: 'Medewerker handhaving',
          email: `p${k}@${domain}`,
          languages: 'nl|en',
          responsibilities: `${b(k)}:ADMIN_ENFORCE:${k ? 'BACKUP' : 'PRIMARY'}`,
        }),
      );
    }
  }
  return toCsv(rows, ';');
}

describe('a generated network, imported and backed up', () => {
  let first = '';

  test('imports 1,750 rows in batches, and reports its pace', async () => {
    const csv = generatedCsv(250);
    let started = Date.now();
    const dry = await t.gql(IMPORT_DRY_RUN, { csv }, admin.headers);
    const dryMs = Date.now() - started;
    expect(dry.data?.importDryRun.totals).toEqual({ rows: 1750, create: 1750, reject: 0 });
    started = Date.now();
    const body = await t.gql(
      IMPORT_COMMIT,
      { csv, sum: dry.data!.importDryRun.checksum },
      admin.headers,
    );
    const commitMs = Date.now() - started;
    expect(body.data?.importCommit).toEqual({
      status: 'DONE',
      totals: { rows: 1750, create: 1750, reject: 0 },
    });
    console.log(
      `[transfer] import of 1,750 rows: dry run ${dryMs} ms (${Math.round(1750 / (dryMs / 1000))} rows/s), ` +
        `commit ${commitMs} ms (${Math.round(1750 / (commitMs / 1000))} rows/s)`,
    );
  }, 300_000);

  test('values of every property type are kept exactly', async () => {
    await t.db.driver.executeQuery(
      `CREATE (n:ZzTypes {id: 'zz-types', int: 42, big: 9007199254740993, neg: -7, float: 1.5,
         whole: 2.0, text: 'ünïcödé "quoted" \\n line', yes: true, no: false,
         date: date('2026-01-31'), old: date('0001-01-01'),
         zoned: datetime('2026-06-01T12:00:00.123456789+02:00[Europe/Brussels]'),
         offset: datetime('2026-01-31T10:15:00.5-03:30'), utc: datetime('2026-01-31T10:15:00Z'),
         local: localdatetime('2026-01-31T10:15:00.000000001'), time: time('10:15:30.25+02:00'),
         ltime: localtime('23:59:59.999999999'), span: duration('P1Y2M3DT4H5M6.007S'),
         neg_span: duration('-PT1.5S'), place: point({x: 1.5, y: -2.25}),
         geo: point({latitude: 50.96, longitude: 5.5, height: 30.0}),
         texts: ['a', 'b'], ints: [1, 2, 3], floats: [0.5, 1.0], dates: [date('2020-02-29')],
         empty: []})
       CREATE (n)-[:ZZ_SELF {since: datetime('2026-01-01T00:00:00Z'), weight: 0.25}]->(n)`,
    );
    // A verification link and the record of its mail share an id (the mail's), and a single
    // sign-on attempt has none: the backup keeps the link and leaves the other two out.
    await t.db.driver.executeQuery(
      `MATCH (c:ContactPoint) WITH c ORDER BY c.id LIMIT 1
       CREATE (:MailMessage {id: 'verify-zz-backup', recipient: 'zz', kind: 'contact-verification', claimedAt: datetime()})
       CREATE (:ContactLink {id: 'verify-zz-backup', hash: 'zz-backup', cycle: 'never', createdAt: datetime()})-[:FOR]->(c)
       CREATE (:SsoAttempt {keyHash: 'zz-backup', createdAt: datetime(), expiresAt: datetime()})`,
    );
    first = backupText(await readBackup(repo));
    expect(first).toContain('"verify-zz-backup"');
    expect(first).not.toContain('"MailMessage"');
    expect(first).not.toContain('"SsoAttempt"');
    const line = first.split('\n').find((l) => l.includes('"zz-types"'))!;
    const node = JSON.parse(line.replace(/,$/, '')) as { properties: Record<string, unknown> };
    expect(node.properties).toMatchObject({
      int: 42,
      big: { int: '9007199254740993' },
      float: { float: 1.5 },
      whole: { float: 2 },
      date: { date: '2026-01-31' },
      zoned: { datetime: '2026-06-01T12:00:00.123456789+02:00[Europe/Brussels]' },
      offset: { datetime: '2026-01-31T10:15:00.500000000-03:30' },
      utc: { datetime: '2026-01-31T10:15:00.000000000Z' },
      local: { localdatetime: '2026-01-31T10:15:00.000000001' },
      span: { duration: { months: 14, days: 3, seconds: 14706, nanoseconds: 7000000 } },
      place: { point: { srid: 7203, x: 1.5, y: -2.25 } },
      ints: [1, 2, 3],
      floats: [{ float: 0.5 }, { float: 1 }],
      empty: [],
    });
  });

  test('backup → wipe → restore → backup gives a byte-identical file', async () => {
    const doc = JSON.parse(first) as { nodes: unknown[]; relationships: unknown[] };
    const started = Date.now();
    const result = await restoreBackup(repo, doc, { wipe: true });
    const restoreMs = Date.now() - started;
    expect(result.nodes).toBe(doc.nodes.length);
    expect(result.relationships).toBe(doc.relationships.length);
    expect(result.wiped).toBeGreaterThan(doc.nodes.length); // sessions and the import job too
    const again = backupText(await readBackup(repo));
    expect(sha(again)).toBe(sha(first));
    console.log(
      `[transfer] backup of ${doc.nodes.length} nodes and ${doc.relationships.length} relationships: ` +
        `${(Buffer.byteLength(first) / 1024 / 1024).toFixed(1)} MB; wipe + restore ${restoreMs} ms`,
    );
  }, 300_000);

  test('the restored directory works: accounts sign in, who-to-call and search answer', async () => {
    const signIn = await t.gql(SIGN_IN, { e: admin.email, p: admin.password });
    expect(signIn.errors).toBeUndefined();
    const headers = { authorization: `Bearer ${signIn.data!.signIn.token}` };
    const who = await t.gql(WHO_TO_CALL, {}, headers);
    expect(who.data?.whoToCall.entries.map((e) => e.organisation.id)).toContain('org-stad-genk');
    const search = await t.gql(SEARCH, {}, headers);
    expect(search.errors).toBeUndefined();
    expect(search.data?.search.length).toBeGreaterThan(0);
  });

  test('a restore refuses a database that is not empty, and an invalid file, writing nothing', async () => {
    const before = await repo.contents();
    await expect(restoreBackup(repo, JSON.parse(first), { wipe: false })).rejects.toThrow(
      /not empty/,
    );
    const broken = JSON.parse(first) as {
      nodes: { properties: Record<string, unknown> }[];
      relationships: { to: string }[];
    };
    broken.nodes[3]!.properties.version = 1.5;
    broken.relationships[0]!.to = 'nobody';
    const error = await restoreBackup(repo, broken, { wipe: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as RestoreError).problems).toEqual([
      'nodes[3].properties.version: 1.5 is not an integer (floats are {"float": …})',
      'relationships[0]: to "nobody" is not a node of the file',
    ]);
    expect(await repo.contents()).toEqual(before);
  });
});

describe('the backup and restore commands', () => {
  const env = () => ({ ...process.env, NEO4J_LOCAL_PORT: String(port), NEO4J_URI: '' });
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');

  test('npm run backup writes timestamped files and keeps the newest; restore needs --wipe', async () => {
    const dir = path.join(workDir, 'scheduled');
    const backup = () =>
      run(tsx, ['server/src/cli/backup.ts', '--dir', dir, '--keep', '1'], {
        cwd: ROOT,
        env: env(),
      });
    const one = await backup();
    expect(one.stdout).toMatch(/\[backup\] Wrote .*confine-backup-\d{8}-\d{6}Z\.json: \d+ nodes/);
    await new Promise((r) => setTimeout(r, 1100));
    const two = await backup();
    expect(two.stdout).toMatch(/Removed 1 older backup/);
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    const file = path.join(dir, files[0]!);
    const text = await readFile(file, 'utf8');
    // What the command wrote is what the API reads.
    expect(sha(text)).toBe(sha(backupText(await readBackup(repo))));

    const refused = await run(tsx, ['server/src/cli/restore.ts', '--in', file], {
      cwd: ROOT,
      env: env(),
    }).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/not empty .* --wipe/);

    const restored = await run(tsx, ['server/src/cli/restore.ts', '--in', file, '--wipe'], {
      cwd: ROOT,
      env: env(),
    });
    expect(restored.stdout).toMatch(/Restored \d+ nodes and \d+ relationships .* the counts match/);
    expect(sha(backupText(await readBackup(repo)))).toBe(sha(text));
  }, 300_000);
});
