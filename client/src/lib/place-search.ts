/**
 * The one place search of the app (the who-to-call picker, the coverage of an organisation):
 * municipalities for a typed name, postal code or locality, with a typo, a prefix, accents, French
 * names and former municipalities; the nearest ones when nothing matches.
 */
import { SEARCH_LIMITS } from '../../../shared/api-limits';
import { graphql, type ResultOf } from './documents';
import { useQuery } from './graphql';
import type { Lang } from './i18n';

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

export type FoundPlace = ResultOf<typeof SEARCH_PLACES>['searchPlaces']['matches'][number];

/** Searches from two characters on; below that nothing is asked. */
export function usePlaceSearch(text: string, lang: Lang) {
  const query = text.trim();
  return useQuery(
    SEARCH_PLACES,
    { query, lang },
    { skip: query.length < SEARCH_LIMITS.min, keepPrevious: true },
  );
}
