import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { Country, Priority, RegionType, Role, Scope } from '../../../types/api';

/** How many organisations per barrier the overview asks for: enough for local and regional. */
const PER_BARRIER = 12;
/** graphql-armor allows 20 aliases; the model has 6 (7 with RETURN) barriers. */
export const MAX_BARRIERS = 16;

/**
 * For one place, who-to-call for every barrier in ONE request: one aliased `whoToCall` field per
 * barrier (`b0`, `b1`, …). The barrier codes travel as variables; only the count shapes the text.
 */
export function municipalityOverviewDocument(count: number): string {
  const n = Math.max(0, Math.min(count, MAX_BARRIERS));
  const indexes = Array.from({ length: n }, (_, i) => i);
  const variables = indexes.map((i) => `, $b${i}: String!`).join('');
  const fields = indexes
    .map(
      (i) =>
        `  b${i}: whoToCall(input: { barrier: $b${i}, region: $region, limit: ${PER_BARRIER} }) {\n    ...BarrierCoverage\n  }`,
    )
    .join('\n');
  return `query MunicipalityOverview($region: ID!, $lang: Language!${variables}) {
  region(id: $region) {
    id
    name(lang: $lang)
    type
    country
    parents {
      id
      name(lang: $lang)
      type
    }
  }
${fields}
}

fragment BarrierCoverage on WhoToCallAnswer {
  entries {
    rank
    scope
    roles
    organisation {
      id
      name
      shortName
    }
    contacts {
      priority
      contact {
        id
        phone
        email
      }
    }
  }
}
`;
}

export interface CoverageEntry {
  rank: number;
  scope: Scope;
  roles: Role[];
  organisation: { id: string; name: string; shortName: string | null };
  contacts: {
    priority: Priority;
    contact: { id: string; phone: string | null; email: string | null };
  }[];
}

export interface MunicipalityRegion {
  id: string;
  name: string;
  type: RegionType;
  country: Country;
  parents: { id: string; name: string; type: RegionType }[];
}

export type MunicipalityOverview = { region: MunicipalityRegion | null } & Record<
  `b${number}`,
  { entries: CoverageEntry[] }
>;

/** The overview of `regionId` for these barrier codes (waits until the codes are known). */
export function useMunicipalityOverview(regionId: string, codes: string[] | undefined, lang: Lang) {
  const used = (codes ?? []).slice(0, MAX_BARRIERS);
  const variables: Record<string, string> = { region: regionId, lang };
  used.forEach((code, i) => {
    variables[`b${i}`] = code;
  });
  return useQuery<MunicipalityOverview>(municipalityOverviewDocument(used.length), variables, {
    skip: codes === undefined,
  });
}
