/** Information-sharing agreements: create, change, end; and the legal bases to choose from. */

import { graphql, type ResultOf, type VariablesOf } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const LEGAL_BASES = graphql(`
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
`);

export type LegalBasisOption = ResultOf<
  typeof LEGAL_BASES
>['barriers'][number]['measures'][number]['legalBases'][number];

/** Every legal basis the network mentions (the API has no list of them of its own). */
export async function fetchLegalBases(lang: Lang): Promise<LegalBasisOption[]> {
  const data = await request(LEGAL_BASES, { lang }, { lang });
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

export const AGREEMENTS_OF = graphql(`
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
`);

export type AgreementEdit = NonNullable<
  ResultOf<typeof AGREEMENTS_OF>['organisation']
>['agreements'][number];

/** An agreement, found through the organisation that shares (the API has no `agreement(id)`). */
export async function fetchAgreement(id: string, organisationId: string, lang: Lang) {
  const data = await request(AGREEMENTS_OF, { organisationId, lang }, { lang });
  return {
    organisation: data.organisation,
    agreement: data.organisation?.agreements.find((a) => a.id === id) ?? null,
  };
}

const SAVED = graphql(`
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
`);

export const CREATE_AGREEMENT = graphql(
  `
  mutation CreateSharingAgreement($input: SharingAgreementInput!) {
    createSharingAgreement(input: $input) { ...SavedAgreement }
  }
`,
  [SAVED],
);

export const UPDATE_AGREEMENT = graphql(
  `
  mutation UpdateSharingAgreement($id: ID!, $version: Int!, $patch: SharingAgreementPatch!) {
    updateSharingAgreement(id: $id, version: $version, patch: $patch) { ...SavedAgreement }
  }
`,
  [SAVED],
);

export const END_AGREEMENT = graphql(
  `
  mutation EndSharingAgreement($id: ID!, $version: Int!) {
    endSharingAgreement(id: $id, version: $version) { ...SavedAgreement }
  }
`,
  [SAVED],
);

export type SavedAgreement = ResultOf<typeof CREATE_AGREEMENT>['createSharingAgreement'];

export async function createAgreement(input: Record<string, unknown>, lang: Lang) {
  return (
    await change(
      CREATE_AGREEMENT,
      { input: input as VariablesOf<typeof CREATE_AGREEMENT>['input'] },
      lang,
    )
  ).createSharingAgreement;
}

export async function updateAgreement(
  id: string,
  version: number,
  patch: Record<string, unknown>,
  lang: Lang,
) {
  return (await change(UPDATE_AGREEMENT, { id, version, patch }, lang)).updateSharingAgreement;
}

export async function endAgreement(id: string, version: number, lang: Lang) {
  return (await change(END_AGREEMENT, { id, version }, lang)).endSharingAgreement;
}
