/** Errors a user can cause: they reach the client with a clear message and a stable code. */
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../../shared/error-codes';

export type { ErrorCode };

/** An expected failure; never masked. `details` lands in `extensions`. */
export class UserError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

/** A uniqueness constraint said no: the value of `field` is taken. */
export class DuplicateError extends UserError {
  constructor(entity: string, field: string, value: unknown) {
    super(
      'DUPLICATE',
      `${/^[aeiou]/.test(entity) ? 'An' : 'A'} ${entity} with this ${field} already exists: ${String(value)}`,
      {
        entity,
        field,
      },
    );
  }
}

/** Someone else changed the record since `version`: carries the current state to compare. */
export class ConflictError extends UserError {
  constructor(entity: string, id: string, current: Record<string, unknown>) {
    super(
      'CONFLICT',
      `This ${entity} was changed by someone else in the meantime (now version ${String(current.version)}); compare and try again`,
      { entity, id, current },
    );
  }
}

export interface FieldError {
  /** Path of the field in the input, e.g. "email" or "responsibilities.1.priority". */
  field: string;
  /** Stable code of the problem, e.g. "invalid_email". */
  code: string;
  message: string;
}

/** Input that failed validation: every problem at once, per field, in the user's language. */
export class ValidationError extends UserError {
  constructor(message: string, fieldErrors: FieldError[]) {
    super('BAD_USER_INPUT', message, { fieldErrors });
  }
}

export class NotFoundError extends UserError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `No ${entity} with id ${id}`, { entity, id });
  }
}

export class DatabaseUnavailableError extends UserError {
  constructor() {
    super(
      'DATABASE_UNAVAILABLE',
      'The database is unavailable at the moment; please try again in a few seconds',
    );
  }
}

/** The query would multiply into more than the server answers at once (see http/query-cost.ts). */
export class QueryTooComplexError extends UserError {
  constructor(message: string, details: Record<string, unknown>) {
    super('QUERY_TOO_COMPLEX', message, details);
  }
}

/** The request ran out of its time budget and was stopped, its database work included. */
export class RequestTimeoutError extends UserError {
  constructor(seconds: number) {
    super(
      'REQUEST_TIMEOUT',
      `The answer took longer than ${seconds} s and was stopped; ask for less (fewer nested lists, a smaller \`first\`) or try again in a moment`,
      { seconds },
    );
  }
}

/** The answer is larger than the server sends in one response. */
export class ResponseTooLargeError extends UserError {
  constructor(megabytes: number) {
    super(
      'RESPONSE_TOO_LARGE',
      `The answer is larger than ${megabytes} MB; ask for fewer fields or nested lists, or page with \`first\``,
      { megabytes },
    );
  }
}
