/** Measures (administrative instruments): the barriers they raise, their legal bases, texts. */

import { graphql, type ResultOf } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const MEASURE_EDIT = graphql(`
  query MeasureEdit($id: ID!, $lang: Language!) {
    measure(id: $id) {
      id
      code
      name(lang: $lang)
      barriers {
        code
      }
      legalBases {
        id
      }
      organisations {
        id
        name
      }
    }
    barriers {
      code
      name(lang: $lang)
    }
  }
`);

export type MeasureEdit = ResultOf<typeof MEASURE_EDIT>;

export function fetchMeasure(id: string, lang: Lang) {
  return request(MEASURE_EDIT, { id, lang }, { lang });
}

export const UPDATE_MEASURE = graphql(`
  mutation UpdateMeasure($id: ID!, $version: Int!, $patch: ReferencePatch!) {
    updateMeasure(id: $id, version: $version, patch: $patch) {
      id
      barriers {
        code
      }
      legalBases {
        id
      }
    }
  }
`);

export async function updateMeasure(
  id: string,
  version: number,
  patch: Record<string, unknown>,
  lang: Lang,
) {
  return (await change(UPDATE_MEASURE, { id, version, patch }, lang)).updateMeasure;
}
