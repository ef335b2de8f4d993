/** Information-sharing agreements between organisations, and their legal bases. */
import type { Database } from '../db/database';
import type { Translated } from '../shared/language.schema';

export interface AgreementRow extends Translated<'conditions'> {
  id: string;
  fromId: string;
  toId: string;
  dataCategories: string[];
  crossBorder: boolean;
  mutual: boolean;
  legalBasisIds: string[];
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
}
