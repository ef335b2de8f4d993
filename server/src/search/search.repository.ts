/** Full-text search over the directory, and the derived search text it relies on. */
import type { Database, Tx } from '../db/database';

export const SEARCH_LABELS = {
  ORGANISATION: 'Organisation',
  ORG_UNIT: 'OrgUnit',
  CONTACT_POINT: 'ContactPoint',
  PERSON: 'Person',
  INDICATOR: 'Indicator',
  MEASURE: 'Measure',
} as const;
export type SearchType = keyof typeof SEARCH_LABELS;

export interface SearchHitRow {
  id: string;
  label: (typeof SEARCH_LABELS)[SearchType];
  score: number;
  /** The node's own properties. */
  node: { id: string } & Record<string, unknown>;
}

/** How much a hit of each kind weighs against the others at the same text score. */
const WEIGHTS: Record<string, number> = { Organisation: 2, OrgUnit: 1.3 };

const Q = {
  search: 'search/search',
  refreshContextOf: 'search/refresh-context-of',
  refreshAll: 'search/refresh-context',
} as const;

export class SearchRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  async search(lucene: string, types: SearchType[], includePersons: boolean, limit: number) {
    return this.db.read<SearchHitRow>(Q.search, {
      lucene,
      labels: types.map((t) => SEARCH_LABELS[t]),
      includePersons,
      weights: WEIGHTS,
      // Ask the index for more than we show: filtered-out labels and persons must not starve the page.
      candidates: this.db.int(limit * 4 + 20),
      limit: this.db.int(limit),
    });
  }

  /** Recomputes the search text of the entities an edit touched, inside the edit's transaction. */
  async refreshContext(tx: Tx, ids: string[]): Promise<void> {
    await tx.run(Q.refreshContextOf, { ids });
  }

  /** Recomputes the search text (and :Entity labels) of the whole directory, e.g. after a seed. */
  async refreshAll(): Promise<void> {
    await this.db.write(Q.refreshAll, { ids: null });
  }
}
