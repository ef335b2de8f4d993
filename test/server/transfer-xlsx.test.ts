import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import yauzl from 'yauzl';
import { graphql } from '../../client/src/lib/documents';
import { COLUMNS } from '../../server/src/import/import-format';
import { parseCsv } from '../../server/src/shared/csv';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, type TestUser } from '../support/users';

const EXPORT_XLSX = graphql(
  '{ exportXlsx(entity: CONTACT_POINTS) exportCsv(entity: CONTACT_POINTS) }',
);

/**
 * Import and export as .xlsx workbooks against the shared test database: the same columns,
 * validation and messages as CSV, row numbers as the spreadsheet shows them, formulas refused on
 * the way in and never written on the way out. What this file creates is removed at the end.
 */
let t: TestApp;
let admin: TestUser;
let started = '';
let before: Record<string, unknown>;

async function snapshot() {
  const { records } = await t.db.driver.executeQuery(
    `CALL { MATCH (n) WHERE NOT n:Session AND NOT n:SignInThrottle RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL { MATCH (n:Entity) RETURN sum(coalesce(n.version, 0)) AS versions }
     RETURN nodes, rels, versions`,
  );
  return records[0]!.toObject();
}

async function cleanUp() {
  await t.db.driver.executeQuery(
    `MATCH (n:Entity) WHERE (n:Organisation OR n:ContactPoint OR n:Person) AND n.createdAt >= datetime($started)
     DETACH DELETE n`,
    { started },
  );
  await t.db.driver.executeQuery(
    'MATCH (e:AuditEvent) WHERE e.at >= datetime($started) DETACH DELETE e',
    { started },
  );
  if (admin) {
    await t.db.driver.executeQuery(
      `MATCH (j:ImportJob) WHERE j.userId = $id DETACH DELETE j
       WITH count(*) AS _
       MATCH (u:User {id: $id}) OPTIONAL MATCH (s:Session)-[:OF]->(u) DETACH DELETE s, u
       WITH count(*) AS _
       MATCH (x:SignInThrottle) WHERE x.key CONTAINS $email DELETE x`,
      { id: admin.id, email: admin.email },
    );
  }
}

beforeAll(async () => {
  t = await createTestApp();
  before = await snapshot();
  started = new Date().toISOString();
  admin = await createUser(t, 'ADMIN');
});

afterAll(async () => {
  await cleanUp();
  await t.close();
});

const DRY_RUN = graphql(`mutation($x: String!) { importDryRun(xlsx: $x) {
  checksum format separator canCommit
  totals { rows create update unchanged reject }
  fileProblems { field code message }
  rows { line action contactName problems { field code message } } } }`);
const COMMIT = graphql(`mutation($x: String!, $sum: String!) {
  importCommit(xlsx: $x, dryRunChecksum: $sum, wait: true) {
    status totals { rows create update unchanged reject } } }`);

type Cell = ExcelJS.CellValue;

