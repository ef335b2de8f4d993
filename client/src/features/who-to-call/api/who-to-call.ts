import { AGREEMENT_TERMS } from '../../../components/agreement-terms';
import { graphql, type ResultOf } from '../../../lib/documents';
import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { CallerNeed } from '../../../lib/schema';

/** Who to call for a barrier or a signal in a place: the whole answer screen in one request. */
export const WHO_TO_CALL = graphql(
  `
  query WhoToCall($input: WhoToCallInput!, $lang: Language!) {
    whoToCall(input: $input) {
      personsHidden
      need
      firstCall {
        ...FirstCallFields
      }
      ownColleagues {
        ...FirstCallFields
      }
      formEffect {
        form {
          code
          name(lang: $lang)
        }
        shownFirst {
          id
        }
        leftOut {
          id
          name
        }
        contactsLeftOut
      }
      region {
        id
        name(lang: $lang)
      }
      barriers {
        id
        code
        name(lang: $lang)
      }
      entries {
        rank
        scope
        roles
        organisation {
          id
          name
          shortName
          type
          country
        }
        via {
          id
          name
        }
        coveragePath {
          id
          name(lang: $lang)
          type
        }
        sharing {
          recorded
          ownOrganisation
          agreements {
            ...AgreementTerms
          }
        }
        contacts {
          priority
          role
          roles
          stale
          contact {
            ...AnswerContactFields
          }
        }
      }
    }
  }

  fragment AnswerContactFields on Contact {
    __typename
    id
    email
    phone
    languages
    lastVerifiedAt
    unit {
      id
      name(lang: $lang)
    }
    ... on ContactPoint {
      name(lang: $lang)
      kind
      hours(lang: $lang)
    }
    ... on Person {
      name
      firstName
      lastName
      function
    }
  }

  fragment FirstCallFields on FirstCall {
    organisation {
      id
      name
      shortName
    }
    contact {
      ...AnswerContactFields
    }
    reason {
      need
      roleFit
      role
      scope
      coveredRegion {
        id
        name(lang: $lang)
        type
      }
      via {
        id
        name
      }
      priority
      verifiedAt
      stale
    }
  }
`,
  [AGREEMENT_TERMS],
);

export interface WhoToCallInput {
  barrier?: string;
  indicator?: string;
  region?: string;
  exploitationForm?: string;
  need?: CallerNeed;
}

export type AnswerContact = FirstCall['contact'];

export type AnswerEntry = WhoToCallAnswer['entries'][number];

/** One of the contacts to call first, with the parts of why (rendered by firstCallReason). */
export type FirstCall = WhoToCallAnswer['firstCall'][number];

/** What choosing a form of exploitation changed (null: no form chosen). */
export type FormEffect = NonNullable<WhoToCallAnswer['formEffect']>;

export type WhoToCallAnswer = ResultOf<typeof WHO_TO_CALL>['whoToCall'];

/** The answer, once there is a barrier or a signal and a place. */
export function useWhoToCall(input: WhoToCallInput, lang: Lang) {
  const ready = Boolean((input.barrier || input.indicator) && input.region);
  return useQuery(WHO_TO_CALL, { input, lang }, { skip: !ready, keepPrevious: true });
}
