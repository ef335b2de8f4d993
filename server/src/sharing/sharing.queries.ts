/** The Cypher of information sharing (cypher/queries/sharing): what each query takes and returns. */
import { cypherQuery, type IdsParams } from '../db/query';
import type { Translated } from '../shared/language';

export interface AgreementRow extends Translated<'conditions'> {
  id: string;
  fromId: string;
  toId: string;
  dataCategories: string[];
  crossBorder: boolean;
  mutual: boolean;
  legalBasisIds: string[];
  status: string | null;
  version: number;
}

export interface LegalBasisRow extends Translated<'name'>, Translated<'summary'> {
  id: string;
  code: string;
  citation: string | null;
  jurisdiction: string | null;
}

export const agreementsByIds = cypherQuery<IdsParams, { agreement: AgreementRow }>(
  'sharing/agreements-by-ids',
);

export const legalBasesByIds = cypherQuery<IdsParams, { legalBasis: LegalBasisRow }>(
  'sharing/legal-bases-by-ids',
);

/** No row when a party does not exist. */
export const createAgreement = cypherQuery<
  {
    id: string;
    fromId: string;
    toId: string;
    legalBasisIds: string[];
    props: Record<string, unknown>;
  },
  { crossBorder: boolean }
>('sharing/create-agreement');

export const setLegalBases = cypherQuery<
  { id: string; legalBasisIds: string[] },
  { before: string[]; after: string[] }
>('sharing/set-legal-bases');
