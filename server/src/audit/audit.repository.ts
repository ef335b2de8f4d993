/** The audit trail: events written with each change, and read back as a log or a history. */
import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../db/database';

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
  | 'DELETE'
  | 'VERIFY'
  | 'REPORT'
  | 'IMPORT'
  | 'RESTORE_BACKUP';

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

export interface AuditFilter {
  entityId: string | null;
  userId: string | null;
  from: string | null;
  to: string | null;
}

const Q = {
  lock: 'audit/lock-entity',
  update: 'audit/update-entity',
  record: 'audit/record-event',
  log: 'audit/log',
  history: 'audit/history-by-entities',
  delete: 'audit/delete-entity',
  dependents: 'audit/dependents',
  unlock: 'audit/unlock-entities',
} as const;

/** What still hangs from an entity (see cypher/queries/audit/dependents.cypher). */
export interface Dependents {
  units: number;
  contactPoints: number;
  agreements: number;
  people: number;
}

export class AuditRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  /** Locks an entity for this transaction and returns its current properties and label. */
  async lock(
    tx: Tx,
    id: string,
  ): Promise<{ current: Record<string, unknown>; label: string } | null> {
    const [row] = await tx.run<{ current: Record<string, unknown>; label: string }>(Q.lock, { id });
    if (!row) return null;
    const { _lock: _, ...current } = row.current;
    return { current, label: row.label };
  }

  /** Sets (or, with null, removes) properties and bumps the version; returns the new version. */
  async update(tx: Tx, id: string, props: Record<string, unknown>): Promise<number> {
    const [row] = await tx.run<{ version: number }>(Q.update, { id, props });
    return row?.version ?? 0;
  }

  async record(
    tx: Tx,
    event: Omit<AuditEventRow, 'id' | 'at' | 'changes'> & { changes: Change[] },
  ): Promise<void> {
    await tx.run(Q.record, {
      ...event,
      eventId: randomUUID(),
      changes: JSON.stringify(event.changes),
    });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.run(Q.delete, { id });
  }

  async dependents(tx: Tx, id: string): Promise<Dependents> {
    const [row] = await tx.run<Dependents>(Q.dependents, { id });
    return row ?? { units: 0, contactPoints: 0, agreements: 0, people: 0 };
  }

  /** Removes the lock marker from entities that were locked but not changed. */
  async unlock(tx: Tx, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await tx.run(Q.unlock, { ids });
  }

  async log(filter: AuditFilter, limit: number, before: { at: string; id: string } | null) {
    const rows = await this.db.read<{ event: AuditEventRow }>(Q.log, {
      ...filter,
      beforeAt: before?.at ?? null,
      beforeId: before?.id ?? null,
      limit: this.db.int(limit),
    });
    return rows.map((r) => r.event);
  }

  async historyByIds(ids: readonly string[], limit = 100): Promise<AuditEventRow[][]> {
    const rows = await this.db.read<{ id: string; events: AuditEventRow[] }>(Q.history, {
      ids,
      limit: this.db.int(limit),
    });
    const byId = new Map(rows.map((r) => [r.id, r.events]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}
