/**
 * The audit log as CSV, in words: one row per changed field (one for an event without fields),
 * with the author's name, the action, the kind of record, the field and its values in the reader's
 * language — the same words the audit page shows (shared/audit-words.ts, shared/code-names.ts).
 */
import { auditValue } from '../../../shared/audit-format';
import {
  AUDIT_WORDS_EN,
  AUDIT_WORDS_FR,
  AUDIT_WORDS_NL,
  type AuditWords,
} from '../../../shared/audit-words';
import { CODE_NAMES_EN, CODE_NAMES_FR, CODE_NAMES_NL } from '../../../shared/code-names';
import { type Separator, toCsv } from '../shared/csv';
import type { Language } from '../shared/language';
import type { AuditEventView, AuditFilter, AuditRepository, Change } from './audit.repository';

/** At most this many events in one download; a narrower filter gets the rest. */
export const AUDIT_CSV_MAX_EVENTS = 10_000;

const HEADERS: Record<Language, string[]> = {
  NL: ['Tijdstip', 'Door', 'Actie', 'Soort', 'Gegeven', 'Veld', 'Oude waarde', 'Nieuwe waarde'],
  FR: ['Moment', 'Par', 'Action', 'Type', 'Donnée', 'Champ', 'Ancienne valeur', 'Nouvelle valeur'],
  EN: ['Time', 'By', 'Action', 'Kind', 'Record', 'Field', 'Old value', 'New value'],
};

const WORDS: Record<Language, { audit: AuditWords; codes: Record<string, string> }> = {
  NL: { audit: AUDIT_WORDS_NL, codes: CODE_NAMES_NL },
  FR: { audit: AUDIT_WORDS_FR, codes: CODE_NAMES_FR },
  EN: { audit: AUDIT_WORDS_EN, codes: CODE_NAMES_EN },
};

const CODE_GROUPS = [
  'role',
  'priority',
  'orgType',
  'contactKind',
  'dataCategory',
  'userRole',
  'country',
];

/** The words of one language for the audit trail's actions, kinds, fields and codes. */
export function auditWordsOf(lang: Language) {
  const { audit, codes } = WORDS[lang];
  const word = (key: string) => (audit as Record<string, string>)[key];
  return {
    action: (action: string) => word(`action.${action}`) ?? action,
    kind: (type: string) => word(`entity.${type}`) ?? type,
    field(field: string): string {
      const own = word(`field.${field}`);
      if (own) return own;
      const translated = /^(.+)(Nl|Fr|En)$/.exec(field);
      const base = translated && word(`field.${translated[1]}`);
      const language = translated && word(`lang.${translated[2]?.toLowerCase()}`);
      return base && language ? `${base} (${language})` : field;
    },
    code(code: string): string | null {
      for (const group of CODE_GROUPS) {
        const text = codes[`${group}.${code}`];
        if (text) return text;
      }
      return word(`status.${code}`) ?? null;
    },
  };
}

/** An audit moment as a spreadsheet reads it: Brussels time, "2026-12-04 23:30:00". */
function moment(at: string): string {
  return new Date(at).toLocaleString('sv-SE', { timeZone: 'Europe/Brussels' });
}

/** The rows of one event, in words. */
export function auditRows(event: AuditEventView, lang: Language): string[][] {
  const w = auditWordsOf(lang);
  const head = [
    moment(event.at),
    event.userName ?? event.userEmail,
    w.action(event.action),
    w.kind(event.entityType),
    event.entityName ?? event.entityId,
  ];
  const changes = JSON.parse(event.changes) as Change[];
  if (changes.length === 0) return [[...head, '', '', '']];
  const text = (v: unknown) => (v == null ? '' : auditValue(JSON.stringify(v), w.code));
  return changes.map((c) => [
    ...head,
    w.field(c.field),
    text(c.from),
    c.field === 'restoredVersionOf' && typeof c.to === 'string' ? moment(c.to) : text(c.to),
  ]);
}

/** The filtered audit log (newest first) as CSV; `events` is how many it holds. */
export async function auditLogCsv(
  audit: AuditRepository,
  filter: AuditFilter,
  lang: Language,
  separator: Separator,
): Promise<{ text: string; events: number }> {
  const events = await audit.log(filter, AUDIT_CSV_MAX_EVENTS, null);
  const rows = events.flatMap((e) => auditRows(e, lang));
  return { text: toCsv([HEADERS[lang], ...rows], separator), events: events.length };
}
