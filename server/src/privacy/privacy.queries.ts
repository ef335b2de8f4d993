/** The Cypher of access requests and retention (cypher/queries/privacy): what each takes and returns. */
import type { AuditEventRow } from '../audit/audit.repository';
import type { ContactReportRow } from '../contacts/contact.repository';
import { cypherQuery, type NoParams } from '../db/query';

export interface TieRow {
  function: string | null;
  from: string | null;
  to: string | null;
  placeId: string;
  placeName: string;
  /** The organisation of a unit; null when the tie is to an organisation itself. */
  organisationName: string | null;
}

export interface DossierRow {
  /** Every property of the person's node. */
  person: Record<string, unknown>;
  ties: TieRow[];
  responsibilities: { barrierCode: string; role: string; priority: string }[];
  reports: Omit<ContactReportRow, 'contactId' | 'contactType'>[];
  /** Organisations they work or worked at (a unit's organisation included). */
  organisationIds: string[];
  /** The regions those organisations cover, and every region those lie in. */
  regionIds: string[];
}

export const personDossier = cypherQuery<{ id: string }, DossierRow>('privacy/person-dossier');

export const personEvents = cypherQuery<
  { id: string },
  { history: AuditEventRow[]; exports: AuditEventRow[] }
>('privacy/person-events');

export interface RetentionCandidateRow {
  id: string;
  firstName: string;
  lastName: string;
  status: string;
  /** The date they were last in use (ISO date). */
  since: string;
}

export const retentionCandidates = cypherQuery<NoParams, RetentionCandidateRow>(
  'privacy/retention-candidates',
);
