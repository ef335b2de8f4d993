/**
 * The one write path for coordinators' changes: each mutation is one write transaction that locks
 * what it changes, checks the version it was based on, applies only real changes, bumps the
 * version, writes its audit event and refreshes the search text — all or nothing.
 */
import neo4j from 'neo4j-driver';
import type { Database, Tx } from '../db/database';
import { ConflictError, NotFoundError } from '../errors';
import type { SearchRepository } from '../search/search.repository';
import type { AuditAction, AuditRepository, Change, Dependents } from './audit.repository';
import { publicState } from './public-state';

export interface Actor {
  id: string;
  email: string;
}

export interface Locked {
  id: string;
  label: string;
  current: Record<string, unknown>;
}

/** What a mutation can do inside its transaction. */
export class Write {
  private readonly touched = new Set<string>();
  /** Entities whose version this transaction has already bumped: one bump per mutation. */
  private readonly bumped = new Set<string>();
  /** Entities locked by this transaction: their marker is removed before it commits. */
  private readonly locked = new Set<string>();

  constructor(
    readonly tx: Tx,
    private readonly audit: AuditRepository,
    private readonly actor: Actor,
  ) {}

  /**
   * Locks an entity and checks it is still at `version` (when given) and, when `labels` are given,
   * that it is one of those kinds (anything else is NOT_FOUND as `entity`).
   */
  async lock(
    id: string,
    version: number | null,
    entity: string,
    ...labels: string[]
  ): Promise<Locked> {
    const found = await this.audit.lock(this.tx, id);
    if (found) this.locked.add(id);
    if (!found || (labels.length > 0 && !labels.includes(found.label)))
      throw new NotFoundError(entity, id);
    if (version !== null && found.current.version !== version) {
      throw new ConflictError(entity, id, publicState(found.label, found.current));
    }
    return { id, label: found.label, current: found.current };
  }

  /**
   * Applies the fields of `patch` that differ from the locked state, bumps the version and
   * records the changes (after `notes`, facts about the change itself such as what a restore went
   * back to). Returns the changes (empty when nothing differed: then nothing is recorded).
   */
  async update(
    locked: Locked,
    patch: Record<string, unknown>,
    action: AuditAction = 'UPDATE',
    notes: Change[] = [],
  ): Promise<Change[]> {
    const changes = diff(locked.current, patch);
    if (changes.length === 0) return changes;
    const props = Object.fromEntries(changes.map((c) => [c.field, toStored(c.field, c.to)]));
    await this.audit.update(this.tx, locked.id, props);
    this.bumped.add(locked.id);
    await this.record(action, locked, [...notes, ...changes]);
    return changes;
  }

  /** Bumps the version and records changes made by other statements (relationships). */
  async changed(locked: Locked, changes: Change[], action: AuditAction = 'UPDATE'): Promise<void> {
    if (changes.length === 0) return;
    if (!this.bumped.has(locked.id)) await this.audit.update(this.tx, locked.id, {});
    this.bumped.add(locked.id);
    await this.record(action, locked, changes);
  }

