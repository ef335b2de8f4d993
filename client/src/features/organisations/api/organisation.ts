import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type {
  AgreementSummary,
  ContactKind,
  Country,
  OrganisationType,
  RegionType,
  Role,
} from '../../../types/api';

/** An organisation with its units, contacts, roles, coverage, agreements and counterparts. */
export const ORGANISATION = /* GraphQL */ `
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
        id
        mutual
        crossBorder
        dataCategories
        conditions(lang: $lang)
        from {
          id
          name
        }
        to {
          id
          name
        }
        legalBases {
          id
          code
          name(lang: $lang)
          citation
        }
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
`;

export interface OrganisationContactPoint {
  id: string;
  name: string;
  kind: ContactKind;
  phone: string | null;
  email: string | null;
  hours: string | null;
  languages: string[];
  lastVerifiedAt: string | null;
  stale: boolean;
  unit: { id: string } | null;
}

export interface OrganisationPerson {
  id: string;
  name: string;
  function: string | null;
  phone: string | null;
  email: string | null;
  languages: string[];
  lastVerifiedAt: string | null;
  stale: boolean;
  unit: { id: string } | null;
}

export interface OrganisationDetail {
  id: string;
  name: string;
  shortName: string | null;
  type: OrganisationType;
  country: Country;
  website: string | null;
  status: 'ACTIVE' | 'ARCHIVED';
  description: string | null;
  roles: { role: Role; barrier: { code: string; name: string } }[];
  coverage: { id: string; name: string; type: RegionType }[];
  units: { id: string; name: string; description: string | null }[];
  contactPoints: OrganisationContactPoint[];
  people: OrganisationPerson[];
  agreements: AgreementSummary[];
  counterparts: { id: string; name: string; country: Country }[];
  networks: { id: string; name: string }[];
  measures: { id: string; name: string; barriers: { code: string }[] }[];
}

export function useOrganisation(id: string, lang: Lang) {
  return useQuery<{ organisation: OrganisationDetail | null }>(ORGANISATION, { id, lang });
}
