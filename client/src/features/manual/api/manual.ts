/** The manual of a barrier for a region, and the choices to ask for one. */
import { MANUAL_FIRST_CALLS_QUERY, MANUAL_QUERY } from '../../../../../shared/manual-query';
import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** The manual and who-to-call's answer (shared/manual-query.ts; the PDF sends the same). */
export const MANUAL = graphql(MANUAL_QUERY);
/** The first call for the other needs, asked once the manual is in. */
export const MANUAL_FIRST_CALLS = graphql(MANUAL_FIRST_CALLS_QUERY);

export type ManualAnswer = ResultOf<typeof MANUAL> & ResultOf<typeof MANUAL_FIRST_CALLS>;
export type ManualContact = ManualAnswer['SIGNAL']['firstCall'][number]['contact'];

/** The manual, then the first calls per need; data once both are in. */
export function useManual(barrier: string, region: string, lang: Lang) {
  const variables = { b: barrier, r: region, l: lang };
  const main = useQuery(MANUAL, variables, { skip: !barrier || !region });
  const more = useQuery(MANUAL_FIRST_CALLS, variables, { skip: !main.data?.manual });
  const data: ManualAnswer | undefined =
    main.data && more.data ? { ...main.data, ...more.data } : undefined;
  return {
    data,
    error: main.error ?? more.error,
    loading: main.loading || more.loading || (!!main.data && !more.data),
    refetch: main.error ? main.refetch : more.refetch,
  };
}

/** The barriers and the regions a manual can be made for. */
export const MANUAL_CHOICES = graphql(`
  query ManualChoices($lang: Language!) {
    barriers { id code name(lang: $lang) }
    provinces: regions(type: PROVINCE, lang: $lang) { id name(lang: $lang) country }
    riecRegions: regions(type: RIEC_REGION, lang: $lang) { id name(lang: $lang) country }
    municipalities: regions(type: MUNICIPALITY, lang: $lang) { id name(lang: $lang) country }
  }
`);

export function useManualChoices(lang: Lang) {
  return useQuery(MANUAL_CHOICES, { lang });
}
