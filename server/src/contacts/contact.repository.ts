/** Contact points (functional) and persons (personal data), with what they are contact for. */
import type { Database } from '../db/database';
import type { ContactKind, Priority, Role } from '../shared/codes';
import type { Translated } from '../shared/language.schema';

export interface Responsibility {
  barrierCode: string;
  role: Role | null;
  priority: Priority | null;
}

interface ContactBase {
  id: string;
  email: string | null;
  phone: string | null;
  languages: string[] | null;
  lastVerifiedAt: string | null;
  organisationId: string | null;
  unitId: string | null;
  responsibilities: Responsibility[];
  status: string | null;
}

export interface ContactPointRow extends ContactBase, Translated<'name'>, Translated<'hours'> {
  kind: ContactKind;
}

export interface PersonRow extends ContactBase {
  firstName: string;
  lastName: string;
  function: string | null;
  since: string | null;
  history: { function: string | null; from: string | null; to: string | null; placeId: string }[];
}

const Q = {
  pointsByIds: 'contacts/points-by-ids',
  personsByIds: 'contacts/persons-by-ids',
} as const;

export class ContactRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  pointsByIds(ids: readonly string[]) {
    return this.db.byIds<ContactPointRow>(Q.pointsByIds, 'contact', ids);
  }

  personsByIds(ids: readonly string[]) {
    return this.db.byIds<PersonRow>(Q.personsByIds, 'person', ids);
  }
}
