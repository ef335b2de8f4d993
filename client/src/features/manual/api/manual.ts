/** The manual of a barrier for a region, and the choices to ask for one. */
import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/**
 * The same selection the PDF is made from (server/src/manual/manual-document.ts): the manual,
 * and who-to-call's answer and first call per need for the same barrier and region.
 */
export const MANUAL = graphql(`
  query Manual($b: String!, $r: ID!, $l: Language!) {
    manual(barrier: $b, region: $r) {
      generatedAt
      lastChangeAt
      personsHidden
      region { id name(lang: $l) type }
      barrier {
        code
        name(lang: $l)
        guidance(lang: $l)
        indicators { id kind name(lang: $l) description(lang: $l) }
        measures {
          id
          name(lang: $l)
          description(lang: $l)
          legalBases { code name(lang: $l) citation }
          organisations { id name }
        }
      }
      agreements {
        id
        mutual
        dataCategories
        conditions(lang: $l)
        from { id name }
        to { id name }
        legalBases { code name(lang: $l) citation }
      }
    }
    SIGNAL: whoToCall(input: { barrier: $b, region: $r, need: SIGNAL }) {
      entries {
        organisation { id name type }
        roles
        scope
        contacts { roles priority contact { ...ManualContact } }
      }
      ...ManualFirstCall
    }
  }

  fragment ManualContact on Contact {
    __typename
    ... on ContactPoint { id name(lang: $l) email phone }
    ... on Person { id name email phone function }
  }
  fragment ManualFirstCall on WhoToCallAnswer {
    firstCall {
      organisation { id name type }
      contact { ...ManualContact }
      reason { role scope }
    }
  }
`);

/**
 * The first call for the other needs: the same who-to-call query four times, asked once the
 * manual is in, so that each request stays well within the server's request budget.
 */
export const MANUAL_FIRST_CALLS = graphql(`
  query ManualFirstCalls($b: String!, $r: ID!, $l: Language!) {
    ADVICE: whoToCall(input: { barrier: $b, region: $r, need: ADVICE }) { ...ManualFirstCall }
    INSPECTION: whoToCall(input: { barrier: $b, region: $r, need: INSPECTION }) { ...ManualFirstCall }
    ENFORCEMENT: whoToCall(input: { barrier: $b, region: $r, need: ENFORCEMENT }) { ...ManualFirstCall }
    VICTIM_SUPPORT: whoToCall(input: { barrier: $b, region: $r, need: VICTIM_SUPPORT }) { ...ManualFirstCall }
  }

  fragment ManualContact on Contact {
    __typename
    ... on ContactPoint { id name(lang: $l) email phone }
    ... on Person { id name email phone function }
  }
  fragment ManualFirstCall on WhoToCallAnswer {
    firstCall {
      organisation { id name type }
      contact { ...ManualContact }
      reason { role scope }
    }
  }
`);

export type ManualAnswer = ResultOf<typeof MANUAL> & ResultOf<typeof MANUAL_FIRST_CALLS>;
export type ManualContact = ManualAnswer['SIGNAL']['firstCall'][number]['contact'];

/** The manual, then the first calls per need; data once both are in. */
export function useManual(barrier: string, region: string, lang: Lang) {
  const variables = { b: barrier, r: region, l: lang };
  const main = useQuery(MANUAL, variables, { skip: !barrier || !region });
  const more = useQuery(MANUAL_FIRST_CALLS, variables, { skip: !main.data?.manual });
  const data: ManualAnswer | undefined =
    main.data && more.data ? { ...main.data, ...more.data } : undefined;
  return {
    data,
    error: main.error ?? more.error,
    loading: main.loading || more.loading || (!!main.data && !more.data),
    refetch: main.error ? main.refetch : more.refetch,
  };
}

/** The barriers and the regions a manual can be made for. */
export const MANUAL_CHOICES = graphql(`
  query ManualChoices($lang: Language!) {
    barriers { id code name(lang: $lang) }
    provinces: regions(type: PROVINCE, lang: $lang) { id name(lang: $lang) country }
    riecRegions: regions(type: RIEC_REGION, lang: $lang) { id name(lang: $lang) country }
    municipalities: regions(type: MUNICIPALITY, lang: $lang) { id name(lang: $lang) country }
  }
`);

export function useManualChoices(lang: Lang) {
  return useQuery(MANUAL_CHOICES, { lang });
}