  /** Records the creation of an entity that a feature query has just created. */
  async created(id: string, label: string, props: Record<string, unknown>): Promise<void> {
    const changes = Object.entries(props)
      .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([field, to]) => ({ field, from: null, to }));
    await this.record('CREATE', { id, label, current: props }, changes);
  }

  /**
   * Deletes an entity for good; its audit event (with the reason) remains. A person is erased:
   * their values are replaced by a pseudonym in the audit trail and wherever else they were
   * copied (erasure.ts), in this same transaction.
   */
  async delete(locked: Locked, reason: string): Promise<void> {
    const changes = Object.entries(locked.current).map(([field, from]) => ({
      field,
      from,
      to: null,
    }));
    await this.record('DELETE', locked, [{ field: 'reason', from: null, to: reason }, ...changes]);
    if (locked.label === 'Person') await this.audit.erase(this.tx, locked.id, locked.current);
    await this.audit.delete(this.tx, locked.id);
    this.touched.delete(locked.id);
    this.locked.delete(locked.id);
  }

  /** What still hangs from a locked entity. */
  dependents(locked: Locked): Promise<Dependents> {
    return this.audit.dependents(this.tx, locked.id);
  }

  /** Releases the lock markers that no update removed (the locks last until commit). */
  async release(): Promise<void> {
    const ids = [...this.locked].filter((id) => !this.bumped.has(id));
    await this.audit.unlock(this.tx, ids);
  }

  async record(action: AuditAction, entity: Locked, changes: Change[]): Promise<void> {
    await this.recordMany(action, [{ entity, changes }]);
  }

  /** Records many entities' changes of one action in one statement (an import batch). */
  async recordMany(
    action: AuditAction,
    entries: { entity: Locked; changes: Change[] }[],
  ): Promise<void> {
    for (const { entity } of entries) this.touched.add(entity.id);
    await this.audit.recordMany(
      this.tx,
      { userId: this.actor.id, userEmail: this.actor.email, action },
      entries.map(({ entity, changes }) => ({
        entityType: entity.label,
        entityId: entity.id,
        entityName: displayName(entity.current),
        changes,
      })),
    );
  }

  /** Entities whose search text must be refreshed before commit. */
  touch(...ids: string[]): void {
    for (const id of ids) this.touched.add(id);
  }

  touchedIds(): string[] {
    return [...this.touched];
  }
}

export class Editor {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditRepository,
    private readonly search: SearchRepository,
  ) {}

  /**
   * Records an access that changes nothing (an export, a refused read) as its own audit event,
   * in its own transaction: who, what kind, on what, with `facts` as the event's fields.
   */
  access(
    actor: Actor,
    action: AuditAction,
    on: { type: string; id: string; name: string | null },
    facts: Record<string, unknown>,
  ): Promise<void> {
    return this.db.writeTransaction((tx) =>
      this.audit.record(tx, {
        userId: actor.id,
        userEmail: actor.email,
        action,
        entityType: on.type,
        entityId: on.id,
        entityName: on.name,
        changes: Object.entries(facts).map(([field, to]) => ({ field, from: null, to })),
      }),
    );
  }

  /** Runs `work` as one write transaction with its audit events; retried on transient errors. */
  run<T>(actor: Actor, work: (w: Write) => Promise<T>): Promise<T> {
    return this.db.writeTransaction(async (tx) => {
      const w = new Write(tx, this.audit, actor);
      const result = await work(w);
      await w.release();
      const ids = w.touchedIds();
      if (ids.length > 0) await this.search.refreshContext(tx, ids);
      return result;
    });
  }
}

/** Properties stored as Neo4j dates rather than strings. */
const DATE_FIELDS = new Set(['lastVerifiedAt', 'from', 'to', 'validFrom', 'validUntil']);

/** The value to store: dates as Neo4j dates, undefined as null (which removes the property). */
export function toStored(field: string, value: unknown): unknown {
  if (typeof value === 'string' && DATE_FIELDS.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new neo4j.types.Date(y ?? 0, m ?? 0, d ?? 0);
  }
  return value ?? null;
}

function displayName(props: Record<string, unknown>): string | null {
  const name = props.name ?? props.nameNl ?? props.titleNl ?? props.code;
  if (typeof name === 'string') return name;
  if (typeof props.firstName === 'string')
    return `${props.firstName} ${String(props.lastName ?? '')}`.trim();
  return null;
}

/** The fields of `patch` whose value differs from `current` (undefined in the patch = untouched). */
export function diff(current: Record<string, unknown>, patch: Record<string, unknown>): Change[] {
  const changes: Change[] = [];
  for (const [field, to] of Object.entries(patch)) {
    if (to === undefined) continue;
    const from = current[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to ?? null))
      changes.push({ field, from, to: to ?? null });
  }
  return changes;
}
