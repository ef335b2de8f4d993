/**
 * Loads what an edit page needs, fresh from the server each time the page opens (the staff
 * pages' cache may be older than the record a coordinator is about to change).
 */
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../../../lib/graphql';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({
    loading: true,
  });
  const [round, setRound] = useState(0);
  const latest = useRef(load);
  latest.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what it depends on
  useEffect(() => {
    let live = true;
    setState((current) => ({ ...current, loading: true }));
    latest
      .current()
      .then((data) => live && setState({ data, loading: false }))
      .catch((error: unknown) => live && setState({ error: asApiError(error), loading: false }));
    return () => {
      live = false;
    };
  }, [...deps, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
