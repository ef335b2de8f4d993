/**
 * What the clients were told about each write, checked afterwards against the database and its
 * audit trail: a write reported successful is there with exactly one audit event; a write reported
 * failed (or never answered) is either wholly absent or wholly there, never half-applied; and the
 * audit trail holds nothing the clients did not send.
 */
import type { Driver } from 'neo4j-driver';

/** ok: answered with data. rejected: answered with an error. unknown: no answer at all. */
export type Outcome = 'ok' | 'rejected' | 'unknown';

export interface CreateEntry {
  name: string;
  outcome: Outcome;
  code: string;
}

export interface UpdateEntry {
  id: string;
  /** The unique value written to `field`. */
  value: string;
  outcome: Outcome;
  code: string;
}

export interface LedgerFigures {
  writesOk: number;
  writesFailed: number;
  /** Reported failed (or unanswered) but committed as a whole: safe, and reported here. */
  committedDespiteFailure: number;
  /** What those clients were told, e.g. "DATABASE_UNAVAILABLE×2". */
  committedDespiteFailureAnswers: string;
  recordsVerified: number;
  auditEventsVerified: number;
  problems: string[];
}

export class WriteLedger {
  readonly creates: CreateEntry[] = [];
  readonly updates: UpdateEntry[] = [];

  /**
   * @param field the contact-point property updates write (e.g. hoursNl)
   * @param initial the value of `field` on each updated record before the run
   */
  /**
   * @param userIds the accounts that write; every audit event of theirs must be in this ledger
   * @param field the property updates write (e.g. hoursNl of a contact point)
   * @param initial the value of `field` on each updated record before the run (default null)
   */
  constructor(
    readonly userIds: string[],
    readonly field = 'hoursNl',
    readonly initial = new Map<string, string | null>(),
  ) {}

  get total() {
    return this.creates.length + this.updates.length;
  }

