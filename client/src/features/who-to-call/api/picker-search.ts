/** The signal search of the who-to-call picker (the place search is shared: lib/place-search). */
import { SEARCH_LIMITS } from '../../../../../shared/api-limits';
import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/** Signals for staff's words (synonyms included); the nearest ones when nothing matches. */
export const SEARCH_SIGNALS = graphql(`
  query SearchSignals($query: String!, $lang: Language!) {
    searchSignals(query: $query, first: 12) {
      matches {
        id
        name(lang: $lang)
        barriers {
          code
        }
      }
      nearest {
        id
        name(lang: $lang)
        barriers {
          code
        }
      }
    }
  }
`);

export type FoundSignal = ResultOf<typeof SEARCH_SIGNALS>['searchSignals']['matches'][number];

/** Searches from two characters on; below that nothing is asked. */
export function useSignalSearch(text: string, lang: Lang) {
  const query = text.trim();
  return useQuery(
    SEARCH_SIGNALS,
    { query, lang },
    { skip: query.length < SEARCH_LIMITS.min, keepPrevious: true },
  );
}
