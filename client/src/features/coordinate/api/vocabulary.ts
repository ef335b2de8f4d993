/** Staff's words: the synonyms of sectors, forms of exploitation and signals, per language. */
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import { change, send } from './request';

const TERM = /* GraphQL */ `
  id
  code
  version
  name(lang: $lang)
  nl: synonyms(lang: NL)
  fr: synonyms(lang: FR)
  en: synonyms(lang: EN)
`;

export const VOCABULARY = /* GraphQL */ `
  query Vocabulary($lang: Language!) {
    sectors { ${TERM} }
    exploitationForms { ${TERM} }
    indicators { ${TERM} }
  }
`;

export interface Term {
  id: string;
  code: string;
  version: number;
  name: string;
  nl: string[];
  fr: string[];
  en: string[];
}

export interface Vocabulary {
  sectors: Term[];
  exploitationForms: Term[];
  indicators: Term[];
}

export function fetchVocabulary(lang: Lang) {
  return send<Vocabulary>(VOCABULARY, { lang }, lang);
}

export const SET_SYNONYMS = /* GraphQL */ `
  mutation SetSynonyms($id: ID!, $version: Int!, $synonyms: SynonymsInput!, $lang: Language!) {
    setSynonyms(id: $id, version: $version, synonyms: $synonyms) {
      __typename
      ... on Sector { ${TERM} }
      ... on ExploitationForm { ${TERM} }
      ... on Indicator { ${TERM} }
    }
  }
`;

export type SynonymLanguage = 'nl' | 'fr' | 'en';

export async function setSynonyms(
  id: string,
  version: number,
  synonyms: Record<SynonymLanguage, string[]>,
  lang: Lang,
): Promise<Term> {
  const data = await change<{ setSynonyms: Term }>(
    SET_SYNONYMS,
    { id, version, synonyms, lang },
    lang,
  );
  return data.setSynonyms;
}

/** The forms of exploitation, for the choice of those a partner or contact handles. */
export const EXPLOITATION_FORMS = /* GraphQL */ `
  query ExploitationForms($lang: Language!) {
    exploitationForms {
      code
      name(lang: $lang)
    }
  }
`;

export function useExploitationForms(lang: Lang) {
  return useQuery<{ exploitationForms: { code: string; name: string }[] }>(EXPLOITATION_FORMS, {
    lang,
  });
}
