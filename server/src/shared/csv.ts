/**
 * CSV as spreadsheets write it (RFC 4180): quoted cells with doubled quotes and line breaks, UTF-8
 * with or without a byte-order mark, `;` (Belgian and Dutch Excel) or `,` as separator.
 */

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
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        else if (ch === '\r' && text[i + 1] !== '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.length === 0) {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else {
      // A quote inside an unquoted cell is kept as it is, as spreadsheets do when they read one.
      cell += ch;
    }
  }
  if (quoted) throw new CsvError('unterminated_quote', quoteLine);
  if (cell.length > 0 || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: start, cells });
  }
  const [header, ...records] = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) throw new CsvError('empty_file', 1);
  return { separator, header: header.cells, records };
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

function quote(value: string, separator: Separator): string {
  const needs =
    value.includes(separator) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r') ||
    value !== value.trim();
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes rows as CSV with CRLF line ends (RFC 4180), guarding formula-like cells. */
export function toCsv(rows: readonly (readonly string[])[], separator: Separator = ';'): string {
  return rows
    .map((row) => row.map((cell) => quote(guardFormula(cell), separator)).join(separator))
    .map((line) => `${line}\r\n`)
    .join('');
}
