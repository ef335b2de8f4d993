/** Starting points for an empty view: the barriers, and search for a node to start from. */
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const GRAPH_BARRIERS = /* GraphQL */ `
  query GraphBarriers($lang: Language!) {
    barriers {
      id
      code
      name(lang: $lang)
    }
  }
`;

export interface BarrierStart {
  id: string;
  code: string;
  name: string;
}

export function useGraphBarriers(lang: Lang) {
  return useQuery<{ barriers: BarrierStart[] }>(GRAPH_BARRIERS, { lang });
}

export const GRAPH_FIND = /* GraphQL */ `
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
`;

export type FoundNode =
  | { __typename: 'Organisation'; id: string; name: string; country: string }
  | { __typename: 'OrgUnit'; id: string; unitName: string }
  | { __typename: 'ContactPoint'; id: string; pointName: string }
  | { __typename: 'Person'; id: string; name: string };

/** Nodes whose name matches `query` (skipped under two letters). */
export function useGraphFind(query: string, lang: Lang) {
  return useQuery<{ search: { node: FoundNode }[] }>(
    GRAPH_FIND,
    { query, lang },
    { skip: query.trim().length < 2, keepPrevious: true },
  );
}
