/** Indicators: signals of trafficking, each pointing to the barrier where it shows. */
import type { Database } from '../db/database';
import { type IndicatorRow, indicatorsByIds, listIndicators } from './indicator.queries';

export type { IndicatorRow } from './indicator.queries';

export class IndicatorRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly string[]) {
    return this.db.byIds(indicatorsByIds, 'indicator', ids);
  }

  async list(): Promise<IndicatorRow[]> {
    return (await this.db.read(listIndicators)).map((r) => r.indicator);
  }
}
