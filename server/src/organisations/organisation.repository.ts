/** Organisations of the partner network, their units and networks: read access. */
import type { Database, Tx } from '../db/database';
import type { Country, OrganisationType, Role, Status } from '../shared/codes';
import {
  createOrganisation,
  createUnit,
  networksByIds,
  type OrganisationLink,
  type OrganisationPageRow,
  organisationPage,
  organisationRefsByIds,
  organisationsByIds,
  organisationWithRelated,
  type PageParts,
  setOrganisationLinks,
  setOrganisationRoles,
  unitsByIds,
} from './organisation.queries';

export type {
  NetworkRow,
  OrganisationLink,
  OrganisationPageRow,
  OrganisationRefRow,
  OrganisationRow,
  PageParts,
  UnitRefRow,
  UnitRow,
} from './organisation.queries';

export interface OrganisationFilter {
  country?: Country | null;
  type?: OrganisationType | null;
  status?: Status | null;
}

export class OrganisationRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: readonly string[]) {
    return this.db.byIds(organisationsByIds, 'organisation', ids);
  }

  /** Own fields only: a few db hits each, where byIds walks every relationship. */
  refsByIds(ids: readonly string[]) {
    return this.db.byIds(organisationRefsByIds, 'organisation', ids);
  }

  /** One organisation and the rows of its page that `parts` asks for, in one query; null if unknown. */
  async withRelated(id: string, parts: PageParts): Promise<OrganisationPageRow | null> {
    const [row] = await this.db.read(organisationWithRelated, { id, with: parts });
    return row ?? null;
  }

  unitsByIds(ids: readonly string[]) {
    return this.db.byIds(unitsByIds, 'unit', ids);
  }

  networksByIds(ids: readonly string[]) {
    return this.db.byIds(networksByIds, 'network', ids);
  }

  /** The ids of one page ordered by name, after the (name, id) key of the previous page. */
  async page(
    filter: OrganisationFilter,
    limit: number,
    after: { name: string; id: string } | null,
  ): Promise<{ total: number; ids: string[] }> {
    const [row] = await this.db.read(organisationPage, {
      country: filter.country ?? null,
      type: filter.type ?? null,
      status: filter.status ?? null,
      afterName: after?.name ?? null,
      afterId: after?.id ?? null,
      limit: this.db.int(limit),
    });
    return row ?? { total: 0, ids: [] };
  }

  async create(
    tx: Tx,
    id: string,
    props: Record<string, unknown>,
    regionIds: string[],
  ): Promise<void> {
    await tx.run(createOrganisation, { id, props, regionIds });
  }

  /** Replaces the roles per barrier; returns them before and after as BARRIER:ROLE, sorted. */
  async setRoles(tx: Tx, id: string, roles: { barrier: string; role: Role }[]) {
    const [row] = await tx.run(setOrganisationRoles, { id, roles });
    return { before: (row?.before ?? []).sort(), after: (row?.after ?? []).sort() };
  }

  /** Replaces one kind of link (coverage, networks, counterparts); returns ids before and after. */
  async setLinks(tx: Tx, id: string, kind: OrganisationLink, targetIds: string[]) {
    const [row] = await tx.run(setOrganisationLinks, {
      id,
      kind,
      targetIds,
    });
    return { before: (row?.before ?? []).sort(), after: (row?.after ?? []).sort() };
  }

  async createUnit(
    tx: Tx,
    id: string,
    organisationId: string,
    props: Record<string, unknown>,
  ): Promise<boolean> {
    return (await tx.run(createUnit, { id, organisationId, props })).length > 0;
  }
}
