/** Errors a user can cause: they reach the client with a clear message and a stable code. */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'DUPLICATE'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TOO_MANY_REQUESTS'
  | 'DATABASE_UNAVAILABLE';

/** An expected failure; never masked. `details` lands in `extensions`. */
export class UserError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

/** A uniqueness constraint said no: the value of `field` is taken. */
export class DuplicateError extends UserError {
  constructor(entity: string, field: string, value: unknown) {
    super('DUPLICATE', `A ${entity} with this ${field} already exists: ${String(value)}`, {
      entity,
      field,
    });
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
