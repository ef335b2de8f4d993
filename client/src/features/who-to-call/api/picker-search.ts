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

/** Municipalities for a typed name (a typo, old names); the nearest ones when nothing matches. */
export const SEARCH_PLACES = graphql(`
  query SearchPlaces($query: String!, $lang: Language!) {
    searchPlaces(query: $query, first: 12) {
      matches {
        formerName
        alias {
          postalCode
          locality
        }
        region {
          id
          name(lang: $lang)
          country
        }
      }
      nearest {
        formerName
        alias {
          postalCode
          locality
        }
        region {
          id
          name(lang: $lang)
          country
        }
      }
    }
  }
`);

export type FoundSignal = ResultOf<typeof SEARCH_SIGNALS>['searchSignals']['matches'][number];

export type FoundPlace = ResultOf<typeof SEARCH_PLACES>['searchPlaces']['matches'][number];

/** Searches from two characters on; below that nothing is asked. */
export function useSignalSearch(text: string, lang: Lang) {
  const query = text.trim();
  return useQuery(SEARCH_SIGNALS, { query, lang }, { skip: query.length < 2, keepPrevious: true });
}

export function usePlaceSearch(text: string, lang: Lang) {
  const query = text.trim();
  return useQuery(SEARCH_PLACES, { query, lang }, { skip: query.length < 2, keepPrevious: true });
}
