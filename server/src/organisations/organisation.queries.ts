/** The Cypher of organisations, units and networks (cypher/queries/organisations). */
import type { BarrierRow } from '../barriers/barrier.repository';
import type { ContactPointRow } from '../contacts/contact.repository';
import { cypherQuery, type IdsParams, type Int } from '../db/query';
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

type BeforeAfter = { before: string[]; after: string[] };

export const createOrganisation = cypherQuery<
  { id: string; props: Record<string, unknown>; regionIds: string[] },
  { id: string }
>('organisations/create');

/** Replaces the roles per barrier; the roles before and after as BARRIER:ROLE. */
export const setOrganisationRoles = cypherQuery<
  { id: string; roles: { barrier: string; role: Role }[] },
  BeforeAfter
>('organisations/set-roles');

/** Replaces one kind of link (coverage, networks, counterparts); the ids before and after. */
export const setOrganisationLinks = cypherQuery<
  { id: string; kind: OrganisationLink; targetIds: string[] },
  BeforeAfter
>('organisations/set-links');

/** No row when the organisation does not exist. */
export const createUnit = cypherQuery<
  { id: string; organisationId: string; props: Record<string, unknown> },
  { id: string }
>('organisations/create-unit');

export const organisationsByIds = cypherQuery<IdsParams, { organisation: OrganisationRow }>(
  'organisations/by-ids',
);

/** Own fields only: a few db hits each, where by-ids walks every relationship. */
export const organisationRefsByIds = cypherQuery<IdsParams, { organisation: OrganisationRefRow }>(
  'organisations/refs-by-ids',
);

/** The ids of one page ordered by name, after the (name, id) key of the previous page. */
export const organisationPage = cypherQuery<
  {
    country: Country | null;
    type: OrganisationType | null;
    status: Status | null;
    afterName: string | null;
    afterId: string | null;
    limit: Int;
  },
  { total: number; ids: string[] }
>('organisations/page');

/** One organisation and the rows of its page that `with` asks for. */
export const organisationWithRelated = cypherQuery<
  { id: string; with: PageParts },
  OrganisationPageRow
>('organisations/with-related');

export const unitsByIds = cypherQuery<IdsParams, { unit: UnitRow }>('organisations/units-by-ids');

export const networksByIds = cypherQuery<IdsParams, { network: NetworkRow }>(
  'organisations/networks-by-ids',
);
