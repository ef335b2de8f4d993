/** The Cypher of indicators (cypher/queries/indicators): what each query takes and returns. */
import { cypherQuery, type IdsParams, type NoParams } from '../db/query';
import type { IndicatorKind } from '../shared/codes';
import type { Translated } from '../shared/language';

export interface IndicatorRow extends Translated<'name'>, Translated<'description'> {
  id: string;
  code: string;
  kind: IndicatorKind;
  barrierCodes: string[];
  formCodes: string[];
  sectorCodes: string[];
}

export const indicatorsByIds = cypherQuery<IdsParams, { indicator: IndicatorRow }>(
  'indicators/by-ids',
);

export const listIndicators = cypherQuery<NoParams, { indicator: IndicatorRow }>('indicators/list');
