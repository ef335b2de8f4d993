/**
 * The one way the app talks to the API: a JSON POST to /graphql with the session cookie
 * (same origin), typed errors from `extensions.code`, and a small cache shared by the hooks.
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';

/** Why a request failed, in terms a screen can act on. */
export type ErrorCode =
  | 'NETWORK'
  | 'DATABASE_UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL';

const KNOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'DATABASE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'TOO_MANY_REQUESTS',
]);

/** One problem with one input field, as the server reports it (in the language asked for). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** A failed GraphQL request; `code` is stable, `message` is the server's (English) text. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status?: number,
    /** BAD_USER_INPUT: what is wrong with which field. */
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fieldErrors?: FieldError[] } }[];
}

/** Maps an `extensions.code` (or its absence) to an ErrorCode. */
export function toErrorCode(code: unknown): ErrorCode {
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ErrorCode) : 'INTERNAL';
}

/**
 * Runs one operation; resolves with `data` or rejects with an ApiError. With `language`
 * ("nl", "fr", "en"), the server's validation messages come back in it.
 */
export async function request<T, V extends object = Record<string, unknown>>(
  document: string,
  variables?: V,
  signal?: AbortSignal,
  language?: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(language ? { 'accept-language': language } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('NETWORK', (error as Error).message);
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(
      response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'NETWORK',
      `HTTP ${response.status}`,
      response.status,
    );
  }
  const first = body.errors?.[0];
  if (first)
    throw new ApiError(
      toErrorCode(first.extensions?.code),
      first.message,
      response.status,
      first.extensions?.fieldErrors ?? [],
    );
  if (!body.data) throw new ApiError('INTERNAL', 'Empty response', response.status);
  return body.data;
}

// ---------------------------------------------------------------------------------------------
// A tiny cache: one entry per document + variables, shared by every component that asks.

type Entry =
  | { status: 'loading'; promise: Promise<unknown> }
  | { status: 'success'; data: unknown }
  | { status: 'error'; error: ApiError };

const cache = new Map<string, Entry>();
const listeners = new Set<() => void>();
const clearListeners = new Set<() => void>();
let generation = 0;

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets every cached answer, e.g. after sign-in or sign-out (persons appear or vanish). */
export function clearCache(): void {
  cache.clear();
  generation++;
  for (const listener of clearListeners) listener();
  notify();
}

/** Tells a store of its own (e.g. lib/contact-reports) when every cached answer is dropped. */
export function onCacheCleared(listener: () => void): () => void {
  clearListeners.add(listener);
  return () => clearListeners.delete(listener);
}

function load(key: string, document: string, variables: object | undefined) {
  const started = generation;
  const promise = request(document, variables).then(
    (data) => {
      if (started === generation) cache.set(key, { status: 'success', data });
      notify();
    },
    (error: unknown) => {
      if (started === generation) {
        cache.set(key, {
          status: 'error',
          error: error instanceof ApiError ? error : new ApiError('INTERNAL', String(error)),
        });
      }
      notify();
    },
  );
  cache.set(key, { status: 'loading', promise });
  notify();
}

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Asks again (e.g. the retry button of an error message). */
  refetch: () => void;
}

/**
 * Runs a query document and keeps its answer; `skip` waits until the inputs are complete,
 * `keepPrevious` shows the last answer while the next one loads (no jumping screen).
 */
export function useQuery<T, V extends object = Record<string, unknown>>(
  document: string,
  variables?: V,
  options: { skip?: boolean; keepPrevious?: boolean } = {},
): QueryState<T> {
  const key = `${document}\u0000${JSON.stringify(variables ?? {})}`;
  const skip = options.skip ?? false;
  const entry = useSyncExternalStore(
    subscribe,
    () => (skip ? undefined : cache.get(key)),
    () => undefined,
  );
  const latest = useRef({ document, variables });
  latest.current = { document, variables };

  // Load when nothing is cached for this key: on first use, and again after clearCache().
  const missing = !skip && entry === undefined;
  useEffect(() => {
    if (missing && !cache.has(key)) load(key, latest.current.document, latest.current.variables);
  }, [key, missing]);

  // The previous answer never outlives clearCache(): after sign-out no person stays on screen.
  const previous = useRef<{ data: T; generation: number } | undefined>(undefined);
  const data = entry?.status === 'success' ? (entry.data as T) : undefined;
  if (data !== undefined) previous.current = { data, generation };
  const shown = previous.current?.generation === generation ? previous.current.data : undefined;

  const refetch = useCallback(() => {
    cache.delete(key);
    load(key, latest.current.document, latest.current.variables);
  }, [key]);

  if (skip) return { data: undefined, error: undefined, loading: false, refetch };
  return {
    data: data ?? (options.keepPrevious && entry?.status === 'loading' ? shown : undefined),
    error: entry?.status === 'error' ? entry.error : undefined,
    loading: entry === undefined || entry.status === 'loading',
    refetch,
  };
}
