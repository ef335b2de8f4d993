/** What a coordinator's start page shows: how much waits in the queue, and the measures. */
import type { Lang } from '../../../lib/i18n';
import { send } from './request';

export const DASHBOARD = /* GraphQL */ `
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
`;

export interface Dashboard {
  overdueContacts: { id: string }[];
  contactReports: { id: string }[];
  barriers: { code: string; name: string; measures: { id: string; name: string }[] }[];
}

export function fetchDashboard(lang: Lang) {
  return send<Dashboard>(DASHBOARD, { lang }, lang);
}
