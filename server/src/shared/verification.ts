/**
 * When a contact counts as stale, in one place: verified on or before the cutoff day, `months`
 * calendar months before today (UTC). Verification is due on the anniversary, so a contact
 * verified exactly twelve months ago is stale today and in the coordinators' queue. The stale
 * mark (`isStale`) and the queue's Cypher (`contacts/overdue`, given `staleCutoff` as `$cutoff`)
 * both read this cutoff, so they cannot disagree about a day. 31 March minus one month is 28 (or
 * 29) February.
 */

/** The last verification day that leaves a contact stale today (YYYY-MM-DD, UTC). */
export function staleCutoff(months: number, now = new Date()): string {
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay)))
    .toISOString()
    .slice(0, 10);
}

/** True when a contact was never verified, or last on or before `staleCutoff`. */
export function isStale(lastVerifiedAt: string | null, months: number, now = new Date()): boolean {
  if (!lastVerifiedAt) return true;
  return lastVerifiedAt.slice(0, 10) <= staleCutoff(months, now);
}
