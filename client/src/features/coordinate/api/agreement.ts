/** Information-sharing agreements: create, change, end; and the legal bases to choose from. */
import type { Lang } from '../../../lib/i18n';
import type { DataCategory } from '../../../types/api';
import { change, send } from './request';

export const LEGAL_BASES = /* GraphQL */ `
  query LegalBases($lang: Language!) {
    barriers {
      measures {
        legalBases {
          id
          code
          name(lang: $lang)
          jurisdiction
        }
      }
    }
    organisations(first: 100) {
      edges {
        node {
          agreements {
            legalBases {
              id
              code
              name(lang: $lang)
              jurisdiction
            }
          }
        }
      }
    }
  }
`;

export interface LegalBasisOption {
  id: string;
  code: string;
  name: string;
  jurisdiction: string | null;
}

/** Every legal basis the network mentions (the API has no list of them of its own). */
export async function fetchLegalBases(lang: Lang): Promise<LegalBasisOption[]> {
  const data = await send<{
    barriers: { measures: { legalBases: LegalBasisOption[] }[] }[];
    organisations: { edges: { node: { agreements: { legalBases: LegalBasisOption[] }[] } }[] };
  }>(LEGAL_BASES, { lang }, lang);
  const found = new Map<string, LegalBasisOption>();
  for (const barrier of data.barriers)
    for (const measure of barrier.measures)
      for (const basis of measure.legalBases) found.set(basis.id, basis);
  for (const edge of data.organisations.edges)
    for (const agreement of edge.node.agreements)
      for (const basis of agreement.legalBases) found.set(basis.id, basis);
  return [...found.values()].sort(
    (a, b) =>
      (a.jurisdiction ?? '').localeCompare(b.jurisdiction ?? '') || a.name.localeCompare(b.name),
  );
}

export const AGREEMENTS_OF = /* GraphQL */ `
  query AgreementsOf($organisationId: ID!, $lang: Language!) {
    organisation(id: $organisationId) {
      id
      name
      agreements {
        id
        version
        status
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
        }
      }
    }
  }
`;

export interface AgreementEdit {
  id: string;
  version: number;
  status: string;
  mutual: boolean;
  crossBorder: boolean;
  dataCategories: DataCategory[];
  conditions: string | null;
  from: { id: string; name: string };
  to: { id: string; name: string };
  legalBases: { id: string }[];
}

/** An agreement, found through the organisation that shares (the API has no `agreement(id)`). */
export async function fetchAgreement(id: string, organisationId: string, lang: Lang) {
  const data = await send<{
    organisation: { id: string; name: string; agreements: AgreementEdit[] } | null;
  }>(AGREEMENTS_OF, { organisationId, lang }, lang);
  return {
    organisation: data.organisation,
    agreement: data.organisation?.agreements.find((a) => a.id === id) ?? null,
  };
}

const SAVED = /* GraphQL */ `
  fragment SavedAgreement on SharingAgreement {
    id
    version
    status
    mutual
    dataCategories
    legalBases {
      id
    }
  }
`;

export const CREATE_AGREEMENT = /* GraphQL */ `
  mutation CreateSharingAgreement($input: SharingAgreementInput!) {
    createSharingAgreement(input: $input) { ...SavedAgreement }
  }
  ${SAVED}
`;

export const UPDATE_AGREEMENT = /* GraphQL */ `
  mutation UpdateSharingAgreement($id: ID!, $version: Int!, $patch: SharingAgreementPatch!) {
    updateSharingAgreement(id: $id, version: $version, patch: $patch) { ...SavedAgreement }
  }
  ${SAVED}
`;

export const END_AGREEMENT = /* GraphQL */ `
  mutation EndSharingAgreement($id: ID!, $version: Int!) {
    endSharingAgreement(id: $id, version: $version) { ...SavedAgreement }
  }
  ${SAVED}
`;

export interface SavedAgreement {
  id: string;
  version: number;
  status: string;
  mutual: boolean;
  dataCategories: DataCategory[];
  legalBases: { id: string }[];
}

export async function createAgreement(input: Record<string, unknown>, lang: Lang) {
  return (
    await change<{ createSharingAgreement: SavedAgreement }>(CREATE_AGREEMENT, { input }, lang)
  ).createSharingAgreement;
}

export async function updateAgreement(
  id: string,
  version: number,
  patch: Record<string, unknown>,
  lang: Lang,
) {
  return (
    await change<{ updateSharingAgreement: SavedAgreement }>(
      UPDATE_AGREEMENT,
      { id, version, patch },
      lang,
    )
  ).updateSharingAgreement;
}

export async function endAgreement(id: string, version: number, lang: Lang) {
  return (
    await change<{ endSharingAgreement: SavedAgreement }>(END_AGREEMENT, { id, version }, lang)
  ).endSharingAgreement;
}
