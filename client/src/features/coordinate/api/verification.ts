/** The verification queue: contacts overdue for verification, and staff's reports. */

import { graphql, type ResultOf } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

const QUEUE_CONTACT = graphql(`
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
`);

/** How many overdue contacts the queue shows at once (the API's query cost allows about 50). */
export const QUEUE_PAGE = 50;

export const QUEUE = graphql(
  `
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
`,
  [QUEUE_CONTACT],
);

export type QueueContact = ResultOf<typeof QUEUE_CONTACT>;

export type ReportReason = QueueReport['reason'];

export type QueueReport = Queue['contactReports'][number];

export type Queue = ResultOf<typeof QUEUE>;

export function fetchQueue(lang: Lang) {
  return request(QUEUE, { lang }, { lang });
}

export const RESOLVE_REPORT = graphql(`
  mutation ResolveContactReport($id: ID!) {
    resolveContactReport(id: $id)
  }
`);

export async function resolveReport(id: string, lang: Lang): Promise<void> {
  await change(RESOLVE_REPORT, { id }, lang);
}
