/** The Cypher of measures (cypher/queries/measures): what each query takes and returns. */
import { cypherQuery, type IdsParams } from '../db/query';
import type { Translated } from '../shared/language';

export interface MeasureRow extends Translated<'name'>, Translated<'description'> {
  id: string;
  code: string;
  barrierCodes: string[];
  legalBasisIds: string[];
  organisationIds: string[];
}

export const measuresByIds = cypherQuery<IdsParams, { measure: MeasureRow }>('measures/by-ids');
