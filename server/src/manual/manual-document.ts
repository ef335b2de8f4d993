/**
 * The GraphQL request a manual is made from, for the PDF route: the same fields the page asks
 * for, run through the API with the caller's credentials, so the personal-data rule and the
 * budgets apply unchanged. The result type mirrors the selection below.
 */
import type { CallerNeed, IndicatorKind, Role } from '../../../shared/codes';
import type { Language } from '../shared/language';

const CONTACT = `contact { __typename
  ... on ContactPoint { name(lang: $l) email phone }
  ... on Person { name email phone function } }`;
const FIRST_CALL = `firstCall { organisation { id name type } ${CONTACT} reason { role scope } }`;

export const MANUAL_QUERY = `query Manual($b: String!, $r: ID!, $l: Language!) {
  manual(barrier: $b, region: $r) {
    generatedAt lastChangeAt personsHidden
    region { id name(lang: $l) type }
    barrier {
      code name(lang: $l) guidance(lang: $l)
      indicators { id kind name(lang: $l) description(lang: $l) }
      measures { id name(lang: $l) description(lang: $l)
        legalBases { code name(lang: $l) citation } organisations { id name } }
    }
    agreements { id mutual dataCategories conditions(lang: $l)
      from { id name } to { id name } legalBases { code name(lang: $l) citation } }
  }
  SIGNAL: whoToCall(input: { barrier: $b, region: $r, need: SIGNAL }) {
    entries { organisation { id name type } roles scope
      contacts { roles priority ${CONTACT} } }
    ${FIRST_CALL}
  }
}`;

/**
 * The first call for the other needs, asked once the first answer is in: the same who-to-call
 * query four times, so a request of its own keeps each within the request budget.
 */
export const FIRST_CALLS_QUERY = `query ManualFirstCalls($b: String!, $r: ID!, $l: Language!) {
  ADVICE: whoToCall(input: { barrier: $b, region: $r, need: ADVICE }) { ${FIRST_CALL} }
  INSPECTION: whoToCall(input: { barrier: $b, region: $r, need: INSPECTION }) { ${FIRST_CALL} }
  ENFORCEMENT: whoToCall(input: { barrier: $b, region: $r, need: ENFORCEMENT }) { ${FIRST_CALL} }
  VICTIM_SUPPORT: whoToCall(input: { barrier: $b, region: $r, need: VICTIM_SUPPORT }) { ${FIRST_CALL} }
}`;

export type ManualVariables = { b: string; r: string; l: Language };

export type ContactData =
  | { __typename: 'ContactPoint'; name: string; email: string | null; phone: string | null }
  | {
      __typename: 'Person';
      name: string;
      email: string | null;
      phone: string | null;
      function: string | null;
    };

export interface OrganisationData {
  id: string;
  name: string;
  type: string;
}

export interface LegalBasisData {
  code: string;
  name: string;
  citation: string | null;
}

export interface AgreementData {
  id: string;
  mutual: boolean;
  dataCategories: string[];
  conditions: string | null;
  from: { id: string; name: string };
  to: { id: string; name: string };
  legalBases: LegalBasisData[];
}

export interface FirstCallData {
  organisation: OrganisationData;
  contact: ContactData;
  reason: { role: Role | null; scope: string };
}

export interface ManualData {
  manual: {
    generatedAt: string;
    lastChangeAt: string | null;
    personsHidden: boolean;
    region: { id: string; name: string; type: string };
    barrier: {
      code: string;
      name: string;
      guidance: string | null;
      indicators: { id: string; kind: IndicatorKind; name: string; description: string | null }[];
      measures: {
        id: string;
        name: string;
        description: string | null;
        legalBases: LegalBasisData[];
        organisations: { id: string; name: string }[];
      }[];
    };
    agreements: AgreementData[];
  };
  SIGNAL: {
    entries: {
      organisation: OrganisationData;
      roles: Role[];
      scope: string;
      contacts: { roles: Role[]; priority: string; contact: ContactData }[];
    }[];
    firstCall: FirstCallData[];
  };
}

export type FirstCallsData = Record<Exclude<CallerNeed, 'SIGNAL'>, { firstCall: FirstCallData[] }>;

export type ManualAnswer = ManualData & FirstCallsData;
