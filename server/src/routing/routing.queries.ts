/** The Cypher of who to call (cypher/queries/routing): what its query takes and returns. */
import type { ContactPointRefRow } from '../contacts/contact.repository';
import { cypherQuery, type Int } from '../db/query';
import type { OrganisationRefRow } from '../organisations/organisation.repository';
import type { Priority, Role, Scope } from '../shared/codes';

export type { Scope };

export interface WhoToCallRow {
  organisationId: string;
  /** Its own fields: the answer needs no second query to name it. */
  organisation: OrganisationRefRow;
  roles: Role[];
  scope: Scope;
  distance: number;
  pathIds: string[];
  viaId: string | null;
  contacts: {
    id: string;
    type: 'PERSON' | 'CONTACT_POINT';
    /** Its priority and role in its most important tie (primary first). */
    priority: Priority;
    role: Role | null;
    /** Every role it has at the barrier(s), each with its priority: what the first call ranks. */
    ties: { role: Role | null; priority: Priority }[];
    phone: string | null;
    verifiedAt: string | null;
    /** Its name in Dutch (a person's first and last name), for a stable order. */
    sortName: string | null;
    /** A contact point's own fields; null for a person. */
    point: ContactPointRefRow | null;
    /** The forms of exploitation it records (none: every form). */
    forms: string[];
  }[];
  /** null when the asking user has no organisation, so sharing cannot be judged. */
  agreementIds: string[] | null;
  ownOrganisation: boolean;
  /**
   * The barriers asked that some local partner covers, over every partner found (the same on
   * every row): the others are the answer's local gaps.
   */
  localCodes: string[];
}

export interface WhoToCallQuery {
  barrierCodes: string[];
  regionId: string | null;
  formCode: string | null;
  viewerOrganisationId: string | null;
  includePersons: boolean;
  limit: number;
}

/** The ranked partners for barriers in a region, each with its contacts, best first. */
export const whoToCall = cypherQuery<
  Omit<WhoToCallQuery, 'limit'> & { roleOrder: Role[]; limit: Int },
  WhoToCallRow
>('routing/who-to-call');
