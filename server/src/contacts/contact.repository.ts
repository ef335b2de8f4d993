/** Contact points (functional) and persons (personal data), with what they are contact for. */
import type { Database, Tx } from '../db/database';
import type { ContactKind, Priority, Role } from '../shared/codes';
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

/** What a staff member says is wrong with a contact. */
export const REPORT_REASONS = ['LEFT_ORGANISATION', 'WRONG_NUMBER', 'WRONG_ROLE', 'OTHER'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

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

const Q = {
  pointsByIds: 'contacts/points-by-ids',
  personsByIds: 'contacts/persons-by-ids',
  createPoint: 'contacts/create-point',
  createPerson: 'contacts/create-person',
  setResponsibilities: 'contacts/set-responsibilities',
  endTie: 'contacts/end-tie',
  addTie: 'contacts/add-tie',
  overdue: 'contacts/overdue',
  createReport: 'contacts/create-report',
  reports: 'contacts/reports',
  resolveReport: 'contacts/resolve-report',
  reportContact: 'contacts/report-contact',
  reportMarkers: 'contacts/report-markers',
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

  async createPoint(
    tx: Tx,
    id: string,
    ownerId: string,
    props: Record<string, unknown>,
  ): Promise<boolean> {
    return (await tx.run(Q.createPoint, { id, ownerId, props })).length > 0;
  }

  async createPerson(
    tx: Tx,
    id: string,
    props: Record<string, unknown>,
    tie: { workplaceId: string; function: string | null; from: string | null },
  ): Promise<boolean> {
    return (await tx.run(Q.createPerson, { id, props, ...tie })).length > 0;
  }

  /** Replaces the responsibilities; returns them before and after as BARRIER:ROLE:PRIORITY, sorted. */
  async setResponsibilities(
    tx: Tx,
    id: string,
    responsibilities: { barrier: string; role: string; priority: string }[],
  ) {
    const [row] = await tx.run<{ before: string[]; after: string[] }>(Q.setResponsibilities, {
      id,
      responsibilities,
    });
    return { before: (row?.before ?? []).sort(), after: (row?.after ?? []).sort() };
  }

  /** Ends the person's running ties on `to` (only the one to `workplaceId` when given). */
  async endTie(
    tx: Tx,
    id: string,
    to: string,
    workplaceId: string | null = null,
  ): Promise<string[]> {
    const [row] = await tx.run<{ ended: string[] }>(Q.endTie, { id, to, workplaceId });
    return row?.ended ?? [];
  }

  async addTie(
    tx: Tx,
    id: string,
    workplaceId: string,
    fn: string | null,
    from: string,
  ): Promise<boolean> {
    return (await tx.run(Q.addTie, { id, workplaceId, function: fn, from })).length > 0;
  }

  async overdue(months: number, scope: Scope, includePersons: boolean, limit: number) {
    return this.db.read<{ id: string; type: 'PERSON' | 'CONTACT_POINT' }>(Q.overdue, {
      months: this.db.int(months),
      ...scope,
      includePersons,
      limit: this.db.int(limit),
    });
  }

  /** Creates a report; false when its author already has an open one about this contact. */
  async createReport(
    tx: Tx,
    report: {
      id: string;
      contactId: string;
      userId: string;
      userEmail: string;
      reason: ReportReason;
      message: string | null;
    },
  ): Promise<boolean> {
    return (await tx.run(Q.createReport, report)).length > 0;
  }

  /** Per contact id, who has an open report about it (null for an id that is no contact). */
  reportMarkers(ids: readonly string[]) {
    return this.db.byIds<ReportMarkerRow>(Q.reportMarkers, 'marker', ids);
  }

  async reports(scope: Scope, limit: number): Promise<ContactReportRow[]> {
    const rows = await this.db.read<{ report: ContactReportRow }>(Q.reports, {
      ...scope,
      limit: this.db.int(limit),
    });
    return rows.map((r) => r.report);
  }

  async resolveReport(tx: Tx, id: string, userId: string): Promise<string | null> {
    const [row] = await tx.run<{ contactId: string }>(Q.resolveReport, { id, userId });
    return row?.contactId ?? null;
  }

  /** The contact a report is about, or null for an unknown report. */
  async reportContactId(id: string): Promise<string | null> {
    const [row] = await this.db.read<{ contactId: string }>(Q.reportContact, { id });
    return row?.contactId ?? null;
  }
}
