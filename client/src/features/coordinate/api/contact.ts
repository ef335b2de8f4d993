/** A contact point or person as its edit page needs it, and every change to it. */

import {
  graphql,
  type ResultOf,
  type TadaDocumentNode,
  type VariablesOf,
} from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';
import type { Priority, Role } from '../../../lib/schema';

export const CONTACT_EDIT = graphql(`
  query ContactEdit($id: ID!, $lang: Language!) {
    contact(id: $id) {
      __typename
      id
      version
      status
      stale
      lastVerifiedAt
      email
      phone
      organisation {
        id
        name
        units {
          id
          name(lang: $lang)
        }
      }
      unit {
        id
        name(lang: $lang)
      }
      responsibilities {
        priority
        role
        barrier {
          code
        }
      }
      ... on ContactPoint {
        name(lang: $lang)
        kind
      }
      ... on Person {
        name
        function
        since
      }
    }
  }
`);

export type ContactResponsibility = ContactEdit['responsibilities'][number];

export type ContactEdit = NonNullable<ResultOf<typeof CONTACT_EDIT>['contact']>;

export async function fetchContact(id: string, lang: Lang) {
  const data = await request(CONTACT_EDIT, { id, lang }, { lang });
  return data.contact;
}

/** Where a new contact goes: an organisation (with its units) or a unit of one. */
export const CONTACT_OWNER = graphql(`
  query ContactOwner($id: ID!, $lang: Language!) {
    organisation(id: $id) {
      id
      name
      units {
        id
        name(lang: $lang)
      }
    }
    barriers {
      code
      name(lang: $lang)
    }
  }
`);

export type ContactOwner = ResultOf<typeof CONTACT_OWNER>;

export function fetchContactOwner(id: string, lang: Lang) {
  return request(CONTACT_OWNER, { id, lang }, { lang });
}

const SAVED = graphql(`
  fragment SavedContact on Contact {
    id
    version
    email
    phone
    languages
    lastVerifiedAt
    status
  }
`);

export const CREATE_CONTACT_POINT = graphql(
  `
  mutation CreateContactPoint($input: ContactPointInput!) {
    createContactPoint(input: $input) { ...SavedContact }
  }
`,
  [SAVED],
);

export const UPDATE_CONTACT_POINT = graphql(
  `
  mutation UpdateContactPoint($id: ID!, $version: Int!, $patch: ContactPointPatch!) {
    updateContactPoint(id: $id, version: $version, patch: $patch) { ...SavedContact }
  }
`,
  [SAVED],
);

export const CREATE_PERSON = graphql(
  `
  mutation CreatePerson($input: PersonInput!) {
    createPerson(input: $input) { ...SavedContact }
  }
`,
  [SAVED],
);

export const UPDATE_PERSON = graphql(
  `
  mutation UpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {
    updatePerson(id: $id, version: $version, patch: $patch) { ...SavedContact }
  }
`,
  [SAVED],
);

export const SET_RESPONSIBILITIES = graphql(
  `
  mutation SetContactResponsibilities(
    $id: ID!
    $version: Int!
    $responsibilities: [ResponsibilityInput!]!
  ) {
    setContactResponsibilities(id: $id, version: $version, responsibilities: $responsibilities) {
      ...SavedContact
    }
  }
`,
  [SAVED],
);

export const CONFIRM_CONTACT = graphql(
  `
  mutation ConfirmContact($id: ID!, $version: Int!) {
    confirmContact(id: $id, version: $version) { ...SavedContact }
  }
`,
  [SAVED],
);

export const ARCHIVE_CONTACT = graphql(
  `
  mutation ArchiveContact($id: ID!, $version: Int!) {
    archiveContact(id: $id, version: $version) { ...SavedContact }
  }
`,
  [SAVED],
);

export const RESTORE_CONTACT = graphql(
  `
  mutation RestoreContact($id: ID!, $version: Int!) {
    restoreContact(id: $id, version: $version) { ...SavedContact }
  }
`,
  [SAVED],
);

export const END_PERSON_TIE = graphql(
  `
  mutation EndPersonTie($id: ID!, $version: Int!, $to: Date!) {
    endPersonTie(id: $id, version: $version, to: $to) { ...SavedContact }
  }
`,
  [SAVED],
);

export const ADD_PERSON_TIE = graphql(
  `
  mutation AddPersonTie(
    $id: ID!
    $version: Int!
    $workplaceId: ID!
    $function: String
    $from: Date!
  ) {
    addPersonTie(
      id: $id
      version: $version
      workplaceId: $workplaceId
      function: $function
      from: $from
    ) {
      ...SavedContact
    }
  }
`,
  [SAVED],
);

export type SavedContact = ResultOf<typeof CREATE_CONTACT_POINT>['createContactPoint'];

/** Runs a contact mutation; each answers with the one saved contact. */
async function one<Variables>(
  document: TadaDocumentNode<Record<string, SavedContact>, Variables>,
  variables: Variables,
  lang: Lang,
): Promise<SavedContact> {
  const data = await change(document, variables, lang);
  return Object.values(data)[0] as SavedContact;
}

// The forms build inputs and patches from loosely typed values (utils/forms.ts, typed there
// later); the server validates every field, so they pass as the mutation's input types.

export const createContactPoint = (input: Record<string, unknown>, lang: Lang) =>
  one(
    CREATE_CONTACT_POINT,
    { input: input as VariablesOf<typeof CREATE_CONTACT_POINT>['input'] },
    lang,
  );
export const createPerson = (input: Record<string, unknown>, lang: Lang) =>
  one(CREATE_PERSON, { input: input as VariablesOf<typeof CREATE_PERSON>['input'] }, lang);

export const updateContact = (
  type: ContactEdit['__typename'],
  id: string,
  version: number,
  patch: Record<string, unknown>,
  lang: Lang,
) =>
  type === 'Person'
    ? one(
        UPDATE_PERSON,
        { id, version, patch: patch as VariablesOf<typeof UPDATE_PERSON>['patch'] },
        lang,
      )
    : one(
        UPDATE_CONTACT_POINT,
        { id, version, patch: patch as VariablesOf<typeof UPDATE_CONTACT_POINT>['patch'] },
        lang,
      );

export const setResponsibilities = (
  id: string,
  version: number,
  responsibilities: { barrier: string; role: Role; priority: Priority }[],
  lang: Lang,
) => one(SET_RESPONSIBILITIES, { id, version, responsibilities }, lang);

export const confirmContact = (id: string, version: number, lang: Lang) =>
  one(CONFIRM_CONTACT, { id, version }, lang);

export const setContactStatus = (
  status: 'ARCHIVED' | 'ACTIVE',
  id: string,
  version: number,
  lang: Lang,
) => one(status === 'ARCHIVED' ? ARCHIVE_CONTACT : RESTORE_CONTACT, { id, version }, lang);

export const endPersonTie = (id: string, version: number, to: string, lang: Lang) =>
  one(END_PERSON_TIE, { id, version, to }, lang);

export const addPersonTie = (
  id: string,
  version: number,
  tie: { workplaceId: string; function?: string; from: string },
  lang: Lang,
) => one(ADD_PERSON_TIE, { id, version, ...tie }, lang);
