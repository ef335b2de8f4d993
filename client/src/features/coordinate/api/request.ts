/**
 * How the coordinator screens talk to the API: the same JSON POST as lib/graphql, plus the user's
 * language (validation messages come back in it) and the error details an edit form acts on:
 * the field errors, the current state of a conflict, the ids outside a coordinator's scope.
 */
import { clearCache } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** Why a request failed; CONFLICT and DUPLICATE are the edit forms' own. */
export type EditErrorCode =
  | 'NETWORK'
  | 'DATABASE_UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'TOO_MANY_REQUESTS'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'INTERNAL';

const KNOWN: ReadonlySet<string> = new Set<EditErrorCode>([
  'DATABASE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'TOO_MANY_REQUESTS',
  'CONFLICT',
  'DUPLICATE',
]);

/** One problem with one field, as the server reports it (message in the user's language). */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** The stored properties of an entity, as a CONFLICT reports them. */
export type StoredState = Record<string, unknown> & { version?: number };

export interface ErrorDetails {
  fieldErrors?: FieldProblem[];
  /** CONFLICT: the entity as it is stored now. */
  current?: StoredState;
  /** FORBIDDEN: what lies outside the coordinator's scope. */
  ids?: string[];
  /** DUPLICATE: the field whose value is taken. */
  field?: string;
}

export class EditError extends Error {
  override name = 'EditError';
  constructor(
    readonly code: EditErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

interface Body<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & ErrorDetails }[];
}

/** Runs one operation in the user's language; resolves with `data` or rejects with an EditError. */
export async function send<T>(
  document: string,
  variables: Record<string, unknown>,
  lang: Lang,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-language': lang.toLowerCase(),
      },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch (error) {
    throw new EditError('NETWORK', (error as Error).message);
  }
  let body: Body<T>;
  try {
    body = (await response.json()) as Body<T>;
  } catch {
    throw new EditError(
      response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'NETWORK',
      `HTTP ${response.status}`,
    );
  }
  const first = body.errors?.[0];
  if (first) {
    const { code, ...details } = first.extensions ?? {};
    const known =
      typeof code === 'string' && KNOWN.has(code) ? (code as EditErrorCode) : 'INTERNAL';
    throw new EditError(known, first.message, details);
  }
  if (!body.data) throw new EditError('INTERNAL', 'Empty response');
  return body.data;
}

/** Runs a change; afterwards every cached answer of the staff pages is stale, so it is dropped. */
export async function change<T>(
  document: string,
  variables: Record<string, unknown>,
  lang: Lang,
): Promise<T> {
  const data = await send<T>(document, variables, lang);
  clearCache();
  return data;
}

/** The error of anything thrown, as an EditError. */
export function asEditError(error: unknown): EditError {
  return error instanceof EditError ? error : new EditError('INTERNAL', String(error));
}

/** Drops the staff pages' cached answers, e.g. once an import has written its rows. */
export const forgetCachedAnswers = clearCache;
