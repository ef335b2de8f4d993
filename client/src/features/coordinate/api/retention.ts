/** The retention preview (administrators): who the rule will erase, and when. */
import { graphql, type ResultOf } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const RETENTION_PREVIEW = graphql(`
  query RetentionPreview {
    retentionPreview {
      months
      entries {
        id
        name
        status
        since
        eraseOn
        due
      }
    }
  }
`);

export type RetentionPreview = ResultOf<typeof RETENTION_PREVIEW>['retentionPreview'];

export function fetchRetentionPreview(lang: Lang) {
  return request(RETENTION_PREVIEW, {}, { lang });
}
