/** Contact points (functional) and persons (personal data), with what they are contact for. */
import type { Database, Tx } from '../db/database';
import type { ParamsOf } from '../db/query';
import type { Country } from '../shared/codes';
import {
  addTie,
  type ContactReportRow,
  contactPointsByIds,
  countryOf,
  createContactPoint,
  createPerson,
  createReport,
  endTie,
  openReports,
  overdueContacts,
  personsByIds,
  reportContact,
  reportMarkers,
  resolveReport,
  type Scope,
  setResponsibilities,
} from './contact.queries';

export type {
  ContactPointRefRow,
  ContactPointRow,
  ContactReportRow,
  PersonRow,
  ReportMarkerRow,
  ReportReason,
  Responsibility,
  Scope,
} from './contact.queries';
export { REPORT_REASONS } from './contact.queries';

/** The part of the network an account's queue and digest cover: everything for an administrator. */
export function queueScope(
  account: { role: string; scopeRegionIds: string[]; scopeOrganisationIds: string[] } | null,
): Scope {
  return {
    all: account?.role === 'ADMIN',
    regionIds: account?.scopeRegionIds ?? [],
    organisationIds: account?.scopeOrganisationIds ?? [],
  };
}

export class ContactRepository {
  constructor(private readonly db: Database) {}

  pointsByIds(ids: readonly string[]) {
    return this.db.byIds(contactPointsByIds, 'contact', ids);
  }

  personsByIds(ids: readonly string[]) {
    return this.db.byIds(personsByIds, 'person', ids);
  }

  async createPoint(
    tx: Tx,
    id: string,
    ownerId: string,
    props: Record<string, unknown>,
  ): Promise<boolean> {
    return (await tx.run(createContactPoint, { id, ownerId, props })).length > 0;
  }

  async createPerson(
    tx: Tx,
    id: string,
    props: Record<string, unknown>,
    tie: { workplaceId: string; function: string | null; from: string | null },
  ): Promise<boolean> {
    return (await tx.run(createPerson, { id, props, ...tie })).length > 0;
  }

  /** Replaces the responsibilities; returns them before and after as BARRIER:ROLE:PRIORITY, sorted. */
  async setResponsibilities(
    tx: Tx,
    id: string,
    responsibilities: { barrier: string; role: string; priority: string }[],
  ) {
    const [row] = await tx.run(setResponsibilities, {
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
    const [row] = await tx.run(endTie, { id, to, workplaceId });
    return row?.ended ?? [];
  }

  async addTie(
    tx: Tx,
    id: string,
    workplaceId: string,
    fn: string | null,
    from: string,
  ): Promise<boolean> {
    return (await tx.run(addTie, { id, workplaceId, function: fn, from })).length > 0;
  }

  /** Contacts due for verification: last verified on or before `cutoff` (see staleCutoff). */
  async overdue(cutoff: string, scope: Scope, includePersons: boolean, limit: number) {
    return this.db.read(overdueContacts, {
      cutoff,
      ...scope,
      includePersons,
      limit: this.db.int(limit),
    });
  }

  /** Creates a report; false when its author already has an open one about this contact. */
  async createReport(tx: Tx, report: ParamsOf<typeof createReport>): Promise<boolean> {
    return (await tx.run(createReport, report)).length > 0;
  }

  /** Per contact id, who has an open report about it (null for an id that is no contact). */
  reportMarkers(ids: readonly string[]) {
    return this.db.byIds(reportMarkers, 'marker', ids);
  }

  async reports(scope: Scope, limit: number): Promise<ContactReportRow[]> {
    const rows = await this.db.read(openReports, {
      ...scope,
      limit: this.db.int(limit),
    });
    return rows.map((r) => r.report);
  }

  async resolveReport(tx: Tx, id: string, userId: string): Promise<string | null> {
    const [row] = await tx.run(resolveReport, { id, userId });
    return row?.contactId ?? null;
  }

  /** The country of the organisation `id` is (part of, a contact of); null when not known. */
  async countryOf(id: string): Promise<Country | null> {
    const [row] = await this.db.read(countryOf, { id });
    return row?.country ?? null;
  }

  /** The contact a report is about, or null for an unknown report. */
  async reportContactId(id: string): Promise<string | null> {
    const [row] = await this.db.read(reportContact, { id });
    return row?.contactId ?? null;
  }
}
