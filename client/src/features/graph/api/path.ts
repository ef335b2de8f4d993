/** The shortest connections between two entities, for the view to draw and highlight. */

import { useMemo } from 'react';
import { graphql } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { LinkKind } from '../utils/view-state';
import { SLICE_FIELDS, toSlice } from './slice';

export const PATH = graphql(
  `
  query GraphPath($from: ID!, $to: ID!, $via: [GraphLinkKind!]!, $lang: Language!) {
    path(from: $from, to: $to, maxHops: 8, via: $via) {
      ...GraphSliceFields
    }
  }
`,
  [SLICE_FIELDS],
);

/** The path slice between two ids through the allowed kinds of ties (skipped while `ends` is null). */
export function usePath(ends: [string, string] | null, via: readonly LinkKind[], lang: Lang) {
  const result = useQuery(
    PATH,
    { from: ends?.[0] ?? '', to: ends?.[1] ?? '', via: [...via], lang },
    { skip: ends === null },
  );
  const path = result.data?.path;
  const data = useMemo(() => (path ? { path: toSlice(path) } : undefined), [path]);
  return { ...result, data };
}
