/**
 * Several forms on one page change the same record, each with its own mutation. Each form sends
 * the version it was based on, unless this page has itself saved a newer one since: the user's
 * own saves never count as someone else's change.
 */
import { useMemo, useRef } from 'react';

export interface VersionBoard {
  /** The version to send: the form's own, or a newer one this page saved itself. */
  latest: (version: number) => number;
  /** Records a version this page has just saved. */
  saw: (version: number) => void;
}

export function useVersionBoard(): VersionBoard {
  const newest = useRef(0);
  return useMemo(
    () => ({
      latest: (version) => Math.max(version, newest.current),
      saw: (version) => {
        newest.current = Math.max(newest.current, version);
      },
    }),
    [],
  );
}
