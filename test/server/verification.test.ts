import { describe, expect, test } from 'vitest';
import { isStale, staleCutoff } from '../../server/src/shared/verification';

// The stale mark on a contact and the coordinators' overdue queue read one cutoff day
// (staleCutoff); test/server/mutations.test.ts checks both at exactly the boundary.
describe('isStale', () => {
  const now = new Date('2026-12-04T09:30:00Z');

  // Verification is due on the anniversary: the day the queue lists it, it is marked stale.
  test('verified exactly twelve months ago today is stale; a day later is not yet', () => {
    expect(staleCutoff(12, now)).toBe('2025-12-04');
    expect(isStale('2025-12-04', 12, now)).toBe(true);
    expect(isStale('2025-12-05', 12, now)).toBe(false);
    expect(isStale('2025-12-04T23:59:00Z', 12, now)).toBe(true);
  });

  test('never verified is stale', () => {
    expect(isStale(null, 12, now)).toBe(true);
  });

  test('month ends clamp as in Cypher: 31 March minus one month is 28 February', () => {
    const march31 = new Date('2026-03-31T08:00:00Z');
    expect(staleCutoff(1, march31)).toBe('2026-02-28');
    expect(isStale('2026-03-01', 1, march31)).toBe(false);
    expect(isStale('2026-02-28', 1, march31)).toBe(true);
  });

  test('months across a year boundary', () => {
    expect(isStale('2026-10-05', 2, now)).toBe(false);
    expect(isStale('2026-10-04', 2, now)).toBe(true);
    // 31 December 2026 minus 13 months is 30 November 2025 (November has 30 days).
    expect(staleCutoff(13, new Date('2026-12-31T00:00:00Z'))).toBe('2025-11-30');
    expect(isStale('2025-12-01', 13, new Date('2026-12-31T00:00:00Z'))).toBe(false);
    expect(isStale('2025-11-30', 13, new Date('2026-12-31T00:00:00Z'))).toBe(true);
  });
});
