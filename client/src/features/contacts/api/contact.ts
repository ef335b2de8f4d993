import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** A contact point, or (signed in) a person, with what it is the one to call for. */
export const CONTACT = graphql(`
  query Contact($id: ID!, $lang: Language!) {
    contact(id: $id) {
      __typename
      id
      email
      phone
      languages
      lastVerifiedAt
      stale
      organisation {
        id
        name
      }
      unit {
        id
        name(lang: $lang)
      }
      responsibilities {
        priority
        role
        barrier {
          code
          name(lang: $lang)
        }
      }
      ... on ContactPoint {
        name(lang: $lang)
        kind
        hours(lang: $lang)
      }
      ... on Person {
        name
        firstName
        lastName
        function
        since
      }
    }
  }
`);

export type ContactDetail = NonNullable<ResultOf<typeof CONTACT>['contact']>;

export function useContact(id: string, lang: Lang) {
  return useQuery(CONTACT, { id, lang });
}
