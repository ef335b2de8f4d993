import { useQuery } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type {
  AgreementSummary,
  CallerNeed,
  ContactKind,
  Country,
  OrganisationType,
  Priority,
  RegionType,
  Role,
  RoleFit,
  Scope,
} from '../../../types/api';

/** Who to call for a barrier or a signal in a place: the whole answer screen in one request. */
export const WHO_TO_CALL = /* GraphQL */ `
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
            id
            mutual
            crossBorder
            dataCategories
            conditions(lang: $lang)
            from {
              id
              name
            }
            to {
              id
              name
            }
            legalBases {
              id
              code
              name(lang: $lang)
              citation
            }
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
`;

export interface WhoToCallInput {
  barrier?: string;
  indicator?: string;
  region?: string;
  exploitationForm?: string;
  need?: CallerNeed;
}

export interface AnswerContact {
  __typename: 'ContactPoint' | 'Person';
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  languages: string[];
  lastVerifiedAt: string | null;
  unit: { id: string; name: string } | null;
  kind?: ContactKind;
  hours?: string | null;
  firstName?: string;
  lastName?: string;
  function?: string | null;
}

export interface AnswerEntry {
  rank: number;
  scope: Scope;
  roles: Role[];
  organisation: {
    id: string;
    name: string;
    shortName: string | null;
    type: OrganisationType;
    country: Country;
  };
  via: { id: string; name: string } | null;
  coveragePath: { id: string; name: string; type: RegionType }[];
  sharing: { recorded: boolean; ownOrganisation: boolean; agreements: AgreementSummary[] } | null;
  contacts: {
    priority: Priority;
    role: Role | null;
    roles: Role[];
    stale: boolean;
    contact: AnswerContact;
  }[];
}

/** One of the contacts to call first, with the parts of why (rendered by firstCallReason). */
export interface FirstCall {
  organisation: { id: string; name: string; shortName: string | null };
  contact: AnswerContact;
  reason: {
    need: CallerNeed;
    roleFit: RoleFit;
    role: Role | null;
    scope: Scope;
    coveredRegion: { id: string; name: string; type: RegionType } | null;
    via: { id: string; name: string } | null;
    priority: Priority;
    verifiedAt: string | null;
    stale: boolean;
  };
}

/** What choosing a form of exploitation changed (null: no form chosen). */
export interface FormEffect {
  form: { code: string; name: string };
  shownFirst: { id: string }[];
  leftOut: { id: string; name: string }[];
  contactsLeftOut: number;
}

export interface WhoToCallAnswer {
  personsHidden: boolean;
  need: CallerNeed;
  firstCall: FirstCall[];
  ownColleagues: FirstCall[];
  formEffect: FormEffect | null;
  region: { id: string; name: string } | null;
  barriers: { id: string; code: string; name: string }[];
  entries: AnswerEntry[];
}

/** The answer, once there is a barrier or a signal and a place. */
export function useWhoToCall(input: WhoToCallInput, lang: Lang) {
  const ready = Boolean((input.barrier || input.indicator) && input.region);
  return useQuery<{ whoToCall: WhoToCallAnswer }>(
    WHO_TO_CALL,
    { input, lang },
    { skip: !ready, keepPrevious: true },
  );
}
