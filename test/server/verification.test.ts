import { describe, expect, test } from 'vitest';
import { isStale } from '../../server/src/shared/verification';

// The stale mark on a contact and the coordinators' overdue queue (Cypher: date() - duration)
// must agree on every day, so isStale counts calendar dates as Cypher does.
describe('isStale', () => {
  const now = new Date('2026-12-04T09:30:00Z');

  test('verified exactly twelve months ago today is not stale yet; a day earlier is', () => {
    expect(isStale('2025-12-04', 12, now)).toBe(false);
    expect(isStale('2025-12-03', 12, now)).toBe(true);
    expect(isStale('2025-12-04T23:59:00Z', 12, now)).toBe(false);
  });

  test('never verified is stale', () => {
    expect(isStale(null, 12, now)).toBe(true);
  });

  test('month ends clamp as in Cypher: 31 March minus one month is 28 February', () => {
    const march31 = new Date('2026-03-31T08:00:00Z');
    expect(isStale('2026-02-28', 1, march31)).toBe(false);
    expect(isStale('2026-02-27', 1, march31)).toBe(true);
  });

  test('months across a year boundary', () => {
    expect(isStale('2026-10-04', 2, now)).toBe(false);
    expect(isStale('2026-10-03', 2, now)).toBe(true);
    // 31 December 2026 minus 13 months is 30 November 2025 (November has 30 days).
    expect(isStale('2025-11-30', 13, new Date('2026-12-31T00:00:00Z'))).toBe(false);
    expect(isStale('2025-11-29', 13, new Date('2026-12-31T00:00:00Z'))).toBe(true);
  });
});
