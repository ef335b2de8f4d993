import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { Country } from '../../../types/api';

/** Signals for staff's words (synonyms included); the nearest ones when nothing matches. */
export const SEARCH_SIGNALS = /* GraphQL */ `
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
`;

/** Municipalities for a typed name (a typo, old names); the nearest ones when nothing matches. */
export const SEARCH_PLACES = /* GraphQL */ `
  query SearchPlaces($query: String!, $lang: Language!) {
    searchPlaces(query: $query, first: 12) {
      matches {
        formerName
        region {
          id
          name(lang: $lang)
          country
        }
      }
      nearest {
        formerName
        region {
          id
          name(lang: $lang)
          country
        }
      }
    }
  }
`;

export interface FoundSignal {
  id: string;
  name: string;
  barriers: { code: string }[];
}

export interface FoundPlace {
  formerName: string | null;
  region: { id: string; name: string; country: Country };
}

interface Found<T> {
  matches: T[];
  nearest: T[];
}

/** Searches from two characters on; below that nothing is asked. */
export function useSignalSearch(text: string, lang: Lang) {
  const query = text.trim();
  return useQuery<{ searchSignals: Found<FoundSignal> }>(
    SEARCH_SIGNALS,
    { query, lang },
    { skip: query.length < 2, keepPrevious: true },
  );
}

export function usePlaceSearch(text: string, lang: Lang) {
  const query = text.trim();
  return useQuery<{ searchPlaces: Found<FoundPlace> }>(
    SEARCH_PLACES,
    { query, lang },
    { skip: query.length < 2, keepPrevious: true },
  );
}
