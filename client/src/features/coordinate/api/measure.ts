/** Measures (administrative instruments): the barriers they raise, their legal bases, texts. */
import type { Lang } from '../../../lib/i18n';
import { change, send } from './request';

export const MEASURE_EDIT = /* GraphQL */ `
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
`;

export interface MeasureEdit {
  measure: {
    id: string;
    code: string;
    name: string;
    barriers: { code: string }[];
    legalBases: { id: string }[];
    organisations: { id: string; name: string }[];
  } | null;
  barriers: { code: string; name: string }[];
}

export function fetchMeasure(id: string, lang: Lang) {
  return send<MeasureEdit>(MEASURE_EDIT, { id, lang }, lang);
}

export const UPDATE_MEASURE = /* GraphQL */ `
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
`;

export async function updateMeasure(
  id: string,
  version: number,
  patch: Record<string, unknown>,
  lang: Lang,
) {
  return (
    await change<{
      updateMeasure: { id: string; barriers: { code: string }[]; legalBases: { id: string }[] };
    }>(UPDATE_MEASURE, { id, version, patch }, lang)
  ).updateMeasure;
}
