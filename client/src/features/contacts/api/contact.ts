import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { ContactKind, Priority, Role } from '../../../types/api';

/** A contact point, or (signed in) a person, with what it is the one to call for. */
export const CONTACT = /* GraphQL */ `
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
`;

export interface ContactDetail {
  __typename: 'ContactPoint' | 'Person';
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  languages: string[];
  lastVerifiedAt: string | null;
  stale: boolean;
  organisation: { id: string; name: string } | null;
  unit: { id: string; name: string } | null;
  responsibilities: {
    priority: Priority;
    role: Role | null;
    barrier: { code: string; name: string };
  }[];
  kind?: ContactKind;
  hours?: string | null;
  firstName?: string;
  lastName?: string;
  function?: string | null;
  since?: string | null;
}

export function useContact(id: string, lang: Lang) {
  return useQuery<{ contact: ContactDetail | null }>(CONTACT, { id, lang });
}
