/**
 * When a contact counts as stale: not verified within the configured number of months, by
 * calendar date (UTC), as Cypher's `date() - duration({months: $months})` in the overdue queue
 * counts it: verified exactly twelve months ago today is not stale yet; 31 March minus one month
 * is 28 (or 29) February.
 */
export function isStale(lastVerifiedAt: string | null, months: number, now = new Date()): boolean {
  if (!lastVerifiedAt) return true;
  return lastVerifiedAt.slice(0, 10) < monthsBefore(now, months);
}

/** The calendar date (YYYY-MM-DD, UTC) `months` months before `now`, clamped to the month's end. */
function monthsBefore(now: Date, months: number): string {
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay)))
    .toISOString()
    .slice(0, 10);
}
