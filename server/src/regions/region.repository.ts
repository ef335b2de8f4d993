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

const Q = { byIds: 'regions/by-ids', list: 'regions/list' } as const;

export class RegionRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  byIds(ids: readonly string[]) {
    return this.db.byIds<RegionRow>(Q.byIds, 'region', ids);
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
