/** The audit log across the network (administrators), a page at a time. */

import { graphql, type ResultOf } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const AUDIT_LOG = graphql(`
  query AuditLog($entityId: ID, $userId: ID, $from: DateTime, $to: DateTime, $after: String) {
    auditLog(
      entityId: $entityId
      withParts: true
      userId: $userId
      from: $from
      to: $to
      after: $after
      first: 50
    ) {
      endCursor
      hasNextPage
      events {
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
    }
  }
`);

export const AUDIT_USERS = graphql(`
  query AuditUsers {
    users {
      id
      name
      email
    }
  }
`);

export interface AuditFilter {
  entityId?: string | undefined;
  userId?: string | undefined;
  /** ISO moments. */
  from?: string | undefined;
  to?: string | undefined;
}

export type AuditPage = ResultOf<typeof AUDIT_LOG>['auditLog'];

export async function fetchAuditPage(
  filter: AuditFilter,
  after: string | null,
  lang: Lang,
): Promise<AuditPage> {
  const data = await request(AUDIT_LOG, { ...filter, after }, { lang });
  return data.auditLog;
}

export async function fetchAuditUsers(lang: Lang) {
  const data = await request(AUDIT_USERS, {}, { lang });
  return data.users;
}

/** The download link of the audit log as CSV with the same filters, in `lang`'s words. */
export function auditCsvLink(filter: AuditFilter, lang: Lang): string {
  const query = new URLSearchParams();
  if (filter.entityId) query.set('entity', filter.entityId);
  if (filter.userId) query.set('user', filter.userId);
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  query.set('lang', lang);
  return `/export/audit-log.csv?${query.toString()}`;
}
