/** The audit trail: events written with each change, and read back as a log or a history. */
import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../db/database';
import {
  type AuditAction,
  type AuditEventRow,
  type AuditEventView,
  type AuditFilter,
  auditLog,
  type Change,
  type Dependents,
  deleteEntity,
  entityDependents,
  erasureHolders,
  eventsAbout,
  historyByEntities,
  lockEntity,
  recordEvents,
  rewriteProperties,
  unlockEntities,
  updateEntity,
} from './audit.queries';
import {
  eraseChanges,
  erasedIdOf,
  needlesOf,
  pseudonymOf,
  replacementsOf,
  scrubProperties,
  userReplacementsOf,
} from './erasure';

export type {
  AuditAction,
  AuditEventRow,
  AuditEventView,
  AuditFilter,
  Change,
  Dependents,
} from './audit.queries';

export class AuditRepository {
  constructor(private readonly db: Database) {}

  /** Locks an entity for this transaction and returns its current properties and label. */
  async lock(
    tx: Tx,
    id: string,
  ): Promise<{ current: Record<string, unknown>; label: string } | null> {
    const [row] = await tx.run(lockEntity, { id });
    if (!row) return null;
    const { _lock: _, ...current } = row.current;
    return { current, label: row.label };
  }

  /** Sets (or, with null, removes) properties and bumps the version; returns the new version. */
  async update(tx: Tx, id: string, props: Record<string, unknown>): Promise<number> {
    const [row] = await tx.run(updateEntity, { id, props });
    return row?.version ?? 0;
  }

  /** One event, as `recordMany` writes them. */
  record(
    tx: Tx,
    event: Omit<AuditEventRow, 'id' | 'at' | 'changes'> & { changes: Change[] },
  ): Promise<void> {
    const { userId, userEmail, action, ...about } = event;
    return this.recordMany(tx, { userId, userEmail, action }, [about]);
  }

  /** Events of one user and action, in one statement (an import batch writes hundreds). */
  async recordMany(
    tx: Tx,
    by: { userId: string; userEmail: string; action: AuditAction },
    events: {
      entityType: string;
      entityId: string;
      entityName: string | null;
      changes: Change[];
    }[],
  ): Promise<void> {
    if (events.length === 0) return;
    await tx.run(recordEvents, {
      ...by,
      events: events.map((e) => ({
        ...e,
        eventId: randomUUID(),
        changes: JSON.stringify(e.changes),
      })),
    });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.run(deleteEntity, { id });
  }

  /**
   * Replaces an erased person's values by their pseudonym in every audit event about them and in
   * every other record that copied one (erasure.ts); run in the transaction that deletes them.
   * Returns how many records were rewritten.
   */
  async erase(tx: Tx, id: string, current: Record<string, unknown>): Promise<number> {
    const pseudonym = pseudonymOf(id);
    const own = await tx.run(eventsAbout, { id });
    const history = own.map((e) => JSON.parse(e.changes) as Change[]);
    const needles = needlesOf(current, history);
    const replacements = replacementsOf(id, needles);
    const rows = own.map((e, i) => ({
      ref: e.ref,
      props: {
        entityId: erasedIdOf(id),
        entityName: e.entityName === null ? null : pseudonym,
        changes: JSON.stringify(eraseChanges(history[i] ?? [], replacements, pseudonym)),
      } as Record<string, unknown>,
    }));
    const finds = replacements.map(([find]) => find);
    for (const holder of await tx.run(erasureHolders, { id, needles: finds })) {
      const props = scrubProperties(holder.props, replacements);
      if (Object.keys(props).length > 0) rows.push({ ref: holder.ref, props });
    }
    if (rows.length === 0) return 0;
    const [done] = await tx.run(rewriteProperties, { rows });
    return done?.rewritten ?? 0;
  }

  /**
   * Replaces a deleted account's e-mail address and name by its pseudonym wherever a record kept
   * them: the actor fields (userEmail) of every audit event, report and import job it wrote, the
   * events about the account and any text that quotes them. Returns how many were rewritten.
   */
  async eraseUser(tx: Tx, id: string, user: { email: string; name: string | null }) {
    const replacements = userReplacementsOf(id, user);
    if (replacements.length === 0) return 0;
    // No event is skipped as "about the erased one" here: an empty id matches none.
    const holders = await tx.run(erasureHolders, {
      id: '',
      needles: replacements.map(([find]) => find),
    });
    const rows = holders
      .map((h) => ({ ref: h.ref, props: scrubProperties(h.props, replacements) }))
      .filter((r) => Object.keys(r.props).length > 0);
    if (rows.length === 0) return 0;
    const [done] = await tx.run(rewriteProperties, { rows });
    return done?.rewritten ?? 0;
  }

  async dependents(tx: Tx, id: string): Promise<Dependents> {
    const [row] = await tx.run(entityDependents, { id });
    return row ?? { units: 0, contactPoints: 0, agreements: 0, people: 0 };
  }

  /** Removes the lock marker from entities that were locked but not changed. */
  async unlock(tx: Tx, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await tx.run(unlockEntities, { ids });
  }

  async log(filter: AuditFilter, limit: number, before: { at: string; id: string } | null) {
    const rows = await this.db.read(auditLog, {
      ...filter,
      beforeAt: before?.at ?? null,
      beforeId: before?.id ?? null,
      limit: this.db.int(limit),
    });
    return rows.map((r) => r.event);
  }

  async historyByIds(ids: readonly string[], limit = 100): Promise<AuditEventView[][]> {
    const rows = await this.db.read(historyByEntities, {
      ids,
      limit: this.db.int(limit),
    });
    const byId = new Map(rows.map((r) => [r.id, r.events]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}
