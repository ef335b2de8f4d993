/** Information-sharing agreements between organisations, and their legal bases. */
import type { Database, Tx } from '../db/database';
import {
  agreementsByIds,
  createAgreement,
  legalBasesByIds,
  setLegalBases,
} from './sharing.queries';

export type { AgreementRow, LegalBasisRow } from './sharing.queries';

export class SharingRepository {
  constructor(private readonly db: Database) {}

  agreementsByIds(ids: readonly string[]) {
    return this.db.byIds(agreementsByIds, 'agreement', ids);
  }

  legalBasesByIds(ids: readonly string[]) {
    return this.db.byIds(legalBasesByIds, 'legalBasis', ids);
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
    const [row] = await tx.run(createAgreement, agreement);
    return row ?? null;
  }

  async setLegalBases(tx: Tx, id: string, legalBasisIds: string[]) {
    const [row] = await tx.run(setLegalBases, { id, legalBasisIds });
    return { before: (row?.before ?? []).sort(), after: (row?.after ?? []).sort() };
  }
}
