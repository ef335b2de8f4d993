/** The Cypher of search (cypher/queries/search): what each query takes and returns. */
import { cypherQuery, type Int, type NoParams } from '../db/query';
import type { RegionRow } from '../regions/region.repository';

export const SEARCH_LABELS = {
  ORGANISATION: 'Organisation',
  ORG_UNIT: 'OrgUnit',
  CONTACT_POINT: 'ContactPoint',
  PERSON: 'Person',
  INDICATOR: 'Indicator',
  MEASURE: 'Measure',
} as const;
export type SearchType = keyof typeof SEARCH_LABELS;

/** A node label that search finds. */
export type SearchLabel = (typeof SEARCH_LABELS)[SearchType];

export interface SearchHitRow {
  id: string;
  label: SearchLabel;
  score: number;
  /** The node's own properties. */
  node: { id: string } & Record<string, unknown>;
}

/**
 * A municipality found by the place picker; `formerName` when only an old name matched, `alias`
 * when a postal code or a locality (deelgemeente) matched rather than its own names.
 */
export interface PlaceHitRow {
  region: RegionRow;
  score: number;
  formerName: string | null;
  alias: { postalCode: string; locality: string | null } | null;
}

/** Full-text hits of the labels asked, best first. */
export const searchDirectory = cypherQuery<
  {
    lucene: string;
    labels: SearchLabel[];
    includePersons: boolean;
    weights: Record<string, number>;
    candidates: Int;
    limit: Int;
  },
  SearchHitRow
>('search/search');

/** Municipalities (in force) for a Lucene query, best first; `terms`: the folded words typed. */
export const searchPlaces = cypherQuery<
  { lucene: string; terms: string[]; candidates: Int; limit: Int },
  PlaceHitRow
>('search/places');

/** Recomputes the search text of these entities. */
export const refreshContextOf = cypherQuery<{ ids: string[] }, { refreshed: number }>(
  'search/refresh-context-of',
);

/** Gives every entity its :Entity label. */
export const labelEntities = cypherQuery<NoParams, { labelled: number }>('search/label-entities');

export const searchableIds = cypherQuery<NoParams, { id: string }>('search/searchable-ids');
