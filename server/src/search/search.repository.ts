/** Full-text search over the directory, and the derived search text it relies on. */
import type { Database, Tx } from '../db/database';
import {
  labelEntities,
  type PlaceHitRow,
  refreshContextOf,
  SEARCH_LABELS,
  type SearchType,
  searchableIds,
  searchDirectory,
  searchPlaces,
} from './search.queries';

export type { PlaceHitRow, SearchHitRow } from './search.queries';
export { SEARCH_LABELS, type SearchType } from './search.queries';

/** How much a hit of each kind weighs against the others at the same text score. */
const WEIGHTS: Record<string, number> = { Organisation: 2, OrgUnit: 1.3 };

/** Entities per transaction when the whole directory's search text is recomputed. */
const REFRESH_BATCH = 5_000;

export class SearchRepository {
  constructor(private readonly db: Database) {}

  async search(lucene: string, types: SearchType[], includePersons: boolean, limit: number) {
    return this.db.read(searchDirectory, {
      lucene,
      labels: types.map((t) => SEARCH_LABELS[t]),
      includePersons,
      weights: WEIGHTS,
      // Ask the index for more than we show: filtered-out labels and persons must not starve the page.
      candidates: this.db.int(limit * 4 + 20),
      limit: this.db.int(limit),
    });
  }

  /**
   * Municipalities (in force) for a Lucene query, best first; `terms` (the folded words typed)
   * tell which postal code or locality matched.
   */
  async places(lucene: string, limit: number, terms: string[] = []): Promise<PlaceHitRow[]> {
    return this.db.read(searchPlaces, {
      lucene,
      terms,
      candidates: this.db.int(limit * 3 + 20),
      limit: this.db.int(limit),
    });
  }

  /** Recomputes the search text of the entities an edit touched, inside the edit's transaction. */
  async refreshContext(tx: Tx, ids: string[]): Promise<void> {
    await tx.run(refreshContextOf, { ids });
  }

  /**
   * Labels every entity and recomputes the search text of the whole directory, e.g. after a seed,
   * in transactions of REFRESH_BATCH entities (a national network would not fit in one).
   */
  async refreshAll(progress: (done: number, total: number) => void = () => {}): Promise<void> {
    await this.db.write(labelEntities);
    const ids = (await this.db.read(searchableIds)).map((row) => row.id);
    for (let i = 0; i < ids.length; i += REFRESH_BATCH) {
      const batch = ids.slice(i, i + REFRESH_BATCH);
      await this.db.writeTransaction((tx) => this.refreshContext(tx, batch));
      progress(i + batch.length, ids.length);
    }
  }
}
