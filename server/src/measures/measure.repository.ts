/** Measures: the administrative instruments that raise a barrier. */
import type { Database } from '../db/database';
import type { Translated } from '../shared/language';

export interface MeasureRow extends Translated<'name'>, Translated<'description'> {
  id: string;
  code: string;
  barrierCodes: string[];
  legalBasisIds: string[];
  organisationIds: string[];
}

const Q = { byIds: 'measures/by-ids' } as const;

export class MeasureRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  byIds(ids: readonly string[]) {
    return this.db.byIds<MeasureRow>(Q.byIds, 'measure', ids);
  }
}
