import { AGREEMENT_TERMS } from '../../../components/agreement-terms';
import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** An organisation with its units, contacts, roles, coverage, agreements and counterparts. */
export const ORGANISATION = graphql(
  `
  query Organisation($id: ID!, $lang: Language!) {
    organisation(id: $id) {
      id
      name
      shortName
      type
      country
      website
      status
      description(lang: $lang)
      roles {
        role
        barrier {
          code
          name(lang: $lang)
        }
      }
      coverage {
        id
        name(lang: $lang)
        type
      }
      units {
        id
        name(lang: $lang)
        description(lang: $lang)
      }
      contactPoints {
        id
        name(lang: $lang)
        kind
        phone
        email
        hours(lang: $lang)
        languages
        lastVerifiedAt
        stale
        unit {
          id
        }
      }
      people {
        id
        name
        function
        phone
        email
        languages
        lastVerifiedAt
        stale
        unit {
          id
        }
      }
      agreements {
        ...AgreementTerms
      }
      counterparts {
        id
        name
        country
      }
      networks {
        id
        name(lang: $lang)
      }
      measures {
        id
        name(lang: $lang)
        barriers {
          code
        }
      }
    }
  }
`,
  [AGREEMENT_TERMS],
);

export type OrganisationContactPoint = OrganisationDetail['contactPoints'][number];

export type OrganisationPerson = OrganisationDetail['people'][number];

export type OrganisationDetail = NonNullable<ResultOf<typeof ORGANISATION>['organisation']>;

export function useOrganisation(id: string, lang: Lang) {
  return useQuery(ORGANISATION, { id, lang });
}
