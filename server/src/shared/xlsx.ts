/**
 * Spreadsheets (.xlsx, Office Open XML) in and out with exceljs. Reading first walks the zip with
 * yauzl, unpacking every part with its size checked, so a small file that would unpack to
 * gigabytes (or a file that is no zip at all) is refused before exceljs builds anything in memory.
 * Writing stores every cell as text (type string, number format `@`), never as a formula.
 */
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import type { CsvRecord } from './csv';

/** Limits of a workbook beyond its file size (documented in docs/import-format.md). */
export const XLSX_LIMITS = {
  /** What all parts of the zip may unpack to together. */
  maxUnpackedMegabytes: 100,
  maxParts: 1_000,
};

export class XlsxError extends Error {
  override name = 'XlsxError';
  constructor(
    readonly code: 'not_xlsx' | 'unpacked_too_large' | 'empty_file' | 'too_many_rows',
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

/** A cell the import does not read, by its position in the row (0-based) and why. */
export interface RefusedCell {
  code: 'formula_cell' | 'error_cell';
  /** The cell as the spreadsheet names it, e.g. "F3". */
  cell: string;
}

export interface SheetRecord extends CsvRecord {
  refused?: Record<number, RefusedCell>;
}

export interface ParsedSheet {
  sheet: string;
  header: string[];
  /** The rows after the header, `line` being the row number the spreadsheet shows. */
  records: SheetRecord[];
}

/** True when the bytes start like a zip file (every .xlsx is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Unpacks every part once, counting what comes out; throws XlsxError past the limits. */
export async function checkZip(bytes: Buffer): Promise<void> {
  if (!looksLikeZip(bytes)) throw new XlsxError('not_xlsx');
  const budget = XLSX_LIMITS.maxUnpackedMegabytes * 1024 * 1024;
  let unpacked = 0;
  let parts = 0;
  let workbook = false;
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, file) =>
      error || !file ? reject(new XlsxError('not_xlsx')) : resolve(file),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    const fail = (error: XlsxError) => {
      zip.close();
      reject(error);
    };
    zip.on('error', () => fail(new XlsxError('not_xlsx')));
    zip.on('end', () => (workbook ? resolve() : reject(new XlsxError('not_xlsx'))));
    zip.on('entry', (entry: yauzl.Entry) => {
      parts++;
      if (entry.fileName === 'xl/workbook.xml') workbook = true;
      // The declared sizes first (cheap), then the real ones: yauzl stops a part that unpacks
      // to more than it declared.
      if (parts > XLSX_LIMITS.maxParts || unpacked + entry.uncompressedSize > budget) {
        return fail(new XlsxError('unpacked_too_large', { max: XLSX_LIMITS.maxUnpackedMegabytes }));
      }
      unpacked += entry.uncompressedSize;
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(new XlsxError('not_xlsx'));
        stream.on('error', () => fail(new XlsxError('not_xlsx')));
        stream.on('data', () => {});
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
}

/** The text a cell shows; a formula or an error value is not read but refused. */
function cellText(cell: ExcelJS.Cell): string | RefusedCell['code'] {
  const source = cell.type === ExcelJS.ValueType.Merge ? cell.master : cell;
  const value = source.value;
  switch (source.type) {
    case ExcelJS.ValueType.Formula:
      return 'formula_cell';
    case ExcelJS.ValueType.Error:
      return 'error_cell';
    case ExcelJS.ValueType.Null:
      return '';
    case ExcelJS.ValueType.Date:
      return value instanceof Date ? isoDate(value) : '';
    case ExcelJS.ValueType.RichText:
      return richText(value);
    case ExcelJS.ValueType.Hyperlink: {
      const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
      return typeof text === 'string' ? text : richText(text);
    }
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}

function richText(value: unknown): string {
  const parts = (value as { richText?: { text?: unknown }[] } | null)?.richText ?? [];
  return parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
}

/** A date cell as YYYY-MM-DD (with the time when it has one). */
function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/**
 * Reads the first worksheet: its first row that is not empty names the columns, the rows after
 * it are the records (empty rows left out), each with the row number the spreadsheet shows.
 */
export async function parseXlsx(bytes: Buffer, maxRows: number): Promise<ParsedSheet> {
  await checkZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new XlsxError('not_xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new XlsxError('not_xlsx');
  if (sheet.actualRowCount > maxRows + 1) throw new XlsxError('too_many_rows', { max: maxRows });
  const rows: SheetRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    const refused: Record<number, RefusedCell> = {};
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      const text = cellText(cell);
      if (text === 'formula_cell' || text === 'error_cell') {
        refused[column - 1] = { code: text, cell: cell.address };
        cells.push('');
      } else cells.push(text);
    }
    const record: SheetRecord = { line: number, cells };
    if (Object.keys(refused).length > 0) record.refused = refused;
    if (record.refused || cells.some((c) => c.trim() !== '')) rows.push(record);
  });
  const [header, ...records] = rows;
  if (!header) throw new XlsxError('empty_file');
  return { sheet: sheet.name, header: header.cells, records };
}

/** One worksheet of text cells: the first row bold and frozen, every column formatted as text. */
export async function toXlsx(
  rows: readonly (readonly string[])[],
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CONFINE';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header = [], ...body] = rows;
  sheet.columns = header.map((name, i) => ({
    key: String(i),
    width: Math.min(
      48,
      Math.max(12, name.length + 2, ...body.slice(0, 200).map((r) => (r[i] ?? '').length + 2)),
    ),
    style: { numFmt: '@' },
  }));
  // Values are plain strings: exceljs writes them as shared strings, so a cell reading
  // "=HYPERLINK(…)" is text, never a formula (a formula would need a { formula } value).
  for (const row of rows) sheet.addRow(row.map((cell) => String(cell)));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
