import { expect, test } from 'vitest';
import { escapeText, fold, vcard } from '../../server/src/export/vcard';
import { IMPORT_MESSAGE_CODES } from '../../server/src/import/import.messages';
import { readHeader } from '../../server/src/import/import-format';
import { parseCsv, toCsv, unguardFormula } from '../../server/src/shared/csv';

test('reads Excel CSV: byte-order mark, semicolons, quotes, line breaks in cells, CRLF', () => {
  const text =
    '\uFEFForganisation;name_nl;hours_nl\r\n' +
    'Stad Genk;"Meldpunt ""Genk""";"ma–vr 9–12;\r\n13–17"\r\n' +
    '\r\n' +
    ';;\r\n' +
    'Stad Hasselt;Loket;';
  const csv = parseCsv(text);
  expect(csv.separator).toBe(';');
  expect(csv.header).toEqual(['organisation', 'name_nl', 'hours_nl']);
  expect(csv.records).toEqual([
    { line: 2, cells: ['Stad Genk', 'Meldpunt "Genk"', 'ma–vr 9–12;\r\n13–17'] },
    { line: 6, cells: ['Stad Hasselt', 'Loket', ''] },
  ]);
});

test('detects a comma separator and keeps commas inside quotes', () => {
  const csv = parseCsv('organisation,name_nl\n"Gemeente ""X"", Zuid",Loket, avond\n');
  expect(csv.separator).toBe(',');
  expect(csv.records[0]?.cells).toEqual(['Gemeente "X", Zuid', 'Loket', ' avond']);
});

test('an unterminated quote or an empty file is a clear error', () => {
  expect(() => parseCsv('a;b\n"open;x\n')).toThrow(/unterminated_quote at line 2/);
  expect(() => parseCsv('\uFEFF\r\n;;\r\n')).toThrow(/empty_file/);
});

test('writes RFC 4180 and neutralises formulas, which the reader takes back off', () => {
  const rows = [
    ['a;b', 'say "hi"', ' padded', 'multi\nline', '+3225550123'],
    ['=HYPERLINK("http://x")', '@SUM(A1)', '-2+3+cmd|calc', 'plain', '-'],
  ];
  const text = toCsv(rows, ';');
  expect(text.split('\r\n')[0]).toBe('"a;b";"say ""hi""";" padded";"multi\nline";+3225550123');
  expect(text).toContain(`"'=HYPERLINK(""http://x"")";'@SUM(A1);'-2+3+cmd|calc;plain;-`);
  const back = parseCsv(text).records.map((r) => r.cells.map(unguardFormula));
  expect([parseCsv(text).header, ...back]).toEqual(rows);
});

test('column names are matched loosely and unknown ones reported', () => {
  const header = readHeader(['Organisation', 'E-mail', 'Organization_Type', 'Opmerking', '']);
  expect(header.columns).toEqual(['organisation', 'email', 'organisation_type', null, null]);
  expect(header.ignored).toEqual(['Opmerking']);
  expect(header.problems).toEqual([]);
  expect(readHeader(['email', 'email']).problems.map((p) => p.code)).toEqual([
    'duplicate_column',
    'missing_column',
  ]);
});

test('vCards escape, fold long lines at 75 octets and keep multi-byte characters whole', () => {
  expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  const long = `NOTE:${'é'.repeat(60)}`;
  const folded = fold(long);
  for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(folded.replace(/\r\n /g, '')).toBe(long);
  const card = vcard({
    id: 'cp-x',
    firstName: null,
    lastName: null,
    displayName: 'Meldpunt; Genk',
    organisation: 'Stad Genk',
    unit: null,
    title: null,
    email: 'a@example.be',
    phone: '+3289555099',
    note: null,
    verifiedAt: '2026-01-31',
  });
  expect(card).toBe(
    'BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Meldpunt\\; Genk\r\nORG:Stad Genk\r\n' +
      'EMAIL;TYPE=INTERNET,WORK:a@example.be\r\nTEL;TYPE=WORK,VOICE:+3289555099\r\n' +
      'CATEGORIES:CONFINE\r\nREV:2026-01-31\r\nUID:urn:confine:cp-x\r\nEND:VCARD\r\n',
  );
});

test('every import message exists in Dutch, French and English', () => {
  expect(IMPORT_MESSAGE_CODES.FR).toEqual(IMPORT_MESSAGE_CODES.NL);
  expect(IMPORT_MESSAGE_CODES.EN).toEqual(IMPORT_MESSAGE_CODES.NL);
});
