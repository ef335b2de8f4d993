/** The shortest connections between two entities, for the view to draw and highlight. */

import { useMemo } from 'react';
import { graphql } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import { toSlice } from './slice';

export const PATH = graphql(`
  query GraphPath($from: ID!, $to: ID!, $lang: Language!) {
    path(from: $from, to: $to, maxHops: 8) {
      truncated
      nodes {
        id
        type
        label(lang: $lang)
        country
        subtype
      }
      edges {
        id
        type
        source
        target
        role
        priority
        crossBorder
        mutual
        dataCategories
        agreementId
        legalBases {
          code
          name(lang: $lang)
        }
      }
    }
  }
`);

/** The path slice between two ids (skipped while `ends` is null). */
export function usePath(ends: [string, string] | null, lang: Lang) {
  const result = useQuery(
    PATH,
    { from: ends?.[0] ?? '', to: ends?.[1] ?? '', lang },
    { skip: ends === null },
  );
  const path = result.data?.path;
  const data = useMemo(() => (path ? { path: toSlice(path) } : undefined), [path]);
  return { ...result, data };
}
