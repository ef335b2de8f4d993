/**
 * The stable `extensions.code` of every error a user can cause: the server raises them
 * (server/src/errors.ts), the client reads them (client/src/lib/graphql.ts).
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'DUPLICATE',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
  /** The password was right; the account signs in with a second factor: send its code too. */
  'SECOND_FACTOR_REQUIRED',
  /** The account's role must have a second factor: enrol (mySecondFactor…) before anything else. */
  'SECOND_FACTOR_SETUP_REQUIRED',
  'DATABASE_UNAVAILABLE',
  'QUERY_TOO_COMPLEX',
  'REQUEST_TIMEOUT',
  'RESPONSE_TOO_LARGE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN: ReadonlySet<unknown> = new Set(ERROR_CODES);

/** Whether a value is one of the codes above. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return KNOWN.has(code);
}
