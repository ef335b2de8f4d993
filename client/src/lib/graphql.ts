/**
 * The one way the app talks to the API: a JSON POST to /graphql with the session cookie
 * (same origin), typed documents (lib/documents), typed errors from `extensions.code` with the
 * details an edit form acts on, and a small cache shared by the hooks.
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { ErrorCode as ServerCode } from '../../../shared/error-codes';
import { documentText, type TadaDocumentNode } from './documents';
import type { Lang } from './i18n';

/** The server's codes a screen acts on; the others (the API's own limits) read as INTERNAL. */
const ACTED_ON = [
  'DATABASE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'TOO_MANY_REQUESTS',
  'SECOND_FACTOR_REQUIRED',
  'SECOND_FACTOR_SETUP_REQUIRED',
  'CONFLICT',
  'DUPLICATE',
] as const satisfies readonly ServerCode[];
const ACTED_ON_SET: ReadonlySet<unknown> = new Set(ACTED_ON);

/** Why a request failed, in terms a screen can act on: the server's codes and two of our own. */
export type ErrorCode = (typeof ACTED_ON)[number] | 'NETWORK' | 'INTERNAL';

/** The codes the general messages (`error.*`) speak of: an edit form's own read as INTERNAL. */
export type GeneralCode = Exclude<ErrorCode, 'CONFLICT' | 'DUPLICATE'>;

/** One problem with one input field, as the server reports it (in the language asked for). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** The stored properties of an entity, as a CONFLICT reports them. */
export type StoredState = Record<string, unknown> & { version?: number };

/** What `extensions` carries besides the code. */
export interface ErrorDetails {
  /** BAD_USER_INPUT: what is wrong with which field. */
  fieldErrors?: FieldError[];
  /** CONFLICT: the entity as it is stored now. */
  current?: StoredState;
  /** FORBIDDEN: what lies outside the coordinator's scope. */
  ids?: string[];
  /** DUPLICATE: the field whose value is taken. */
  field?: string;
}

/** A failed GraphQL request; `code` is stable, `message` is the server's text. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
    readonly status?: number,
  ) {
    super(message);
  }

  /** The code for the general messages (`error.*`), which have none for CONFLICT or DUPLICATE. */
  get generalCode(): GeneralCode {
    return this.code === 'CONFLICT' || this.code === 'DUPLICATE' ? 'INTERNAL' : this.code;
  }

  /** BAD_USER_INPUT: what is wrong with which field (none otherwise). */
  get fieldErrors(): FieldError[] {
    return this.details.fieldErrors ?? [];
  }
}

/** The error of anything thrown, as an ApiError. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('INTERNAL', String(error));
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown } & ErrorDetails }[];
}

/** Maps an `extensions.code` (or its absence) to an ErrorCode. */
export function toErrorCode(code: unknown): ErrorCode {
  return ACTED_ON_SET.has(code) ? (code as ErrorCode) : 'INTERNAL';
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** The server's validation messages come back in this language. */
  lang?: Lang | undefined;
}

/** Runs one operation; resolves with `data` or rejects with an ApiError. */
export async function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  { signal, lang }: RequestOptions = {},
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(lang ? { 'accept-language': lang.toLowerCase() } : {}),
      },
      body: JSON.stringify({ query: documentText(document), variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('NETWORK', (error as Error).message);
  }
  let body: GraphQLBody<Result>;
  try {
    body = (await response.json()) as GraphQLBody<Result>;
  } catch {
    throw new ApiError(
      response.status === 503 ? 'DATABASE_UNAVAILABLE' : 'NETWORK',
      `HTTP ${response.status}`,
      {},
      response.status,
    );
  }
  const first = body.errors?.[0];
  if (first) {
    const { code, ...details } = first.extensions ?? {};
    throw new ApiError(toErrorCode(code), first.message, details, response.status);
  }
  if (!body.data) throw new ApiError('INTERNAL', 'Empty response', {}, response.status);
  return body.data;
}

/** Runs a change; afterwards every cached answer may be stale, so all are dropped. */
export async function change<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  lang: Lang,
): Promise<Result> {
  const data = await request(document, variables, { lang });
  clearCache();
  return data;
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

function load<Result, Variables>(
  key: string,
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
) {
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
          error: asApiError(error),
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
export function useQuery<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  options: { skip?: boolean; keepPrevious?: boolean } = {},
): QueryState<Result> {
  const key = `${documentText(document)}\u0000${JSON.stringify(variables ?? {})}`;
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
  const previous = useRef<{ data: Result; generation: number } | undefined>(undefined);
  const data = entry?.status === 'success' ? (entry.data as Result) : undefined;
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
