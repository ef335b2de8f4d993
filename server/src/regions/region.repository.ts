/** Regions: municipalities up to countries, as a PART_OF hierarchy. */
import type { Database } from '../db/database';
import type { Country, RegionType } from '../shared/codes';
import type { Language, Translated } from '../shared/language';

export interface RegionRow extends Translated<'name'> {
  id: string;
  code: string | null;
  type: RegionType;
  country: Country;
  parentIds: string[];
}

const Q = {
  byIds: 'regions/by-ids',
  list: 'regions/list',
  inForceByCode: 'regions/in-force-by-code',
  provinces: 'geography/upsert-provinces',
  municipalities: 'geography/upsert-municipalities',
  areas: 'geography/upsert-areas',
  memberships: 'geography/upsert-memberships',
  former: 'geography/upsert-former',
  aliases: 'geography/upsert-aliases',
} as const;

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

/** The countries as cypher/seed/020-regions.cypher has them (created by the load when missing). */
const COUNTRIES: Record<Country, { id: string; nameNl: string; nameFr: string; nameEn: string }> = {
  BE: { id: 'region-be', nameNl: 'België', nameFr: 'Belgique', nameEn: 'Belgium' },
  NL: { id: 'region-nl', nameNl: 'Nederland', nameFr: 'Pays-Bas', nameEn: 'Netherlands' },
};

export class RegionRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  byIds(ids: readonly string[]) {
    return this.db.byIds<RegionRow>(Q.byIds, 'region', ids);
  }

  /** The id of the municipality in force for a NIS/CBS code, following a merger if needed. */
  async inForceByCode(code: string): Promise<string | null> {
    const rows = await this.db.read<{ id: string }>(Q.inForceByCode, { code });
    return rows[0]?.id ?? null;
  }

  /**
   * Loads a country's reference geography in one write transaction, idempotently (MERGE on id,
   * names updated in place, no link deleted). Returns the number of rows written per kind.
   */
  async loadReference(data: ReferenceGeography) {
    const since = data.referenceDate;
    const params = { country: data.country, referenceDate: since, since };
    return this.db.writeTransaction(async (tx) => {
      const count = async (q: string, rows: unknown[], extra = {}) =>
        Number((await tx.run<{ n: number }>(q, { ...params, ...extra, rows }))[0]?.n ?? 0);
      const provinces = await count(Q.provinces, data.provinces, {
        countryRow: COUNTRIES[data.country],
      });
      const areas = await count(Q.areas, data.areas ?? [], {
        countryId: COUNTRIES[data.country].id,
      });
      const municipalities = await count(Q.municipalities, data.municipalities);
      const memberships = await count(
        Q.memberships,
        data.municipalities.filter((m) => m.areaIds?.length),
      );
      const former = await count(Q.former, data.formerMunicipalities);
      const aliases = await count(
        Q.aliases,
        data.municipalities.filter((m) => m.aliases?.length),
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
    const rows = await this.db.read<{ region: RegionRow }>(Q.list, { type, country, nameKey });
    return rows.map((r) => r.region);
  }
}
