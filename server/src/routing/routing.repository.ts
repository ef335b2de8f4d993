/** Who to call: the ranked answer for a barrier in a region, in one query. */
import type { ContactPointRefRow } from '../contacts/contact.repository';
import type { Database } from '../db/database';
import type { OrganisationRefRow } from '../organisations/organisation.repository';
import type { Priority, Role } from '../shared/codes';

export type Scope = 'LOCAL' | 'REGIONAL' | 'NATIONAL' | 'CROSS_BORDER';

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
}

export interface WhoToCallQuery {
  barrierCodes: string[];
  regionId: string | null;
  formCode: string | null;
  viewerOrganisationId: string | null;
  includePersons: boolean;
  limit: number;
}

const Q = { whoToCall: 'routing/who-to-call' } as const;

/**
 * With a form of exploitation asked, the partners that record only other forms come last in the
 * query and are counted in this many extra rows, so that the answer can say who was left out.
 */
const LEFT_OUT_ROOM = 25;

/** Roles from most to least able to act on a signal: the tie-breaker at equal distance. */
export const ROLE_ORDER: Role[] = [
  'ADMIN_ENFORCE',
  'INSPECT',
  'SCREEN',
  'COORDINATE',
  'INVESTIGATE',
  'PROSECUTE',
  'ADVISE',
  'SUPPORT_VICTIM',
  'REFER',
  'INFORMATION_HOLDER',
  'SIGNAL',
];

export class RoutingRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  whoToCall(q: WhoToCallQuery): Promise<WhoToCallRow[]> {
    return this.db.read<WhoToCallRow>(Q.whoToCall, {
      ...q,
      roleOrder: ROLE_ORDER,
      limit: this.db.int(q.limit + (q.formCode ? LEFT_OUT_ROOM : 0)),
    });
  }
}
