/** The Cypher of the audit trail and the write path (cypher/queries/audit): what each query takes and returns. */
import { cypherQuery, type Int } from '../db/query';

export interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

export type AuditAction =
  | 'CREATE'
  | 'UPDATE'
  | 'ARCHIVE'
  | 'RESTORE'
  /** An earlier version put back ("restore this version"): which event and moment it went back to. */
  | 'REVERT'
  | 'DELETE'
  | 'VERIFY'
  | 'REPORT'
  | 'IMPORT'
  | 'RESTORE_BACKUP'
  /** A bulk export or download (what, filter, how many persons); nothing changed. */
  | 'EXPORT'
  /** An account went past its hourly budget of persons read (once per window). */
  | 'READ_LIMIT'
  /** An automatic erasure run of the retention rule (how many persons it erased). */
  | 'RETENTION'
  /** Single sign-on refused someone the identity provider vouched for (no account, no mapping). */
  | 'SIGN_IN_REFUSED';

export interface AuditEventRow {
  id: string;
  at: string;
  userId: string;
  userEmail: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  entityName: string | null;
  /** JSON list of Change. */
  changes: string;
}

/** An event as read back: with the current name of the account that made it (null when gone). */
export interface AuditEventView extends AuditEventRow {
  userName: string | null;
}

export interface AuditFilter {
  entityId: string | null;
  /** With the entity, what belongs to it (an organisation's units, contacts, people, agreements). */
  withParts: boolean;
  userId: string | null;
  from: string | null;
  to: string | null;
}

/** What still hangs from an entity (see cypher/queries/audit/dependents.cypher). */
export interface Dependents {
  units: number;
  contactPoints: number;
  agreements: number;
  people: number;
}

/** Locks an entity for the transaction (a marker property): its properties and label. */
export const lockEntity = cypherQuery<
  { id: string },
  { current: Record<string, unknown>; label: string }
>('audit/lock-entity');

/** Sets (or, with null, removes) properties and bumps the version. */
export const updateEntity = cypherQuery<
  { id: string; props: Record<string, unknown> },
  { version: number }
>('audit/update-entity');

/** Audit events of one user and action in one statement: one per successful change, written in
 * the same transaction as the change (an import batch writes hundreds at once). */
export const recordEvents = cypherQuery<
  {
    userId: string;
    userEmail: string;
    action: AuditAction;
    events: (Pick<AuditEventRow, 'entityType' | 'entityId' | 'entityName' | 'changes'> & {
      eventId: string;
    })[];
  },
  { recorded: number }
>('audit/record-events');

export const deleteEntity = cypherQuery<{ id: string }, { deleted: number }>('audit/delete-entity');

export const entityDependents = cypherQuery<{ id: string }, Dependents>('audit/dependents');

/** Removes the lock marker from entities that were locked but not changed. */
export const unlockEntities = cypherQuery<{ ids: readonly string[] }, never>(
  'audit/unlock-entities',
);

export const auditLog = cypherQuery<
  AuditFilter & { beforeAt: string | null; beforeId: string | null; limit: Int },
  { event: AuditEventView }
>('audit/log');

export const historyByEntities = cypherQuery<
  { ids: readonly string[]; limit: Int },
  { id: string; events: AuditEventView[] }
>('audit/history-by-entities');

/** The audit events about one entity, to be rewritten by an erasure. */
export const eventsAbout = cypherQuery<
  { id: string },
  { ref: string; entityName: string | null; changes: string }
>('audit/events-about');

/** Other records holding one of an erased person's values (see erasure.ts). */
export const erasureHolders = cypherQuery<
  { id: string; needles: readonly string[] },
  { ref: string; props: Record<string, unknown> }
>('audit/erasure-holders');

export const rewriteProperties = cypherQuery<
  { rows: { ref: string; props: Record<string, unknown> }[] },
  { rewritten: number }
>('audit/rewrite-properties');
