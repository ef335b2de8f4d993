import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { Country, IndicatorKind } from '../../../types/api';

/** Everything the three questions offer, in one request. */
export const WHO_TO_CALL_OPTIONS = /* GraphQL */ `
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
`;

export interface BarrierOption {
  code: string;
  name: string;
}

export interface PlaceOption {
  id: string;
  name: string;
  country: Country;
}

export interface SignalOption {
  id: string;
  name: string;
  kind: IndicatorKind;
  barriers: { code: string }[];
}

export interface WhoToCallOptions {
  barriers: BarrierOption[];
  exploitationForms: { code: string; name: string }[];
  regions: PlaceOption[];
  indicators: SignalOption[];
}

export function useWhoToCallOptions(lang: Lang) {
  return useQuery<WhoToCallOptions>(WHO_TO_CALL_OPTIONS, { lang }, { keepPrevious: true });
}
