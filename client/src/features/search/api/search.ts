import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { SearchType } from '../../../types/api';

/** Search as you type over organisations, units, contacts, signals and measures. */
export const SEARCH = /* GraphQL */ `
  query Search($query: String!, $first: Int!, $types: [SearchType!], $lang: Language!) {
    search(query: $query, first: $first, types: $types) {
      type
      score
      node {
        __typename
        ... on Organisation {
          id
          name
          shortName
        }
        ... on OrgUnit {
          id
          unitName: name(lang: $lang)
          unitOrganisation: organisation {
            id
            name
          }
        }
        ... on ContactPoint {
          id
          pointName: name(lang: $lang)
          pointOrganisation: organisation {
            id
            name
          }
        }
        ... on Person {
          id
          name
          function
          personOrganisation: organisation {
            id
            name
          }
        }
        ... on Indicator {
          id
          indicatorName: name(lang: $lang)
          barriers {
            code
          }
        }
        ... on Measure {
          id
          measureName: name(lang: $lang)
          barriers {
            code
          }
        }
      }
    }
  }
`;

type Org = { id: string; name: string } | null;

export type SearchNode =
  | { __typename: 'Organisation'; id: string; name: string; shortName: string | null }
  | { __typename: 'OrgUnit'; id: string; unitName: string; unitOrganisation: Org }
  | { __typename: 'ContactPoint'; id: string; pointName: string; pointOrganisation: Org }
  | {
      __typename: 'Person';
      id: string;
      name: string;
      function: string | null;
      personOrganisation: Org;
    }
  | { __typename: 'Indicator'; id: string; indicatorName: string; barriers: { code: string }[] }
  | { __typename: 'Measure'; id: string; measureName: string; barriers: { code: string }[] };

export interface SearchHit {
  type: SearchType;
  score: number;
  node: SearchNode;
}

/** Hits for `text` (at least two characters, otherwise nothing is asked). */
export function useSearch(
  text: string,
  lang: Lang,
  options: { first?: number; types?: SearchType[] } = {},
) {
  const query = text.trim();
  return useQuery<{ search: SearchHit[] }>(
    SEARCH,
    { query, first: options.first ?? 8, types: options.types ?? null, lang },
    { skip: query.length < 2, keepPrevious: true },
  );
}
