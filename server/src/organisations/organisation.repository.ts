/** Organisations of the partner network, their units and networks: read access. */
import type { BarrierRow } from '../barriers/barrier.repository';
import type { ContactPointRow } from '../contacts/contact.repository';
import type { Database, Tx } from '../db/database';
import type { RegionRow } from '../regions/region.repository';
import type { Country, OrganisationType, Role, Status } from '../shared/codes';
import type { Translated } from '../shared/language';
import type { AgreementRow, LegalBasisRow } from '../sharing/sharing.repository';

/** An organisation's own fields: what a reference to it needs. */
export interface OrganisationRefRow extends Translated<'description'> {
  id: string;
  name: string;
  shortName: string | null;
  type: OrganisationType;
  country: Country;
  website: string | null;
  status: Status;
  version: number;
  /** Codes of the forms of exploitation it handles; none recorded means every form. */
  exploitationForms?: string[] | null;
}

/** An organisation with the ids of everything it is linked to. */
export interface OrganisationRow extends OrganisationRefRow {
  roles: { barrierCode: string; role: Role }[];
  coverageIds: string[];
  unitIds: string[];
  contactPointIds: string[];
  personIds: string[];
  networkIds: string[];
  counterpartIds: string[];
  agreementIds: string[];
  measureIds: string[];
}

/** A unit's own fields, as a search hit carries them. */
export interface UnitRefRow extends Translated<'name'>, Translated<'description'> {
  id: string;
  status: Status | null;
}

export interface UnitRow extends UnitRefRow {
  organisationId: string;
  contactPointIds: string[];
  personIds: string[];
}

export interface NetworkRow extends Translated<'name'>, Translated<'description'> {
  id: string;
  code: string | null;
  memberIds: string[];
}

export interface OrganisationFilter {
  country?: Country | null;
  type?: OrganisationType | null;
  status?: Status | null;
}

/** Which lists of its page a request asks for (the rest load on demand, as before). */
export interface PageParts {
  roles: boolean;
  coverage: boolean;
  units: boolean;
  contactPoints: boolean;
  agreements: boolean;
  counterparts: boolean;
}

/** An organisation with the rows its page shows, each as its own feature's by-ids query has it. */
export interface OrganisationPageRow {
  organisation: OrganisationRow;
  regions: RegionRow[];
  units: UnitRow[];
  contactPoints: ContactPointRow[];
  agreements: AgreementRow[];
  legalBases: LegalBasisRow[];
  /** References: the counterparts and the parties to the agreements. */
  organisations: OrganisationRefRow[];
  barriers: BarrierRow[];
}

export type OrganisationLink = 'COVERS' | 'MEMBER_OF' | 'COUNTERPART_OF';

const Q = {
  create: 'organisations/create',
  setRoles: 'organisations/set-roles',
  setLinks: 'organisations/set-links',
  createUnit: 'organisations/create-unit',
  byIds: 'organisations/by-ids',
  refsByIds: 'organisations/refs-by-ids',
  page: 'organisations/page',
  withRelated: 'organisations/with-related',
  unitsByIds: 'organisations/units-by-ids',
  networksByIds: 'organisations/networks-by-ids',
} as const;

export class OrganisationRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  byIds(ids: readonly string[]) {
    return this.db.byIds<OrganisationRow>(Q.byIds, 'organisation', ids);
  }

  /** Own fields only: a few db hits each, where byIds walks every relationship. */
  refsByIds(ids: readonly string[]) {
    return this.db.byIds<OrganisationRefRow>(Q.refsByIds, 'organisation', ids);
  }

  /** One organisation and the rows of its page that `parts` asks for, in one query; null if unknown. */
  async withRelated(id: string, parts: PageParts): Promise<OrganisationPageRow | null> {
    const [row] = await this.db.read<OrganisationPageRow>(Q.withRelated, { id, with: parts });
    return row ?? null;
  }

  unitsByIds(ids: readonly string[]) {
    return this.db.byIds<UnitRow>(Q.unitsByIds, 'unit', ids);
  }

  networksByIds(ids: readonly string[]) {
    return this.db.byIds<NetworkRow>(Q.networksByIds, 'network', ids);
  }

  /** The ids of one page ordered by name, after the (name, id) key of the previous page. */
  async page(
    filter: OrganisationFilter,
    limit: number,
    after: { name: string; id: string } | null,
  ): Promise<{ total: number; ids: string[] }> {
    const [row] = await this.db.read<{ total: number; ids: string[] }>(Q.page, {
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
    await tx.run(Q.create, { id, props, regionIds });
  }

  /** Replaces the roles per barrier; returns them before and after as BARRIER:ROLE, sorted. */
  async setRoles(tx: Tx, id: string, roles: { barrier: string; role: Role }[]) {
    const [row] = await tx.run<{ before: string[]; after: string[] }>(Q.setRoles, { id, roles });
    return { before: (row?.before ?? []).sort(), after: (row?.after ?? []).sort() };
  }

  /** Replaces one kind of link (coverage, networks, counterparts); returns ids before and after. */
  async setLinks(tx: Tx, id: string, kind: OrganisationLink, targetIds: string[]) {
    const [row] = await tx.run<{ before: string[]; after: string[] }>(Q.setLinks, {
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
    return (await tx.run(Q.createUnit, { id, organisationId, props })).length > 0;
  }
}