/** A workbook as a coordinator makes one: header on row 1, rows as given (null: an empty row). */
async function workbook(header: string[], rows: (Cell[] | null)[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Contacten');
  sheet.addRow(header);
  rows.forEach((row, i) => {
    if (row) sheet.getRow(i + 2).values = row;
  });
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

async function dryRun(xlsx: string, lang = 'nl') {
  const body = await t.gql(DRY_RUN, { x: xlsx }, { ...admin.headers, 'accept-language': lang });
  expect(body.errors).toBeUndefined();
  return body.data!.importDryRun;
}

const HEADER = ['organisation', 'contact_kind', 'name_nl', 'email', 'phone'];

async function contactPoints(prefix: string) {
  const { records } = await t.db.driver.executeQuery(
    'MATCH (c:ContactPoint) WHERE c.nameNl STARTS WITH $prefix RETURN c.nameNl AS n ORDER BY n',
    { prefix },
  );
  return records.map((r) => r.get('n') as string);
}

describe('importing a workbook', () => {
  test('a dry run reports the bad row by its spreadsheet row and column, and writes nothing', async () => {
    const xlsx = await workbook(HEADER, [
      null, // row 2 left empty, as people do: the rows keep the numbers Excel shows
      ['Stad Genk', 'DESK', 'ZZ Xlsx loket noord', 'noord@genk.example.be', '089 12 34 56'],
      ['Stad Genk', 'DESK', 'ZZ Xlsx loket zuid', 'geen adres', null],
    ]);
    const snap = await snapshot();
    const run = await dryRun(xlsx);
    expect(run).toMatchObject({ format: 'XLSX', separator: null, canCommit: true });
    expect(run.totals).toEqual({ rows: 2, create: 1, update: 0, unchanged: 0, reject: 1 });
    expect(run.rows.map((r) => [r.line, r.action])).toEqual([
      [3, 'CREATE'],
      [4, 'REJECT'],
    ]);
    expect(run.rows[1]!.problems).toMatchObject([{ field: 'email', code: 'invalid_email' }]);
    expect(run.rows[1]!.problems[0]!.message).toMatch(/e-mailadres/i);
    // The same words as for CSV, in the user's language.
    expect((await dryRun(xlsx, 'fr')).rows[1]!.problems[0]!.message).toMatch(
      /Adresse e-mail non valable/,
    );
    expect(await snapshot()).toEqual(snap);
    expect(await contactPoints('ZZ Xlsx')).toEqual([]);
  });

  test('a commit writes the valid rows of that very workbook; a changed workbook is refused', async () => {
    const xlsx = await workbook(HEADER, [
      ['Stad Genk', 'DESK', 'ZZ Xlsx loket west', 'west@genk.example.be', '089 12 34 56'],
      ['Stad Genk', 'MAILBOX', 'ZZ Xlsx postbus', 'kapot', null],
    ]);
    const run = await dryRun(xlsx);
    const other = await workbook(HEADER, [['Stad Genk', 'DESK', 'ZZ Xlsx loket oost']]);
    const refused = await t.gql(COMMIT, { x: other, sum: run.checksum }, admin.headers);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dryRunChecksum',
    });
    const body = await t.gql(COMMIT, { x: xlsx, sum: run.checksum }, admin.headers);
    expect(body.errors).toBeUndefined();
    expect(body.data?.importCommit).toEqual({
      status: 'DONE',
      totals: { rows: 2, create: 1, update: 0, unchanged: 0, reject: 1 },
    });
    expect(await contactPoints('ZZ Xlsx')).toEqual(['ZZ Xlsx loket west']);
    const { records } = await t.db.driver.executeQuery(
      "MATCH (c:ContactPoint {nameNl: 'ZZ Xlsx loket west'}) RETURN c.phone AS phone",
    );
    expect(records[0]?.get('phone')).toBe('+3289123456');
    // Importing it again changes nothing.
    expect((await dryRun(xlsx)).totals).toMatchObject({ unchanged: 1, create: 0, reject: 1 });
  });

  test('a formula is refused with its cell, neither computed nor read as text', async () => {
    const xlsx = await workbook(HEADER, [
      [
        'Stad Genk',
        'DESK',
        { formula: 'HYPERLINK("http://x.example","ZZ Xlsx klik")', result: 'ZZ Xlsx klik' },
        'formule@genk.example.be',
      ],
      ['Stad Genk', 'DESK', 'ZZ Xlsx loket fout', { error: '#N/A' }],
    ]);
    const run = await dryRun(xlsx);
    expect(run.rows.map((r) => r.action)).toEqual(['REJECT', 'REJECT']);
    expect(run.rows[0]!.problems).toMatchObject([{ field: 'name_nl', code: 'formula_cell' }]);
    expect(run.rows[0]!.problems[0]!.message).toBe(
      'Cel C2 bevat een formule; formules worden niet ingelezen: kopieer de cel en plak alleen de waarde',
    );
    expect(run.rows[1]!.problems).toMatchObject([{ field: 'email', code: 'error_cell' }]);
    expect((await dryRun(xlsx, 'en')).rows[0]!.problems[0]!.message).toMatch(
      /^Cell C2 holds a formula/,
    );
  });

  test('a file named .xlsx that is no workbook, or one that unpacks too large, is refused as a whole', async () => {
    const snap = await snapshot();
    const csv = Buffer.from('organisation;contact_kind\nStad Genk;DESK\n').toString('base64');
    for (const file of [csv, 'not base64 at all!', '']) {
      const run = await dryRun(file);
      expect(run.canCommit).toBe(false);
      expect(run.rows).toEqual([]);
      expect(run.fileProblems).toMatchObject([{ field: 'file', code: 'not_xlsx' }]);
      expect(run.fileProblems[0]!.message).toMatch(/^Dit is geen Excel-werkmap \(\.xlsx\)/);
      const commit = await t.gql(COMMIT, { x: file, sum: run.checksum }, admin.headers);
      expect(commit.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // A zip of the right shape whose sheet unpacks past the limit (a "zip bomb").
    const big = new ExcelJS.Workbook();
    big.addWorksheet('x').addRow(['organisation', 'x'.repeat(32_000)]);
    const sheet = big.worksheets[0]!;
    for (let i = 0; i < 3_500; i++) sheet.addRow(['Stad Genk', `${i}${'y'.repeat(32_000)}`]);
    const bomb = Buffer.from(await big.xlsx.writeBuffer());
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const run = await dryRun(bomb.toString('base64'), 'en');
    expect(run.fileProblems).toMatchObject([{ code: 'unpacked_too_large' }]);
    expect(run.fileProblems[0]!.message).toBe(
      'Unpacked, this workbook is larger than 100 MB; split the list or save it as CSV',
    );
    const both = await t.gql(
      'mutation { importDryRun(csv: "a", xlsx: "b") { checksum } }',
      {},
      admin.headers,
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(snap);
  }, 120_000);
});

describe('exporting a workbook', () => {
  test('opens with exceljs, has the columns and rows of the CSV, and no formula anywhere', async () => {
    // A contact point whose name looks like a formula, so the export has one to guard.
    const hostile = '=HYPERLINK("http://x.example","ZZ Xlsx")';
    const setup = await workbook(HEADER, [['Stad Genk', 'DESK', hostile, null, null]]);
    const run = await dryRun(setup);
    expect(run.rows[0]?.action).toBe('CREATE');
    await t.gql(COMMIT, { x: setup, sum: run.checksum }, admin.headers);

    const body = await t.gql(EXPORT_XLSX, {}, admin.headers);
    expect(body.errors).toBeUndefined();
    const bytes = Buffer.from(body.data!.exportXlsx, 'base64');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const cells: string[] = [];
      for (let c = 1; c <= COLUMNS.length; c++) {
        const cell = row.getCell(c);
        expect(cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.Null).toBe(
          true,
        );
        cells.push(cell.value === null ? '' : String(cell.value));
      }
      rows.push(cells);
    });
    const csv = parseCsv(body.data!.exportCsv);
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(rows[0]).toEqual(csv.header);
    expect(rows.length - 1).toBe(csv.records.length);
    expect(rows.flat()).toContain(hostile);
    // No formula element in any sheet of the file itself.
    for (const [name, xml] of await unzip(bytes)) {
      if (name.startsWith('xl/worksheets/')) expect(xml).not.toMatch(/<f[\s>]/);
    }
    // The workbook imports back unchanged.
    const back = await dryRun(body.data!.exportXlsx);
    expect(back.fileProblems).toEqual([]);
    expect(back.rows.filter((r) => r.action !== 'UNCHANGED')).toEqual([]);
  });

  test('downloads at /export/….xlsx are workbooks under the same rules as the CSV files', async () => {
    const download = (path: string, headers: Record<string, string> = {}) =>
      t.app.fetch(new Request(`http://localhost${path}`, { headers }));
    const file = await download('/export/organisations.xlsx');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="organisations.xlsx"',
    );
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect((await download('/export/persons.xlsx')).status).toBe(401);
    expect((await download('/export/persons.xlsx', admin.headers)).status).toBe(200);
    expect((await download('/export/backup.xlsx')).status).toBe(404);
  });
});

/** The text parts of a zip, by name. */
async function unzip(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (e, z) => (e || !z ? reject(e) : resolve(z))),
  );
  const parts = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.on('entry', (entry: yauzl.Entry) =>
      zip.openReadStream(entry, (e, stream) => {
        if (e || !stream) return reject(e);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      }),
    );
    zip.readEntry();
  });
  return parts;
}

test('the shared database is left as it was found', async () => {
  await cleanUp();
  expect(await snapshot()).toEqual(before);
});
