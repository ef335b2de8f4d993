/**
 * The GraphQL requests a manual is made from, once for the page (which types them with gql.tada,
 * client/src/features/manual/api/manual.ts) and the PDF route (which sends them with the caller's
 * credentials, so the personal-data rule and the budgets apply unchanged): the manual, and
 * who-to-call's answer and first call per need for the same barrier and region.
 */

const FRAGMENTS = `
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
` as const;

export const MANUAL_QUERY = `
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
  ${FRAGMENTS}
` as const;

/**
 * The first call for the other needs: the same who-to-call query four times, asked once the
 * manual is in, so that each request stays well within the server's request budget.
 */
export const MANUAL_FIRST_CALLS_QUERY = `
  query ManualFirstCalls($b: String!, $r: ID!, $l: Language!) {
    ADVICE: whoToCall(input: { barrier: $b, region: $r, need: ADVICE }) { ...ManualFirstCall }
    INSPECTION: whoToCall(input: { barrier: $b, region: $r, need: INSPECTION }) { ...ManualFirstCall }
    ENFORCEMENT: whoToCall(input: { barrier: $b, region: $r, need: ENFORCEMENT }) { ...ManualFirstCall }
    VICTIM_SUPPORT: whoToCall(input: { barrier: $b, region: $r, need: VICTIM_SUPPORT }) { ...ManualFirstCall }
  }
  ${FRAGMENTS}
` as const;
