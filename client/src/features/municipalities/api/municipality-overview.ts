import { assembledDocument, graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** How many organisations per barrier the overview asks for: enough for local and regional. */
const PER_BARRIER = 12;
/** graphql-armor allows 20 aliases; the model has 6 (7 with RETURN) barriers. */
export const MAX_BARRIERS = 16;

const REGION = graphql(`
  fragment OverviewRegion on Region {
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
`);

const COVERAGE = graphql(`
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
`);

export type MunicipalityRegion = ResultOf<typeof REGION>;
export type CoverageEntry = ResultOf<typeof COVERAGE>['entries'][number];
export type MunicipalityOverview = { region: MunicipalityRegion | null } & Record<
  `b${number}`,
  ResultOf<typeof COVERAGE>
>;

/**
 * For one place, who-to-call for every barrier in ONE request: one aliased `whoToCall` field per
 * barrier (`b0`, `b1`, …). The barrier codes travel as variables; only the count shapes the text,
 * and what each alias selects is the typed fragment above.
 */
export function municipalityOverviewDocument(count: number) {
  const n = Math.max(0, Math.min(count, MAX_BARRIERS));
  const indexes = Array.from({ length: n }, (_, i) => i);
  const variables = indexes.map((i) => `, $b${i}: String!`).join('');
  const fields = indexes
    .map(
      (i) =>
        `  b${i}: whoToCall(input: { barrier: $b${i}, region: $region, limit: ${PER_BARRIER} }) {\n    ...BarrierCoverage\n  }`,
    )
    .join('\n');
  return assembledDocument<MunicipalityOverview, Record<string, string>>(
    `query MunicipalityOverview($region: ID!, $lang: Language!${variables}) {
  region(id: $region) {
    ...OverviewRegion
  }
${fields}
}
`,
    [REGION, COVERAGE],
  );
}

/** The overview of `regionId` for these barrier codes (waits until the codes are known). */
export function useMunicipalityOverview(regionId: string, codes: string[] | undefined, lang: Lang) {
  const used = (codes ?? []).slice(0, MAX_BARRIERS);
  const variables: Record<string, string> = { region: regionId, lang };
  used.forEach((code, i) => {
    variables[`b${i}`] = code;
  });
  return useQuery(municipalityOverviewDocument(used.length), variables, {
    skip: codes === undefined,
  });
}
