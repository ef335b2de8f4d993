/** The audit log across the network (administrators), a page at a time. */
import type { Lang } from '../../../lib/i18n';
import type { AuditEvent } from './history';
import { send } from './request';

export const AUDIT_LOG = /* GraphQL */ `
  query AuditLog($entityId: ID, $userId: ID, $from: DateTime, $to: DateTime, $after: String) {
    auditLog(entityId: $entityId, userId: $userId, from: $from, to: $to, after: $after, first: 50) {
      endCursor
      hasNextPage
      events {
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
    }
  }
`;

export const AUDIT_USERS = /* GraphQL */ `
  query AuditUsers {
    users {
      id
      name
      email
    }
  }
`;

export interface AuditFilter {
  entityId?: string | undefined;
  userId?: string | undefined;
  /** ISO moments. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditPage {
  endCursor: string | null;
  hasNextPage: boolean;
  events: AuditEvent[];
}

export async function fetchAuditPage(
  filter: AuditFilter,
  after: string | null,
  lang: Lang,
): Promise<AuditPage> {
  const data = await send<{ auditLog: AuditPage }>(AUDIT_LOG, { ...filter, after }, lang);
  return data.auditLog;
}

export async function fetchAuditUsers(lang: Lang) {
  const data = await send<{ users: { id: string; name: string; email: string }[] }>(
    AUDIT_USERS,
    {},
    lang,
  );
  return data.users;
}
