/** When a contact counts as stale: not verified within the configured number of months. */
export function isStale(lastVerifiedAt: string | null, months: number, now = new Date()): boolean {
  if (!lastVerifiedAt) return true;
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return new Date(lastVerifiedAt) < limit;
}