  /**
   * Checks every entry against the database; `problems` lists what is wrong (empty = all well).
   * `otherIds`: entities the same users legitimately changed outside this ledger.
   */
  async verify(driver: Driver, otherIds: string[] = []): Promise<LedgerFigures> {
    const problems: string[] = [];
    let committedDespiteFailure = 0;
    const answers = new Map<string, number>();
    const committed = (code: string) => {
      committedDespiteFailure++;
      answers.set(code, (answers.get(code) ?? 0) + 1);
    };
    let records = 0;
    let events = 0;

    // Creates: the organisation and its one CREATE event, or neither.
    const { records: created } = await driver.executeQuery(
      `UNWIND $names AS name
       OPTIONAL MATCH (o:Organisation {name: name})
       WITH name, collect(o.id) AS ids
       CALL (ids) {
         OPTIONAL MATCH (e:AuditEvent {action: 'CREATE'}) WHERE e.entityId IN ids
         RETURN count(e) AS events
       }
       RETURN name, size(ids) AS nodes, events`,
      { names: this.creates.map((c) => c.name) },
    );
    const byName = new Map(
      created.map((r) => [
        r.get('name') as string,
        { nodes: Number(r.get('nodes')), events: Number(r.get('events')) },
      ]),
    );
    for (const entry of this.creates) {
      const found = byName.get(entry.name) ?? { nodes: 0, events: 0 };
      records++;
      events += found.events;
      if (entry.outcome === 'ok') {
        if (found.nodes !== 1 || found.events !== 1)
          problems.push(
            `create "${entry.name}" reported ok: ${found.nodes} node(s), ${found.events} event(s)`,
          );
      } else if (found.nodes === 1 && found.events === 1) {
        committed(entry.code);
      } else if (found.nodes !== 0 || found.events !== 0) {
        problems.push(
          `create "${entry.name}" reported ${entry.code}: half-applied (${found.nodes} node(s), ${found.events} event(s))`,
        );
      }
    }

    // Updates: per record, the audit events form one unbroken chain from the initial value to the
    // stored one, the version counts them, and every value in it was sent by a client.
    const ids = [...new Set(this.updates.map((u) => u.id))];
    const { records: updated } = await driver.executeQuery(
      `UNWIND $ids AS id
       MATCH (c:Entity {id: id})
       CALL (id) {
         OPTIONAL MATCH (e:AuditEvent {entityId: id}) WHERE e.action <> 'CREATE'
         RETURN collect(e.changes) AS changes
       }
       RETURN id, c[$field] AS value, c.version AS version, changes`,
      { ids, field: this.field },
    );
    const sent = new Map<string, UpdateEntry>();
    for (const u of this.updates) sent.set(`${u.id}\u0000${u.value}`, u);
    const seen = new Set<string>();
    for (const row of updated) {
      const id = row.get('id') as string;
      records++;
      const stored = row.get('value') as string | null;
      const version = Number(row.get('version'));
      const changes = (row.get('changes') as string[]).map(
        (c) => JSON.parse(c) as { field: string; from: unknown; to: unknown }[],
      );
      events += changes.length;
      if (version !== 1 + changes.length)
        problems.push(`${id}: version ${version} but ${changes.length} update event(s)`);
      const next = new Map<unknown, unknown>();
      for (const change of changes) {
        const [only, ...more] = change;
        if (!only || more.length > 0 || only.field !== this.field) {
          problems.push(`${id}: unexpected change ${JSON.stringify(change)}`);
          continue;
        }
        if (next.has(only.from))
          problems.push(`${id}: two changes from ${JSON.stringify(only.from)} (lost update)`);
        next.set(only.from, only.to);
        const key = `${id}\u0000${String(only.to)}`;
        const entry = sent.get(key);
        if (!entry) problems.push(`${id}: audit event for a value nobody sent: ${String(only.to)}`);
        else if (seen.has(key)) problems.push(`${id}: value ${String(only.to)} applied twice`);
        else {
          seen.add(key);
          if (entry.outcome !== 'ok') committed(entry.code);
        }
      }
      // Walk the chain from the initial value: it must use every event and end at the stored value.
      let value: unknown = this.initial.get(id) ?? null;
      let steps = 0;
      while (next.has(value) && steps <= changes.length) {
        value = next.get(value);
        steps++;
      }
      if (steps !== changes.length || value !== stored)
        problems.push(
          `${id}: audit chain broken (${steps} of ${changes.length} steps, ends at ${String(value)}, stored ${String(stored)})`,
        );
    }
    if (updated.length !== ids.length)
      problems.push(`${ids.length - updated.length} updated record(s) missing`);
    for (const entry of this.updates) {
      if (entry.outcome === 'ok' && !seen.has(`${entry.id}\u0000${entry.value}`))
        problems.push(
          `${entry.id}: update to ${entry.value} reported ok but not in the audit trail`,
        );
    }

    // Nothing in the audit trail by this user that the ledger does not know.
    const { records: stray } = await driver.executeQuery(
      `MATCH (e:AuditEvent) WHERE e.userId IN $userIds
       AND NOT (e.action = 'CREATE' AND e.entityName IN $names) AND NOT e.entityId IN $ids
       RETURN count(e) AS stray`,
      { userIds: this.userIds, names: this.creates.map((c) => c.name), ids: [...ids, ...otherIds] },
    );
    const strayEvents = Number(stray[0]?.get('stray') ?? 0);
    if (strayEvents > 0)
      problems.push(`${strayEvents} audit event(s) by these users outside the ledger`);

    const ok = [...this.creates, ...this.updates].filter((e) => e.outcome === 'ok').length;
    return {
      writesOk: ok,
      writesFailed: this.total - ok,
      committedDespiteFailure,
      committedDespiteFailureAnswers:
        [...answers].map(([code, n]) => `${code}×${n}`).join(' ') || 'none',
      recordsVerified: records,
      auditEventsVerified: events,
      problems,
    };
  }
}
