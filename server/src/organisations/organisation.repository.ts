/** Organisations of the partner network: read access. */
import type { Database } from '../db/database';
import type { Translated } from '../shared/language.schema';

export interface OrganisationRow extends Translated<'description'> {
  id: string;
  name: string;
  shortName: string | null;
  type: string;
  country: string;
  website: string | null;
  status: string;
  version: number;
}

export interface OrganisationFilter {
  country?: string | null;
  type?: string | null;
  status?: string | null;
}

const Q = { byIds: 'organisations/by-ids', page: 'organisations/page' } as const;

export class OrganisationRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  /** Organisations by id, in the order asked, null where unknown (DataLoader contract). */
  async byIds(ids: readonly string[]): Promise<(OrganisationRow | null)[]> {
    const rows = await this.db.read<{ organisation: OrganisationRow }>(Q.byIds, { ids });
    const byId = new Map(rows.map((r) => [r.organisation.id, r.organisation]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One page ordered by name, after the (name, id) key of the previous page. */
  async page(
    filter: OrganisationFilter,
    limit: number,
    after: { name: string; id: string } | null,
  ): Promise<{ total: number; organisations: OrganisationRow[] }> {
    const [row] = await this.db.read<{ total: number; organisations: OrganisationRow[] }>(Q.page, {
      country: filter.country ?? null,
      type: filter.type ?? null,
      status: filter.status ?? null,
      afterName: after?.name ?? null,
      afterId: after?.id ?? null,
      limit: this.db.int(limit),
    });
    return row ?? { total: 0, organisations: [] };
  }
}
