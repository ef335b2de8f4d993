import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** Everything the three questions offer, in one request. */
export const WHO_TO_CALL_OPTIONS = graphql(`
  query WhoToCallOptions($lang: Language!) {
    barriers {
      code
      name(lang: $lang)
    }
    exploitationForms {
      code
      name(lang: $lang)
    }
    regions(type: MUNICIPALITY, lang: $lang) {
      id
      name(lang: $lang)
      country
    }
    indicators {
      id
      name(lang: $lang)
      kind
      barriers {
        code
      }
    }
  }
`);

export type BarrierOption = WhoToCallOptions['barriers'][number];

export type PlaceOption = WhoToCallOptions['regions'][number];

export type SignalOption = WhoToCallOptions['indicators'][number];

export type WhoToCallOptions = ResultOf<typeof WHO_TO_CALL_OPTIONS>;

export function useWhoToCallOptions(lang: Lang) {
  return useQuery(WHO_TO_CALL_OPTIONS, { lang }, { keepPrevious: true });
}
