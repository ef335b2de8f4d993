/**
 * CSV as spreadsheets write it (RFC 4180): quoted cells with doubled quotes and line breaks, UTF-8
 * with or without a byte-order mark, `;` (Belgian and Dutch Excel) or `,` as separator.
 */
import { CsvError as ParseError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export type Separator = ';' | ',';

export interface CsvRecord {
  /** The physical line (1-based) the record starts on, as a spreadsheet user counts them. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  separator: Separator;
  header: string[];
  /** The records after the header; rows whose cells are all empty are left out. */
  records: CsvRecord[];
}

export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    readonly code: 'empty_file' | 'unterminated_quote',
    readonly line: number,
  ) {
    super(`${code} at line ${line}`);
  }
}

/** The separator of the header (the first line that is not blank): whichever of `;` and `,`
 * occurs more often outside quotes. */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text.trimStart()) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Parses a whole CSV text; throws CsvError when it has no header or a quote never closes. */
export function parseCsv(input: string): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const lines = lineCounter(Buffer.from(text));
  // Where the record being read starts, in bytes (csv-parse reports byte offsets).
  let start = 0;
  const rows: CsvRecord[] = [];
  try {
    parse(text, {
      delimiter: separator,
      // Spreadsheets and editors end lines either way, sometimes mixed in one file.
      record_delimiter: ['\r\n', '\n', '\r'],
      // A quote inside an unquoted cell is kept as it is, as spreadsheets do when they read one.
      relax_quotes: true,
      relax_column_count: true,
      on_record: (record, context) => {
        rows.push({ line: lines(start), cells: record });
        start = context.bytes;
        return null;
      },
    });
  } catch (error) {
    if (error instanceof ParseError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new CsvError('unterminated_quote', lines(start));
    }
    throw error;
  }
  const [header, ...records] = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) throw new CsvError('empty_file', 1);
  return { separator, header: header.cells, records };
}

/** The 1-based line at a byte offset (offsets asked in increasing order); CRLF is one break. */
function lineCounter(bytes: Buffer): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (; at < offset; at++) {
      const b = bytes[at];
      if (b === 0x0a || (b === 0x0d && bytes[at + 1] !== 0x0a)) line++;
    }
    return line;
  };
}

/** Cells a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)", "-2+3+cmd|…"). */
const FORMULA = /^[=@\t\r]|^[+-](?![\d\s().]*$)/;

/** A cell as written: a leading quote mark neutralises formulas (and is removed on import). */
export function guardFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** Undoes guardFormula: strips the quote mark written in front of a formula-like cell. */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA.test(value.slice(1)) ? value.slice(1) : value;
}

/** Writes rows as CSV with CRLF line ends (RFC 4180), guarding formula-like cells. */
export function toCsv(rows: readonly (readonly string[])[], separator: Separator = ';'): string {
  return stringify(
    rows.map((row) => row.map(guardFormula)),
    {
      delimiter: separator,
      record_delimiter: '\r\n',
      // csv-stringify quotes separators, quotes and CRLF; also any line break and edge spaces,
      // which a reader would otherwise split on or trim away.
      quoted_match: /^\s|\s$|[\r\n]/,
    },
  );
}
