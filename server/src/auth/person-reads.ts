/**
 * A guard against scraping: an account may read at most `perHour` different contact persons in an
 * hour (a window that opens with its first read). A person already read in the window stays
 * readable; a new one past the budget is refused with TOO_MANY_REQUESTS, and the first refusal of
 * a window is written to the audit trail, where administrators see it.
 *
 * Administrators are not counted: they hold the backup anyway. Every other account is, through
 * the Person type's access rule (every path that returns a person passes it) and person vCards.
 *
 * The count is kept in this process, not in Neo4j: it is asked once per person in an answer, and a
 * database write on every read would cost more than the reads it guards. The price: each server
 * instance counts on its own, and a restart starts every window afresh. With one instance (the
 * supported set-up) that is the whole count; behind a load balancer an account's reach is at most
 * the budget times the instances, still far from the whole directory.
 */
const HOUR = 60 * 60 * 1000;

interface Window {
  start: number;
  ids: Set<string>;
  refused: boolean;
}

/** The verdict on one read: within the budget, or refused (and whether for the first time). */
export type ReadVerdict =
  | { refused: false }
  | { refused: true; firstRefusal: boolean; windowStart: number; resetsInMs: number };

/** Per-account windows of the persons read; one instance per server process. */
export class PersonReadBudget {
  private readonly windows = new Map<string, Window>();

  constructor(
    readonly perHour: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts `personId` as read by `accountId`, unless that would go past the budget. */
  read(accountId: string, personId: string): ReadVerdict {
    const now = this.now();
    let window = this.windows.get(accountId);
    if (!window || now - window.start >= HOUR) {
      this.prune(now);
      window = { start: now, ids: new Set(), refused: false };
      this.windows.set(accountId, window);
    }
    if (window.ids.has(personId)) return { refused: false };
    if (window.ids.size < this.perHour) {
      window.ids.add(personId);
      return { refused: false };
    }
    const firstRefusal = !window.refused;
    window.refused = true;
    return {
      refused: true,
      firstRefusal,
      windowStart: window.start,
      resetsInMs: window.start + HOUR - now,
    };
  }

  /** Forgets the windows that have run out, so the map holds only this hour's readers. */
  private prune(now: number): void {
    for (const [id, w] of this.windows) if (now - w.start >= HOUR) this.windows.delete(id);
  }
}
