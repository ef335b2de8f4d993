/**
 * An access request (GDPR art. 15): everything held about one person as one document — their
 * entry with every field and tie, its history from the audit trail, the reports about them and
 * the exports that held them (or may have). Exports do not list the persons they held, so that
 * part is read from each EXPORT event's filter: the whole list, one organisation, a coordinator's
 * scope, or an answer that depended on the person's responsibilities ("possible").
 */
import type { AuditEventRow, Change } from '../audit/audit.repository';
import type { Language } from '../shared/language';
import type { Dossier } from './privacy.repository';

export interface AccessRequestExport {
  at: string;
  by: string;
  file: string;
  filter: Record<string, unknown>;
  persons: number;
  /** Whether the filter certainly covered them, or only may have (an answer's vCards). */
  included: 'certain' | 'possible';
}

export interface AccessRequestDocument {
  kind: 'access-request';
  generatedAt: string;
  language: Language;
  subject: { id: string; name: string };
  entry: {
    fields: Record<string, unknown>;
    ties: Dossier['ties'];
    responsibilities: Dossier['responsibilities'];
  };
  history: { at: string; by: string; action: string; changes: Change[] }[];
  reports: Dossier['reports'];
  exports: AccessRequestExport[];
}

/** The facts an EXPORT event keeps (auditExport writes them as its changes). */
function factsOf(event: AuditEventRow): Record<string, unknown> {
  const changes = JSON.parse(event.changes) as Change[];
  return Object.fromEntries(changes.map((c) => [c.field, c.to]));
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Whether an export, as its event tells, held the person: certainly, possibly, or not. */
export function inclusionOf(
  dossier: Pick<Dossier, 'person' | 'organisationIds' | 'regionIds' | 'responsibilities'>,
  facts: Record<string, unknown>,
): AccessRequestExport['included'] | null {
  const id = String(dossier.person.id);
  const filter = asRecord(facts.filter);
  const file = String(facts.export ?? '');
  if (file.startsWith('access-request')) return filter.personId === id ? 'certain' : null;
  if (!(Number(facts.persons) > 0)) return null;
  const scope = asRecord(filter.scope);
  const inScope =
    !filter.scope ||
    asList(scope.organisations).some((o) => dossier.organisationIds.includes(o)) ||
    asList(scope.regions).some((r) => dossier.regionIds.includes(r));
  if (!inScope) return null;
  if (file === 'who-to-call.vcf') {
    const barrier = typeof filter.barrier === 'string' ? filter.barrier : null;
    const responsible = dossier.responsibilities.some(
      (r) => barrier === null || r.barrierCode === barrier,
    );
    return responsible ? 'possible' : null;
  }
  const organisation = typeof filter.organisationId === 'string' ? filter.organisationId : null;
  if (organisation && !dossier.organisationIds.includes(organisation)) return null;
  return 'certain';
}

/** The document of an access request for `dossier`, in `lang`. */
export function accessRequestDocument(
  dossier: Dossier,
  lang: Language,
  now: Date = new Date(),
): AccessRequestDocument {
  const { person } = dossier;
  const { _lock: _, ...fields } = person;
  const exports: AccessRequestExport[] = [];
  for (const event of dossier.exports) {
    const facts = factsOf(event);
    const included = inclusionOf(dossier, facts);
    if (!included) continue;
    exports.push({
      at: event.at,
      by: event.userEmail,
      file: String(facts.export ?? event.entityName ?? ''),
      filter: asRecord(facts.filter),
      persons: Number(facts.persons ?? 0),
      included,
    });
  }
  return {
    kind: 'access-request',
    generatedAt: now.toISOString(),
    language: lang,
    subject: {
      id: String(person.id),
      name: `${String(person.firstName ?? '')} ${String(person.lastName ?? '')}`.trim(),
    },
    entry: { fields, ties: dossier.ties, responsibilities: dossier.responsibilities },
    history: dossier.history.map((e) => ({
      at: e.at,
      by: e.userEmail,
      action: e.action,
      changes: JSON.parse(e.changes) as Change[],
    })),
    reports: dossier.reports,
    exports,
  };
}
