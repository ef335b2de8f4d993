/**
 * vCards (RFC 2426, version 3.0: what Outlook, Apple and Android contacts all import) for a
 * contact point or person, and one file with the contacts of a who-to-call answer.
 */

export interface VcardContact {
  id: string;
  /** A person's names; null for a contact point. */
  firstName: string | null;
  lastName: string | null;
  /** The contact point's name, or the person's full name. */
  displayName: string;
  organisation: string | null;
  unit: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  /** Free text: hours, what to call them for. */
  note: string | null;
  /** Revision: when the contact was last verified (YYYY-MM-DD). */
  verifiedAt: string | null;
}

/** Escapes a text value (backslash, comma, semicolon, line breaks). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 2425 §5.8.1). */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One vCard, CRLF line ends. */
export function vcard(c: VcardContact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  if (c.firstName !== null || c.lastName !== null) {
    lines.push(`N:${escapeText(c.lastName ?? '')};${escapeText(c.firstName ?? '')};;;`);
  } else {
    lines.push('N:;;;;');
  }
  lines.push(`FN:${escapeText(c.displayName)}`);
  if (c.organisation) {
    lines.push(
      `ORG:${[c.organisation, c.unit]
        .filter((x): x is string => !!x)
        .map(escapeText)
        .join(';')}`,
    );
  }
  if (c.title) lines.push(`TITLE:${escapeText(c.title)}`);
  if (c.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(c.email)}`);
  if (c.phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeText(c.phone)}`);
  if (c.note) lines.push(`NOTE:${escapeText(c.note)}`);
  lines.push('CATEGORIES:CONFINE');
  if (c.verifiedAt) lines.push(`REV:${c.verifiedAt}`);
  lines.push(`UID:urn:confine:${c.id}`);
  lines.push('END:VCARD');
  return lines.map((l) => `${fold(l)}\r\n`).join('');
}
