/** Finding an organisation (or a workplace: organisation or unit) by name, as the user types. */
import type { Lang } from '../../../lib/i18n';
import { send } from './request';

export const FIND_ORGANISATIONS = /* GraphQL */ `
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
`;

export interface FoundPlace {
  id: string;
  name: string;
  /** The organisation of a unit, or the country of an organisation. */
  detail: string;
  type: 'ORGANISATION' | 'ORG_UNIT';
  organisationId: string;
}

interface Hit {
  type: 'ORGANISATION' | 'ORG_UNIT';
  node: {
    id: string;
    name: string;
    country?: string;
    organisation?: { id: string; name: string };
  };
}

export async function findOrganisations(
  query: string,
  lang: Lang,
  withUnits = false,
): Promise<FoundPlace[]> {
  const types = withUnits ? ['ORGANISATION', 'ORG_UNIT'] : ['ORGANISATION'];
  const data = await send<{ search: Hit[] }>(FIND_ORGANISATIONS, { query, types, lang }, lang);
  return data.search.map((hit) => ({
    id: hit.node.id,
    name: hit.node.name,
    detail: hit.node.organisation?.name ?? hit.node.country ?? '',
    type: hit.type,
    organisationId: hit.node.organisation?.id ?? hit.node.id,
  }));
}
