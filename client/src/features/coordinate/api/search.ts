/** Finding an organisation (or a workplace: organisation or unit) by name, as the user types. */

import { graphql } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const FIND_ORGANISATIONS = graphql(`
  query FindOrganisations($query: String!, $types: [SearchType!], $lang: Language!) {
    search(query: $query, types: $types, first: 10) {
      type
      node {
        __typename
        ... on Organisation {
          id
          name
          country
        }
        ... on OrgUnit {
          id
          name(lang: $lang)
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export interface FoundPlace {
  id: string;
  name: string;
  /** The organisation of a unit, or the country of an organisation. */
  detail: string;
  type: 'ORGANISATION' | 'ORG_UNIT';
  organisationId: string;
}

export async function findOrganisations(
  query: string,
  lang: Lang,
  withUnits = false,
): Promise<FoundPlace[]> {
  const types = withUnits ? (['ORGANISATION', 'ORG_UNIT'] as const) : (['ORGANISATION'] as const);
  const data = await request(FIND_ORGANISATIONS, { query, types: [...types], lang }, { lang });
  return data.search.flatMap(({ node }): FoundPlace[] => {
    if (node.__typename === 'Organisation')
      return [
        {
          id: node.id,
          name: node.name,
          detail: node.country,
          type: 'ORGANISATION',
          organisationId: node.id,
        },
      ];
    if (node.__typename === 'OrgUnit')
      return [
        {
          id: node.id,
          name: node.name,
          detail: node.organisation.name,
          type: 'ORG_UNIT',
          organisationId: node.organisation.id,
        },
      ];
    return [];
  });
}
