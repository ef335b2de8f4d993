/** Information-sharing agreements between organisations, and their legal bases. */
import type { Database, Tx } from '../db/database';
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

const Q = {
  agreementsByIds: 'sharing/agreements-by-ids',
  legalBasesByIds: 'sharing/legal-bases-by-ids',
  createAgreement: 'sharing/create-agreement',
  setLegalBases: 'sharing/set-legal-bases',
} as const;

export class SharingRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  agreementsByIds(ids: readonly string[]) {
    return this.db.byIds<AgreementRow>(Q.agreementsByIds, 'agreement', ids);
  }

  legalBasesByIds(ids: readonly string[]) {
    return this.db.byIds<LegalBasisRow>(Q.legalBasesByIds, 'legalBasis', ids);
  }

  /** Creates an agreement; null when a party does not exist. */
  async createAgreement(
    tx: Tx,
    agreement: {
      id: string;
      fromId: string;
      toId: string;
      legalBasisIds: string[];
      props: Record<string, unknown>;
    },
  ): Promise<{ crossBorder: boolean } | null> {
    const [row] = await tx.run<{ crossBorder: boolean }>(Q.createAgreement, agreement);
    return row ?? null;
  }

  async setLegalBases(tx: Tx, id: string, legalBasisIds: string[]) {
    const [row] = await tx.run<{ before: string[]; after: string[] }>(Q.setLegalBases, {
      id,
      legalBasisIds,
    });
    return { before: (row?.before ?? []).sort(), after: (row?.after ?? []).sort() };
  }
}
