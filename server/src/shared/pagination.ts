/** Cursor pagination: opaque cursors over a (sort key, id) pair, and bounded page sizes. */
import { UserError } from '../errors';

export const MAX_PAGE = 100;

/** Validates `first`, returning the page size to fetch. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new UserError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE}`, {
      field: 'first',
    });
  }
  return n;
}

/** Encodes the position after a row. */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

/** Decodes a cursor from a client, rejecting anything it did not get from us. */
export function decodeCursor(
  cursor: string | null | undefined,
): { name: string; id: string } | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { name: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new UserError('BAD_USER_INPUT', 'after is not a cursor returned by this API', {
    field: 'after',
  });
}
