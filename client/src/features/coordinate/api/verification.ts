/** The verification queue: contacts overdue for verification, and staff's reports. */
import type { Lang } from '../../../lib/i18n';
import { change, send } from './request';

const QUEUE_CONTACT = /* GraphQL */ `
  fragment QueueContact on Contact {
    __typename
    id
    version
    lastVerifiedAt
    stale
    status
    email
    phone
    organisation {
      id
      name
    }
    ... on ContactPoint {
      name(lang: $lang)
      kind
    }
    ... on Person {
      name
      function
    }
  }
`;

/** How many overdue contacts the queue shows at once (the API's query cost allows about 50). */
export const QUEUE_PAGE = 50;

export const QUEUE = /* GraphQL */ `
  query VerificationQueue($lang: Language!) {
    overdueContacts(first: 50) {
      ...QueueContact
    }
    contactReports(first: 25) {
      id
      at
      reason
      message
      userEmail
      contact {
        ...QueueContact
      }
    }
  }
  ${QUEUE_CONTACT}
`;

export interface QueueContact {
  __typename: 'ContactPoint' | 'Person';
  id: string;
  version: number;
  lastVerifiedAt: string | null;
  stale: boolean;
  status: string;
  email: string | null;
  phone: string | null;
  organisation: { id: string; name: string } | null;
  name: string;
  kind?: string;
  function?: string | null;
}

export type ReportReason = 'LEFT_ORGANISATION' | 'WRONG_NUMBER' | 'WRONG_ROLE' | 'OTHER';

export interface QueueReport {
  id: string;
  at: string;
  reason: ReportReason;
  message: string | null;
  userEmail: string;
  contact: QueueContact;
}

export interface Queue {
  overdueContacts: QueueContact[];
  contactReports: QueueReport[];
}

export function fetchQueue(lang: Lang) {
  return send<Queue>(QUEUE, { lang }, lang);
}

export const RESOLVE_REPORT = /* GraphQL */ `
  mutation ResolveContactReport($id: ID!) {
    resolveContactReport(id: $id)
  }
`;

export async function resolveReport(id: string, lang: Lang): Promise<void> {
  await change(RESOLVE_REPORT, { id }, lang);
}
