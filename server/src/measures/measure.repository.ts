/** Measures: the administrative instruments that raise a barrier. */
import type { Database } from '../db/database';
import { measuresByIds } from './measure.queries';

export type { MeasureRow } from './measure.queries';

export class MeasureRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly string[]) {
    return this.db.byIds(measuresByIds, 'measure', ids);
  }
}
