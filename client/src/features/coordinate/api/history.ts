/** The audit trail of one entity, newest first (coordinators and administrators). */
import type { Lang } from '../../../lib/i18n';
import { send } from './request';

export interface AuditChange {
  field: string;
  /** JSON text, or null. */
  from: string | null;
  to: string | null;
}

export interface AuditEvent {
  id: string;
  at: string;
  userId: string;
  userEmail: string;
  action: string;
  entityType: string;
  entityId: string;
  entityName: string | null;
  changes: AuditChange[];
}

const EVENT = /* GraphQL */ `
  fragment AuditEventFields on AuditEvent {
    id
    at
    userId
    userEmail
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
`;

/** Where an entity's history is found: units and agreements only through their organisation. */
export type HistoryOf =
  | { kind: 'organisation'; id: string }
  | { kind: 'contact'; id: string }
  | { kind: 'measure'; id: string }
  | { kind: 'unit'; id: string; organisationId: string }
  | { kind: 'agreement'; id: string; organisationId: string };

export const HISTORY_DOCUMENTS = {
  organisation: /* GraphQL */ `
    query OrganisationHistory($id: ID!) {
      organisation(id: $id) { history { ...AuditEventFields } }
    }
    ${EVENT}
  `,
  contact: /* GraphQL */ `
    query ContactHistory($id: ID!) {
      contact(id: $id) {
        ... on ContactPoint { history { ...AuditEventFields } }
        ... on Person { history { ...AuditEventFields } }
      }
    }
    ${EVENT}
  `,
  measure: /* GraphQL */ `
    query MeasureHistory($id: ID!) {
      measure(id: $id) { history { ...AuditEventFields } }
    }
    ${EVENT}
  `,
  unit: /* GraphQL */ `
    query UnitHistory($organisationId: ID!) {
      organisation(id: $organisationId) { units { id history { ...AuditEventFields } } }
    }
    ${EVENT}
  `,
  agreement: /* GraphQL */ `
    query AgreementHistory($organisationId: ID!) {
      organisation(id: $organisationId) { agreements { id history { ...AuditEventFields } } }
    }
    ${EVENT}
  `,
} as const;

type WithHistory = { history?: AuditEvent[] } | null;
type Listed = { id: string; history: AuditEvent[] }[];

/** The entity's events, newest first; empty when it does not exist (any more). */
export async function fetchHistory(of: HistoryOf, lang: Lang): Promise<AuditEvent[]> {
  switch (of.kind) {
    case 'organisation': {
      const data = await send<{ organisation: WithHistory }>(
        HISTORY_DOCUMENTS.organisation,
        { id: of.id },
        lang,
      );
      return data.organisation?.history ?? [];
    }
    case 'contact': {
      const data = await send<{ contact: WithHistory }>(
        HISTORY_DOCUMENTS.contact,
        { id: of.id },
        lang,
      );
      return data.contact?.history ?? [];
    }
    case 'measure': {
      const data = await send<{ measure: WithHistory }>(
        HISTORY_DOCUMENTS.measure,
        { id: of.id },
        lang,
      );
      return data.measure?.history ?? [];
    }
    case 'unit': {
      const data = await send<{ organisation: { units: Listed } | null }>(
        HISTORY_DOCUMENTS.unit,
        { organisationId: of.organisationId },
        lang,
      );
      return data.organisation?.units.find((u) => u.id === of.id)?.history ?? [];
    }
    case 'agreement': {
      const data = await send<{ organisation: { agreements: Listed } | null }>(
        HISTORY_DOCUMENTS.agreement,
        { organisationId: of.organisationId },
        lang,
      );
      return data.organisation?.agreements.find((a) => a.id === of.id)?.history ?? [];
    }
  }
}
