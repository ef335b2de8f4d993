/** Staff's words: the synonyms of sectors, forms of exploitation and signals, per language. */
import { graphql, type ResultOf } from '../../../lib/documents';
import { change, request, useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

/**
 * A term of each of the three vocabularies, with its synonyms per language: one fragment per type,
 * so that each list spreads only its own (the API counts every alias of every spread, at most 20).
 */
const SECTOR_TERM = graphql(`
  fragment SectorTermFields on Sector {
    id
    code
    version
    name(lang: $lang)
    nl: synonyms(lang: NL)
    fr: synonyms(lang: FR)
    en: synonyms(lang: EN)
  }
`);
const FORM_TERM = graphql(`
  fragment FormTermFields on ExploitationForm {
    id
    code
    version
    name(lang: $lang)
    nl: synonyms(lang: NL)
    fr: synonyms(lang: FR)
    en: synonyms(lang: EN)
  }
`);
const INDICATOR_TERM = graphql(`
  fragment IndicatorTermFields on Indicator {
    id
    code
    version
    name(lang: $lang)
    nl: synonyms(lang: NL)
    fr: synonyms(lang: FR)
    en: synonyms(lang: EN)
  }
`);

export const VOCABULARY = graphql(
  `
  query Vocabulary($lang: Language!) {
    sectors {
      ...SectorTermFields
    }
    exploitationForms {
      ...FormTermFields
    }
    indicators {
      ...IndicatorTermFields
    }
  }
`,
  [SECTOR_TERM, FORM_TERM, INDICATOR_TERM],
);

export type Vocabulary = ResultOf<typeof VOCABULARY>;
export type Term =
  | Vocabulary['sectors'][number]
  | Vocabulary['exploitationForms'][number]
  | Vocabulary['indicators'][number];

export function fetchVocabulary(lang: Lang) {
  return request(VOCABULARY, { lang }, { lang });
}

export const SET_SYNONYMS = graphql(
  `
  mutation SetSynonyms($id: ID!, $version: Int!, $synonyms: SynonymsInput!, $lang: Language!) {
    setSynonyms(id: $id, version: $version, synonyms: $synonyms) {
      __typename
      ...SectorTermFields
      ...FormTermFields
      ...IndicatorTermFields
    }
  }
`,
  [SECTOR_TERM, FORM_TERM, INDICATOR_TERM],
);

export type SynonymLanguage = 'nl' | 'fr' | 'en';

export async function setSynonyms(
  id: string,
  version: number,
  synonyms: Record<SynonymLanguage, string[]>,
  lang: Lang,
): Promise<Term> {
  const data = await change(SET_SYNONYMS, { id, version, synonyms, lang }, lang);
  return data.setSynonyms;
}

/** The forms of exploitation, for the choice of those a partner or contact handles. */
export const EXPLOITATION_FORMS = graphql(`
  query ExploitationForms($lang: Language!) {
    exploitationForms {
      code
      name(lang: $lang)
    }
  }
`);

export function useExploitationForms(lang: Lang) {
  return useQuery(EXPLOITATION_FORMS, {
    lang,
  });
}
