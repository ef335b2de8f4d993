import { describe, expect, test } from 'vitest';
import { escapeValue, foldLine, toVCard, toVCardFile, vcfFileName } from './vcard';

describe('vCards', () => {
  test('a contact point becomes one vCard 3.0 with CRLF line ends', () => {
    const card = toVCard({
      name: 'SPOC mensenhandel',
      organisation: 'Stad Genk',
      unit: 'Bestuurlijke handhaving',
      phone: '+3211555000',
      email: 'mensenhandel@genk.example.be',
      note: 'Huisvesting in Genk – Doorverwijzen (Eerst)',
    });
    expect(card.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:SPOC mensenhandel;;;;',
      'FN:SPOC mensenhandel',
      'ORG:Stad Genk;Bestuurlijke handhaving',
      'TEL;TYPE=WORK,VOICE:+3211555000',
      'EMAIL;TYPE=INTERNET,WORK:mensenhandel@genk.example.be',
      'NOTE:Huisvesting in Genk – Doorverwijzen (Eerst)',
      'END:VCARD',
    ]);
  });

  test('a person gets family and given name', () => {
    const card = toVCard({
      name: 'Eva Voorbeeld',
      firstName: 'Eva',
      lastName: 'Voorbeeld',
      organisation: 'Stad Genk',
    });
    expect(card).toContain('\r\nN:Voorbeeld;Eva;;;\r\n');
  });

  test('commas, semicolons, backslashes and line breaks are escaped', () => {
    expect(escapeValue('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  test('long lines fold at 75 octets without splitting a character', () => {
    const line = `NOTE:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  test('a file holds several cards and a safe name', () => {
    const file = toVCardFile([
      { name: 'A', organisation: 'X' },
      { name: 'B', organisation: 'Y' },
    ]);
    expect(file.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(file.endsWith('END:VCARD\r\n')).toBe(true);
    expect(vcfFileName(['wie-bel-ik', 'Financiën', "'s-Hertogenbosch"])).toBe(
      'wie-bel-ik-financien-s-hertogenbosch.vcf',
    );
  });
});
