/** The audit trail of one entity, newest first (coordinators and administrators). */
import { graphql, type ResultOf } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
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
      organisation(id: $id) { history { ...AuditEventFields } }
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
  switch (of.kind) {
    case 'organisation': {
      const data = await request(HISTORY_DOCUMENTS.organisation, { id: of.id }, { lang });
      return data.organisation?.history ?? [];
    }
    case 'contact': {
      const data = await request(HISTORY_DOCUMENTS.contact, { id: of.id }, { lang });
      return data.contact?.history ?? [];
    }
    case 'measure': {
      const data = await request(HISTORY_DOCUMENTS.measure, { id: of.id }, { lang });
      return data.measure?.history ?? [];
    }
    case 'unit': {
      const data = await request(
        HISTORY_DOCUMENTS.unit,
        { organisationId: of.organisationId },
        { lang },
      );
      return data.organisation?.units.find((u) => u.id === of.id)?.history ?? [];
    }
    case 'agreement': {
      const data = await request(
        HISTORY_DOCUMENTS.agreement,
        { organisationId: of.organisationId },
        { lang },
      );
      return data.organisation?.agreements.find((a) => a.id === of.id)?.history ?? [];
    }
  }
}
