/**
 * The result of the requests a manual is made from (shared/manual-query.ts), as the PDF route
 * reads it. The server cannot use the client's gql.tada types, so this mirrors the selection; the
 * page's types come from the schema and the PDF test reads every part of the answer.
 */
import type { CallerNeed, IndicatorKind, Role } from '../../../shared/codes';
import type { Language } from '../shared/language';

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
