/**
 * One node and its direct neighbours (`neighbourhood`, depth 1): what the view draws around a
 * node and what "expand" picks from. The hook loads several at once and keeps them, so expanding
 * or collapsing never asks twice for the same node.
 */

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { graphql } from '../../../lib/documents';
import { type ApiError, asApiError, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { GraphSlice } from '../utils/types';
import { SLICE_FIELDS, toSlice } from './slice';

/** Up to this many neighbours per node are loaded (the API's maximum is 500). */
export const PROBE_LIMIT = 300;

export const NEIGHBOURHOOD = graphql(
  `
  query GraphNeighbourhood($id: ID!, $limit: Int!, $lang: Language!) {
    neighbourhood(id: $id, depth: 1, limit: $limit) {
      ...GraphSliceFields
    }
  }
`,
  [SLICE_FIELDS],
);

type Entry =
  | { status: 'loading' }
  | { status: 'success'; slice: GraphSlice | null }
  | { status: 'error'; error: ApiError };

const entries = new Map<string, Entry>();
const listeners = new Set<() => void>();
const queue: (() => Promise<void>)[] = [];
let running = 0;
/** Parallel requests at most: a who-to-call answer can start the view from twenty partners. */
const CONCURRENCY = 4;
let version = 0;

const keyOf = (id: string, lang: Lang, scope: string) => `${scope}:${lang}:${id}`;

function notify() {
  version++;
  for (const listener of listeners) listener();
}

function pump() {
  while (running < CONCURRENCY && queue.length > 0) {
    const job = queue.shift() as () => Promise<void>;
    running++;
    void job().finally(() => {
      running--;
      pump();
    });
  }
}

function load(id: string, lang: Lang, scope: string) {
  const key = keyOf(id, lang, scope);
  entries.set(key, { status: 'loading' });
  queue.push(async () => {
    try {
      const data = await request(NEIGHBOURHOOD, {
        id,
        limit: PROBE_LIMIT,
        lang,
      });
      entries.set(key, {
        status: 'success',
        slice: data.neighbourhood && toSlice(data.neighbourhood),
      });
    } catch (error) {
      entries.set(key, {
        status: 'error',
        error: asApiError(error),
      });
    }
    notify();
  });
  pump();
}

export interface Neighbourhoods {
  /** Loaded slices by the id they start from (ids that do not exist are left out). */
  slices: Map<string, GraphSlice>;
  /** Ids that do not exist, or that the reader may not see. */
  missing: string[];
  loading: boolean;
  error: ApiError | undefined;
  retry: () => void;
}

/**
 * Loads the neighbourhood of every id (four at a time) and keeps the answers; `scope` names who
 * is asking (signed in or not), since persons are only in the answers of signed-in users.
 */
export function useNeighbourhoods(
  ids: readonly string[],
  lang: Lang,
  scope: string,
): Neighbourhoods {
  const key = ids.join(',');
  const seen = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );

  useEffect(() => {
    for (const id of key ? key.split(',') : []) {
      if (!entries.has(keyOf(id, lang, scope))) load(id, lang, scope);
    }
  }, [key, lang, scope]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `seen` marks a change in the store
  return useMemo(() => {
    const slices = new Map<string, GraphSlice>();
    const missing: string[] = [];
    let loading = false;
    let error: ApiError | undefined;
    for (const id of key ? key.split(',') : []) {
      const entry = entries.get(keyOf(id, lang, scope));
      if (!entry || entry.status === 'loading') loading = true;
      else if (entry.status === 'error') error ??= entry.error;
      else if (entry.slice) slices.set(id, entry.slice);
      else missing.push(id);
    }
    const retry = () => {
      for (const [k, entry] of entries) if (entry.status === 'error') entries.delete(k);
      notify();
    };
    return { slices, missing, loading, error, retry };
  }, [key, lang, scope, seen]);
}
