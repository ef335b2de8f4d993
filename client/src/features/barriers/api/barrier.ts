import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type {
  Country,
  IndicatorKind,
  LegalBasisSummary,
  OrganisationType,
  Role,
} from '../../../types/api';

/** A barrier with its guidance, signals, measures and who plays which role. */
export const BARRIER = /* GraphQL */ `
  query Barrier($code: String!, $lang: Language!) {
    barrier(code: $code) {
      id
      code
      name(lang: $lang)
      guidance(lang: $lang)
      sourceModel
      indicators {
        id
        name(lang: $lang)
        description(lang: $lang)
        kind
      }
      measures {
        id
        name(lang: $lang)
        description(lang: $lang)
        legalBases {
          id
          code
          name(lang: $lang)
          citation
        }
        organisations {
          id
          name
          shortName
        }
      }
      roles {
        role
        organisation {
          id
          name
          shortName
          country
          type
        }
      }
    }
  }
`;

export interface BarrierDetail {
  id: string;
  code: string;
  name: string;
  guidance: string | null;
  sourceModel: string | null;
  indicators: { id: string; name: string; description: string | null; kind: IndicatorKind }[];
  measures: {
    id: string;
    name: string;
    description: string | null;
    legalBases: LegalBasisSummary[];
    organisations: { id: string; name: string; shortName: string | null }[];
  }[];
  roles: {
    role: Role;
    organisation: {
      id: string;
      name: string;
      shortName: string | null;
      country: Country;
      type: OrganisationType;
    };
  }[];
}

export function useBarrier(code: string, lang: Lang) {
  return useQuery<{ barrier: BarrierDetail | null }>(BARRIER, { code, lang });
}
