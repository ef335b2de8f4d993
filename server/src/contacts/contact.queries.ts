/** The Cypher of contact points, persons and reports about them (cypher/queries/contacts). */
import { cypherQuery, type IdsParams, type Int } from '../db/query';
import type { ContactKind, Country, Priority, Role } from '../shared/codes';
import type { Translated } from '../shared/language';

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
  /** Codes of the forms of exploitation it handles; none recorded means every form. */
  exploitationForms?: string[] | null;
}

export interface ContactPointRow extends ContactBase, Translated<'name'>, Translated<'hours'> {
  kind: ContactKind;
}

/** A contact point's own fields, as a search hit carries them (no owner, no responsibilities). */
export type ContactPointRefRow = Omit<
  ContactPointRow,
  'organisationId' | 'unitId' | 'responsibilities'
>;

export interface PersonRow extends ContactBase {
  firstName: string;
  lastName: string;
  function: string | null;
  since: string | null;
  history: { function: string | null; from: string | null; to: string | null; placeId: string }[];
}

import type { ReportReason } from '../shared/codes';

export { REPORT_REASONS, type ReportReason } from '../shared/codes';

export interface ContactReportRow {
  id: string;
  at: string;
  userId: string;
  userEmail: string;
  /** Absent on reports sent before reasons existed (they read as OTHER). */
  reason: ReportReason | null;
  /** Absent when the reason says it all. */
  message: string | null;
  status: string;
  contactId: string;
  contactType: 'PERSON' | 'CONTACT_POINT';
}

/** The open reports about one contact: who sent them. */
export interface ReportMarkerRow {
  id: string;
  reporterIds: string[];
}

export interface Scope {
  all: boolean;
  regionIds: string[];
  organisationIds: string[];
}

type BeforeAfter = { before: string[]; after: string[] };
type ContactType = 'PERSON' | 'CONTACT_POINT';

export const contactPointsByIds = cypherQuery<IdsParams, { contact: ContactPointRow }>(
  'contacts/points-by-ids',
);

export const personsByIds = cypherQuery<IdsParams, { person: PersonRow }>(
  'contacts/persons-by-ids',
);

/** No row when the owner (organisation or unit) does not exist. */
export const createContactPoint = cypherQuery<
  { id: string; ownerId: string; props: Record<string, unknown> },
  { id: string }
>('contacts/create-point');

/** No row when the workplace does not exist. */
export const createPerson = cypherQuery<
  {
    id: string;
    props: Record<string, unknown>;
    workplaceId: string;
    function: string | null;
    from: string | null;
  },
  { id: string }
>('contacts/create-person');

/** Replaces the responsibilities; before and after as BARRIER:ROLE:PRIORITY. */
export const setResponsibilities = cypherQuery<
  { id: string; responsibilities: { barrier: string; role: string; priority: string }[] },
  BeforeAfter
>('contacts/set-responsibilities');

/** Ends the person's running ties on `to` (only the one to `workplaceId` when given). */
export const endTie = cypherQuery<
  { id: string; to: string; workplaceId: string | null },
  { ended: string[] }
>('contacts/end-tie');

/** No row when the person or the workplace does not exist. */
export const addTie = cypherQuery<
  { id: string; workplaceId: string; function: string | null; from: string },
  { placeId: string }
>('contacts/add-tie');

/** Contacts last verified on or before `cutoff` (YYYY-MM-DD) or never, oldest first. */
export const overdueContacts = cypherQuery<
  Scope & { cutoff: string; includePersons: boolean; limit: Int },
  { id: string; type: ContactType }
>('contacts/overdue');

/** The country of the organisation an entity belongs to; no row when it is not known. */
export const countryOf = cypherQuery<{ id: string }, { country: Country }>('contacts/country-of');

/** No row when its author already has an open report about this contact. */
export const createReport = cypherQuery<
  {
    id: string;
    contactId: string;
    userId: string;
    userEmail: string;
    reason: ReportReason;
    message: string | null;
  },
  { id: string }
>('contacts/create-report');

export const openReports = cypherQuery<Scope & { limit: Int }, { report: ContactReportRow }>(
  'contacts/reports',
);

/** No row for an unknown or already resolved report. */
export const resolveReport = cypherQuery<{ id: string; userId: string }, { contactId: string }>(
  'contacts/resolve-report',
);

export const reportContact = cypherQuery<{ id: string }, { contactId: string }>(
  'contacts/report-contact',
);

/** Per contact id, who has an open report about it. */
export const reportMarkers = cypherQuery<IdsParams, { marker: ReportMarkerRow }>(
  'contacts/report-markers',
);
