/** Indicators: signals of trafficking, each pointing to the barrier where it shows. */
import type { Database } from '../db/database';
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

const Q = { byIds: 'indicators/by-ids', list: 'indicators/list' } as const;

export class IndicatorRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  byIds(ids: readonly string[]) {
    return this.db.byIds<IndicatorRow>(Q.byIds, 'indicator', ids);
  }

  async list(): Promise<IndicatorRow[]> {
    return (await this.db.read<{ indicator: IndicatorRow }>(Q.list)).map((r) => r.indicator);
  }
}
