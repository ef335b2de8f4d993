/** Regions: municipalities up to countries, as a PART_OF hierarchy. */
import type { Database } from '../db/database';
import type { Country, RegionType } from '../shared/codes';
import type { Language } from '../shared/language';
import {
  type CountryRow,
  listRegions,
  type ReferenceGeography,
  type RegionRow,
  regionInForceByCode,
  regionsByIds,
  upsertAliases,
  upsertAreas,
  upsertFormer,
  upsertMemberships,
  upsertMunicipalities,
  upsertProvinces,
  type Written,
} from './region.queries';

export type { ReferenceGeography, RegionRow } from './region.queries';

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
  async loadReference(data: ReferenceGeography) {
    const { country, referenceDate } = data;
    return this.db.writeTransaction(async (tx) => {
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
}
