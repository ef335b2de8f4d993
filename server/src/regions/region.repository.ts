/** Regions: municipalities up to countries, as a PART_OF hierarchy. */
import type { Database, Tx } from '../db/database';
import type { ParamsOf } from '../db/query';
import type { Country, RegionType } from '../shared/codes';
import type { Language } from '../shared/language';
import {
  archiveRegion,
  type CountryRow,
  createRegion,
  type LinkedRow,
  listRegions,
  markRegionsEdited,
  mergeRegions,
  type ReferenceGeography,
  type RegionRow,
  recordReferenceLoad,
  referenceLoadState,
  regionCodeTaken,
  regionCycle,
  regionDependents,
  regionInForceByCode,
  regionsByIds,
  setRegionParents,
  upsertAliases,
  upsertAreas,
  upsertFormer,
  upsertMemberships,
  upsertMunicipalities,
  upsertProvinces,
  type Written,
} from './region.queries';

export type { LinkedRow, ReferenceGeography, RegionNames, RegionRow } from './region.queries';

/** What hangs from regions (regions/dependents.cypher). */
export interface RegionDependents {
  organisations: LinkedRow[];
  users: LinkedRow[];
  children: LinkedRow[];
}

/** The countries as cypher/seed/020-regions.cypher has them (created by the load when missing). */
const COUNTRIES: Record<Country, CountryRow> = {
  BE: { id: 'region-be', nameNl: 'België', nameFr: 'Belgique', nameEn: 'Belgium' },
  NL: { id: 'region-nl', nameNl: 'Nederland', nameFr: 'Pays-Bas', nameEn: 'Netherlands' },
};

export class RegionRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly string[]) {
    return this.db.byIds(regionsByIds, 'region', ids);
  }

  /** The id of the municipality in force for a NIS/CBS code, following a merger if needed. */
  async inForceByCode(code: string): Promise<string | null> {
    const rows = await this.db.read(regionInForceByCode, { code });
    return rows[0]?.id ?? null;
  }

  /**
   * Loads a country's reference geography in one write transaction, idempotently (MERGE on id,
   * names updated in place, no link deleted). Returns the number of rows written per kind.
   */
  /** The fingerprint recorded by the last load of `country` (null: none recorded). */
  async referenceLoadHash(country: Country): Promise<string | null> {
    const [row] = await this.db.read(referenceLoadState, { country });
    return row?.hash ?? null;
  }

  /** Loads a country's reference geography and records its fingerprint `hash`, all or nothing. */
  async loadReference(data: ReferenceGeography, hash: string) {
    const { country, referenceDate } = data;
    return this.db.writeTransaction(async (tx) => {
      await tx.run(recordReferenceLoad, { country, hash, referenceDate });
      const count = (rows: Written[]) => Number(rows[0]?.n ?? 0);
      const provinces = count(
        await tx.run(upsertProvinces, {
          country,
          referenceDate,
          countryRow: COUNTRIES[country],
          rows: data.provinces,
        }),
      );
      const areas = count(
        await tx.run(upsertAreas, {
          country,
          referenceDate,
          countryId: COUNTRIES[country].id,
          rows: data.areas ?? [],
        }),
      );
      const municipalities = count(
        await tx.run(upsertMunicipalities, { country, referenceDate, rows: data.municipalities }),
      );
      const memberships = count(
        await tx.run(upsertMemberships, {
          referenceDate,
          rows: data.municipalities.filter((m) => m.areaIds?.length),
        }),
      );
      const former = count(
        await tx.run(upsertFormer, {
          country,
          since: referenceDate,
          rows: data.formerMunicipalities,
        }),
      );
      const aliases = count(
        await tx.run(upsertAliases, {
          rows: data.municipalities.filter((m) => m.aliases?.length),
        }),
      );
      return { provinces, areas, municipalities, memberships, former, aliases };
    });
  }

  /** Regions of a type and country, sorted by their name in `lang`. */
  async list(
    type: RegionType | null,
    country: Country | null,
    lang: Language,
  ): Promise<RegionRow[]> {
    const nameKey = `name${lang.charAt(0)}${lang.charAt(1).toLowerCase()}`;
    const rows = await this.db.read(listRegions, { type, country, nameKey });
    return rows.map((r) => r.region);
  }

  /** The id of another region of the country that already carries `code`, or null. */
  async codeTaken(country: Country, id: string, code: string): Promise<string | null> {
    const [row] = await this.db.read(regionCodeTaken, { country, id, code });
    return row?.id ?? null;
  }

  /** The proposed parents of `id` that would close a loop in PART_OF. */
  async cycle(id: string, parentIds: string[]): Promise<string[]> {
    if (parentIds.length === 0) return [];
    return (await this.db.read(regionCycle, { id, parentIds })).map((r) => r.id);
  }

  /** Creates a region (regions/create.cypher) inside an edit's transaction. */
  async create(tx: Tx, params: ParamsOf<typeof createRegion>): Promise<void> {
    await tx.run(createRegion, params);
  }

  /** Replaces a region's parents; the parent ids before and after, sorted. */
  async setParents(tx: Tx, id: string, parentIds: string[]) {
    const [row] = await tx.run(setRegionParents, { id, parentIds });
    return { before: [...(row?.before ?? [])].sort(), after: [...(row?.after ?? [])].sort() };
  }

  /** Stamps regions as edited today, so the reference load does not undo the edit. */
  async markEdited(tx: Tx, ids: string[]): Promise<void> {
    await tx.run(markRegionsEdited, { ids });
  }

  /** Organisations, coordinators and regions in force that hang from these regions. */
  async dependents(tx: Tx, ids: string[]): Promise<RegionDependents> {
    const [row] = await tx.run(regionDependents, { ids });
    return row ?? { organisations: [], users: [], children: [] };
  }

  /** What hangs from these regions now, read outside an edit (to refuse archiving one in use). */
  inUse(ids: string[]): Promise<RegionDependents> {
    return this.db.readTransaction((tx) => this.dependents(tx, ids));
  }

  /** Moves every link of the former regions to the successor and marks them replaced. */
  async merge(tx: Tx, successorId: string, formerIds: string[], since: string): Promise<void> {
    await tx.run(mergeRegions, { successorId, formerIds, since });
  }

  /** Ends a region's time in force: `since` is its first day no longer in force. */
  async archive(tx: Tx, id: string, since: string): Promise<string | null> {
    const [row] = await tx.run(archiveRegion, { id, since });
    return row?.validTo ?? null;
  }
}
