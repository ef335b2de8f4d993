import { SEARCH_LIMITS } from '../../../../../shared/api-limits';
import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { SearchType } from '../../../lib/schema';

/** Search as you type over organisations, units, contacts, signals and measures. */
export const SEARCH = graphql(`
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
`);

export type SearchNode = SearchHit['node'];

export type SearchHit = ResultOf<typeof SEARCH>['search'][number];

/** Hits for `text` (at least two characters, otherwise nothing is asked). */
export function useSearch(
  text: string,
  lang: Lang,
  options: { first?: number; types?: SearchType[] } = {},
) {
  const query = text.trim();
  return useQuery(
    SEARCH,
    { query, first: options.first ?? 8, types: options.types ?? null, lang },
    { skip: query.length < SEARCH_LIMITS.min, keepPrevious: true },
  );
}
