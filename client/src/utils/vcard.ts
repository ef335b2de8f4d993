/**
 * vCard 3.0 (RFC 2426) for the contacts of an answer, generated in the browser: one file with
 * one card per contact, CRLF line ends, escaped values, lines folded at 75 octets.
 */

import { download } from './download';

export interface VCardInput {
  /** Full name: a person's name or a contact point's name. */
  name: string;
  firstName?: string;
  lastName?: string;
  organisation: string;
  unit?: string | null;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  note?: string | null;
  url?: string | null;
}

/** Escapes a text value: backslash, comma, semicolon and line breaks. */
export function escapeValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

/** Folds a content line so no physical line exceeds 75 octets (never inside a character). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One vCard. */
export function toVCard(input: VCardInput): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  const family = input.lastName ?? input.name;
  const given = input.lastName ? (input.firstName ?? '') : '';
  lines.push(`N:${escapeValue(family)};${escapeValue(given)};;;`);
  lines.push(`FN:${escapeValue(input.name)}`);
  const org = [input.organisation, input.unit].filter((part): part is string => Boolean(part));
  lines.push(`ORG:${org.map(escapeValue).join(';')}`);
  if (input.title) lines.push(`TITLE:${escapeValue(input.title)}`);
  if (input.phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeValue(input.phone)}`);
  if (input.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeValue(input.email)}`);
  if (input.url) lines.push(`URL:${escapeValue(input.url)}`);
  if (input.note) lines.push(`NOTE:${escapeValue(input.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n');
}

/** Several vCards in one .vcf text. */
export function toVCardFile(inputs: VCardInput[]): string {
  return `${inputs.map(toVCard).join('\r\n')}\r\n`;
}

/** A file name without characters that trouble file systems. */
export function vcfFileName(parts: string[]): string {
  const base = parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${base || 'contacts'}.vcf`;
}

/** Offers the text as a download. */
export function downloadText(fileName: string, text: string, type = 'text/vcard'): void {
  download(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
