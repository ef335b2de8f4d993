/** The audit trail of one entity, newest first (coordinators and administrators). */
import { graphql, type ResultOf } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

const EVENT = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    at
    userId
    userEmail
    userName
    action
    entityType
    entityId
    entityName
    changes {
      field
      from
      to
    }
  }
`);

export type AuditEvent = ResultOf<typeof EVENT>;

/** Who made a change, in words: the account's name, or its e-mail address when it is gone. */
export function authorOf(event: Pick<AuditEvent, 'userName' | 'userEmail'>): string {
  return event.userName ?? event.userEmail;
}
/** One changed field; `from` and `to` are JSON text, or null. */
export type AuditChange = AuditEvent['changes'][number];

/** Where an entity's history is found: units and agreements only through their organisation. */
export type HistoryOf =
  | { kind: 'organisation'; id: string }
  | { kind: 'contact'; id: string }
  | { kind: 'measure'; id: string }
  | { kind: 'unit'; id: string; organisationId: string }
  | { kind: 'agreement'; id: string; organisationId: string };

export const HISTORY_DOCUMENTS = {
  organisation: graphql(
    `
    query OrganisationHistory($id: ID!) {
      organisation(id: $id) { version history { ...AuditEventFields } }
    }
  `,
    [EVENT],
  ),
  contact: graphql(
    `
    query ContactHistory($id: ID!) {
      contact(id: $id) {
        ... on ContactPoint { history { ...AuditEventFields } }
        ... on Person { history { ...AuditEventFields } }
      }
    }
  `,
    [EVENT],
  ),
  measure: graphql(
    `
    query MeasureHistory($id: ID!) {
      measure(id: $id) { history { ...AuditEventFields } }
    }
  `,
    [EVENT],
  ),
  unit: graphql(
    `
    query UnitHistory($organisationId: ID!) {
      organisation(id: $organisationId) { units { id history { ...AuditEventFields } } }
    }
  `,
    [EVENT],
  ),
  agreement: graphql(
    `
    query AgreementHistory($organisationId: ID!) {
      organisation(id: $organisationId) { agreements { id history { ...AuditEventFields } } }
    }
  `,
    [EVENT],
  ),
} as const;

/** The entity's events, newest first; empty when it does not exist (any more). */
export async function fetchHistory(of: HistoryOf, lang: Lang): Promise<AuditEvent[]> {
  return (await fetchVersions(of, lang)).events;
}

/**
 * The entity's events and, for the kind whose earlier versions the app restores (organisations),
 * the version stored now: a restore is based on it (CONFLICT when it is stale).
 */
export async function fetchVersions(
  of: HistoryOf,
  lang: Lang,
): Promise<{ events: AuditEvent[]; version: number | null }> {
  switch (of.kind) {
    case 'organisation': {
      const data = await request(HISTORY_DOCUMENTS.organisation, { id: of.id }, { lang });
      return {
        events: data.organisation?.history ?? [],
        version: data.organisation?.version ?? null,
      };
    }
    case 'contact': {
      const data = await request(HISTORY_DOCUMENTS.contact, { id: of.id }, { lang });
      return { events: data.contact?.history ?? [], version: null };
    }
    case 'measure': {
      const data = await request(HISTORY_DOCUMENTS.measure, { id: of.id }, { lang });
      return { events: data.measure?.history ?? [], version: null };
    }
    case 'unit': {
      const data = await request(
        HISTORY_DOCUMENTS.unit,
        { organisationId: of.organisationId },
        { lang },
      );
      // Units carry no version in the API (see access.ts): restored on the server, not offered here.
      const unit = data.organisation?.units.find((u) => u.id === of.id);
      return { events: unit?.history ?? [], version: null };
    }
    case 'agreement': {
      const data = await request(
        HISTORY_DOCUMENTS.agreement,
        { organisationId: of.organisationId },
        { lang },
      );
      return {
        events: data.organisation?.agreements.find((a) => a.id === of.id)?.history ?? [],
        version: null,
      };
    }
  }
}

const RESTORE_VERSION = graphql(`
  mutation RestoreVersion($entityId: ID!, $auditEventId: ID!, $expectedVersion: Int!) {
    restoreVersion(
      entityId: $entityId
      auditEventId: $auditEventId
      expectedVersion: $expectedVersion
    ) {
      entityId
      fields
    }
  }
`);

/** Puts the entity's fields back to what they were right after `eventId`. */
export async function restoreVersion(
  entityId: string,
  eventId: string,
  expectedVersion: number,
  lang: Lang,
) {
  const data = await change(
    RESTORE_VERSION,
    { entityId, auditEventId: eventId, expectedVersion },
    lang,
  );
  return data.restoreVersion;
}
