/** The Cypher of regions and the reference geography (cypher/queries/regions, geography). */
import { cypherQuery, type IdsParams } from '../db/query';
import type { Country, RegionType } from '../shared/codes';
import type { Translated } from '../shared/language';

export interface RegionRow extends Translated<'name'> {
  id: string;
  code: string | null;
  type: RegionType;
  country: Country;
  parentIds: string[];
  /** The last day it was in force; null while in force. */
  validTo?: string | null;
  version?: number;
  nisCode?: string | null;
  cbsCode?: string | null;
}

/** One country's reference geography, as scripts/reference/*.ts write it to reference/*.json. */
export interface ReferenceGeography {
  country: Country;
  referenceDate: string;
  provinces: { id: string; nisCode?: string; cbsCode?: string; nameNl: string }[];
  /** Regions besides provinces that municipalities belong to (e.g. the Dutch safety regions). */
  areas?: { id: string; type: RegionType; code: string; nameNl: string }[];
  municipalities: {
    id: string;
    provinceId: string;
    nameNl: string;
    areaIds?: string[];
    /** Postal codes and localities (deelgemeenten) that find this municipality. */
    aliases?: { postalCode: string; locality: string | null; key: string }[];
    /** The folded words of its names, to tell a match on its name from one on an alias. */
    nameKeys?: string[];
  }[];
  /** `since`: the merger date, where it is not the file's reference date. */
  formerMunicipalities: { id: string; replacedById: string; nameNl: string; since?: string }[];
}

/** A country's own row, created by the load when missing. */
export interface CountryRow {
  id: string;
  nameNl: string;
  nameFr: string;
  nameEn: string;
}

/** How many rows a load wrote. */
export type Written = { n: number };

export const regionsByIds = cypherQuery<IdsParams, { region: RegionRow }>('regions/by-ids');

/** Regions of a type and country, sorted by their name property `nameKey`. */
export const listRegions = cypherQuery<
  { type: RegionType | null; country: Country | null; nameKey: string },
  { region: RegionRow }
>('regions/list');

/** The municipality in force for a NIS/CBS code, following a merger if needed. */
export const regionInForceByCode = cypherQuery<{ code: string }, { id: string }>(
  'regions/in-force-by-code',
);

export const upsertProvinces = cypherQuery<
  {
    country: Country;
    countryRow: CountryRow;
    referenceDate: string;
    rows: ReferenceGeography['provinces'];
  },
  Written
>('geography/upsert-provinces');

export const upsertAreas = cypherQuery<
  {
    country: Country;
    countryId: string;
    referenceDate: string;
    rows: NonNullable<ReferenceGeography['areas']>;
  },
  Written
>('geography/upsert-areas');

export const upsertMunicipalities = cypherQuery<
  { country: Country; referenceDate: string; rows: ReferenceGeography['municipalities'] },
  Written
>('geography/upsert-municipalities');

export const upsertMemberships = cypherQuery<
  { referenceDate: string; rows: ReferenceGeography['municipalities'] },
  Written
>('geography/upsert-memberships');

export const upsertFormer = cypherQuery<
  { country: Country; since: string; rows: ReferenceGeography['formerMunicipalities'] },
  Written
>('geography/upsert-former');

/** Replaces the search aliases (postal codes, localities) of these municipalities. */
export const upsertAliases = cypherQuery<{ rows: ReferenceGeography['municipalities'] }, Written>(
  'geography/upsert-aliases',
);

/** The fingerprint of what the start-up load last loaded for a country. */
export const referenceLoadState = cypherQuery<{ country: Country }, { hash: string | null }>(
  'geography/reference-load-state',
);
export const recordReferenceLoad = cypherQuery<
  { country: Country; hash: string; referenceDate: string },
  never
>('geography/record-reference-load');

/** A region of the country other than `id` that already carries `code`, if any. */
export const regionCodeTaken = cypherQuery<
  { country: Country; id: string; code: string },
  { id: string }
>('regions/code-taken');

/** The proposed parents that would make a loop in PART_OF. */
export const regionCycle = cypherQuery<{ id: string; parentIds: string[] }, { id: string }>(
  'regions/cycle',
);

/** Names as stored: `nameNl`, `nameFr`, `nameEn` (null clears one). */
export type RegionNames = Record<string, string | null>;

export const createRegion = cypherQuery<
  {
    id: string;
    type: RegionType;
    country: Country;
    code: string;
    nisCode: string | null;
    cbsCode: string | null;
    names: RegionNames;
    parentIds: string[];
  },
  { id: string }
>('regions/create');

/** Replaces a region's parents; the parents before and after. */
export const setRegionParents = cypherQuery<
  { id: string; parentIds: string[] },
  { before: string[]; after: string[] }
>('regions/set-parents');

export const markRegionsEdited = cypherQuery<{ ids: string[] }, never>('regions/mark-edited');

/** An entity linked to a region, with all its links of that kind (to compute them after a merge). */
export interface LinkedRow {
  id: string;
  name?: string | null;
  linkIds: string[];
}

/** What hangs from regions: organisations covering them, coordinators, regions part of them. */
export const regionDependents = cypherQuery<
  { ids: string[] },
  { organisations: LinkedRow[]; users: LinkedRow[]; children: LinkedRow[] }
>('regions/dependents');

export const mergeRegions = cypherQuery<
  { successorId: string; formerIds: string[]; since: string },
  { n: number }
>('regions/merge');

export const archiveRegion = cypherQuery<{ id: string; since: string }, { validTo: string }>(
  'regions/archive',
);
