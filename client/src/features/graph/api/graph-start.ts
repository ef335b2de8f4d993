/** Starting points for an empty view: the barriers, and search for a node to start from. */
import { SEARCH_LIMITS } from '../../../../../shared/api-limits';
import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const GRAPH_BARRIERS = graphql(`
  query GraphBarriers($lang: Language!) {
    barriers {
      id
      code
      name(lang: $lang)
    }
  }
`);

export type BarrierStart = ResultOf<typeof GRAPH_BARRIERS>['barriers'][number];

export function useGraphBarriers(lang: Lang) {
  return useQuery(GRAPH_BARRIERS, { lang });
}

export const GRAPH_FIND = graphql(`
  query GraphFind($query: String!, $lang: Language!) {
    search(query: $query, first: 8, types: [ORGANISATION, ORG_UNIT, CONTACT_POINT, PERSON]) {
      node {
        __typename
        ... on Organisation {
          id
          name
          country
        }
        ... on OrgUnit {
          id
          unitName: name(lang: $lang)
        }
        ... on ContactPoint {
          id
          pointName: name(lang: $lang)
        }
        ... on Person {
          id
          name
        }
      }
    }
  }
`);

export type FoundNode = Extract<
  ResultOf<typeof GRAPH_FIND>['search'][number]['node'],
  { id: string }
>;

/** Nodes whose name matches `query` (skipped under two letters). */
export function useGraphFind(query: string, lang: Lang) {
  return useQuery(
    GRAPH_FIND,
    { query, lang },
    { skip: query.trim().length < SEARCH_LIMITS.min, keepPrevious: true },
  );
}
