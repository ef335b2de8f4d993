import { graphql } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** The barriers of the model (data, not code: coordinators can add one). */
export const MUNICIPALITY_BARRIERS = graphql(`
  query MunicipalityBarriers($lang: Language!) {
    barriers {
      code
      name(lang: $lang)
    }
  }
`);

export function useMunicipalityBarriers(lang: Lang) {
  return useQuery(MUNICIPALITY_BARRIERS, { lang });
}
