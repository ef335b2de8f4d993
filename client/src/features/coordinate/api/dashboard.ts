/** What a coordinator's start page shows: how much waits in the queue, and the measures. */

import { graphql, type ResultOf } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const DASHBOARD = graphql(`
  query CoordinatorDashboard($lang: Language!) {
    overdueContacts(first: 200) {
      id
    }
    contactReports(first: 200) {
      id
    }
    barriers {
      code
      name(lang: $lang)
      measures {
        id
        name(lang: $lang)
      }
    }
  }
`);

export type Dashboard = ResultOf<typeof DASHBOARD>;

export function fetchDashboard(lang: Lang) {
  return request(DASHBOARD, { lang }, { lang });
}
