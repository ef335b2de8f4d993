import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** A barrier with its guidance, signals, measures and who plays which role. */
export const BARRIER = graphql(`
  query Barrier($code: String!, $lang: Language!) {
    barrier(code: $code) {
      id
      code
      name(lang: $lang)
      guidance(lang: $lang)
      sourceModel
      indicators {
        id
        name(lang: $lang)
        description(lang: $lang)
        kind
      }
      measures {
        id
        name(lang: $lang)
        description(lang: $lang)
        legalBases {
          id
          code
          name(lang: $lang)
          citation
        }
        organisations {
          id
          name
          shortName
        }
      }
      roles {
        role
        organisation {
          id
          name
          shortName
          country
          type
        }
      }
    }
  }
`);

export type BarrierDetail = NonNullable<ResultOf<typeof BARRIER>['barrier']>;

export function useBarrier(code: string, lang: Lang) {
  return useQuery(BARRIER, { code, lang });
}
