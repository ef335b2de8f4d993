/** A contact point or person as its edit page needs it, and every change to it. */
import type { Lang } from '../../../lib/i18n';
import type { ContactKind, Priority, Role } from '../../../types/api';
import { change, send } from './request';

export const CONTACT_EDIT = /* GraphQL */ `
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
`;

export interface ContactResponsibility {
  priority: Priority;
  role: Role | null;
  barrier: { code: string };
}

export interface ContactEdit {
  __typename: 'ContactPoint' | 'Person';
  id: string;
  version: number;
  status: 'ACTIVE' | 'ARCHIVED';
  stale: boolean;
  lastVerifiedAt: string | null;
  email: string | null;
  phone: string | null;
  name: string;
  organisation: { id: string; name: string; units: { id: string; name: string }[] } | null;
  unit: { id: string; name: string } | null;
  responsibilities: ContactResponsibility[];
  kind?: ContactKind;
  function?: string | null;
  since?: string | null;
}

export async function fetchContact(id: string, lang: Lang) {
  const data = await send<{ contact: ContactEdit | null }>(CONTACT_EDIT, { id, lang }, lang);
  return data.contact;
}

/** Where a new contact goes: an organisation (with its units) or a unit of one. */
export const CONTACT_OWNER = /* GraphQL */ `
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
`;

export interface ContactOwner {
  organisation: { id: string; name: string; units: { id: string; name: string }[] } | null;
  barriers: { code: string; name: string }[];
}

export function fetchContactOwner(id: string, lang: Lang) {
  return send<ContactOwner>(CONTACT_OWNER, { id, lang }, lang);
}

const SAVED = /* GraphQL */ `
  fragment SavedContact on Contact {
    id
    version
    email
    phone
    languages
    lastVerifiedAt
    status
  }
`;

export const CREATE_CONTACT_POINT = /* GraphQL */ `
  mutation CreateContactPoint($input: ContactPointInput!) {
    createContactPoint(input: $input) { ...SavedContact }
  }
  ${SAVED}
`;

export const UPDATE_CONTACT_POINT = /* GraphQL */ `
  mutation UpdateContactPoint($id: ID!, $version: Int!, $patch: ContactPointPatch!) {
    updateContactPoint(id: $id, version: $version, patch: $patch) { ...SavedContact }
  }
  ${SAVED}
`;

export const CREATE_PERSON = /* GraphQL */ `
  mutation CreatePerson($input: PersonInput!) {
    createPerson(input: $input) { ...SavedContact }
  }
  ${SAVED}
`;

export const UPDATE_PERSON = /* GraphQL */ `
  mutation UpdatePerson($id: ID!, $version: Int!, $patch: PersonPatch!) {
    updatePerson(id: $id, version: $version, patch: $patch) { ...SavedContact }
  }
  ${SAVED}
`;

export const SET_RESPONSIBILITIES = /* GraphQL */ `
  mutation SetContactResponsibilities(
    $id: ID!
    $version: Int!
    $responsibilities: [ResponsibilityInput!]!
  ) {
    setContactResponsibilities(id: $id, version: $version, responsibilities: $responsibilities) {
      ...SavedContact
    }
  }
  ${SAVED}
`;

export const CONFIRM_CONTACT = /* GraphQL */ `
  mutation ConfirmContact($id: ID!, $version: Int!) {
    confirmContact(id: $id, version: $version) { ...SavedContact }
  }
  ${SAVED}
`;

export const ARCHIVE_CONTACT = /* GraphQL */ `
  mutation ArchiveContact($id: ID!, $version: Int!) {
    archiveContact(id: $id, version: $version) { ...SavedContact }
  }
  ${SAVED}
`;

export const RESTORE_CONTACT = /* GraphQL */ `
  mutation RestoreContact($id: ID!, $version: Int!) {
    restoreContact(id: $id, version: $version) { ...SavedContact }
  }
  ${SAVED}
`;

export const END_PERSON_TIE = /* GraphQL */ `
  mutation EndPersonTie($id: ID!, $version: Int!, $to: Date!) {
    endPersonTie(id: $id, version: $version, to: $to) { ...SavedContact }
  }
  ${SAVED}
`;

export const ADD_PERSON_TIE = /* GraphQL */ `
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
  ${SAVED}
`;

export interface SavedContact {
  id: string;
  version: number;
  email: string | null;
  phone: string | null;
  languages: string[];
  lastVerifiedAt: string | null;
  status: 'ACTIVE' | 'ARCHIVED';
}

async function one(document: string, variables: Record<string, unknown>, lang: Lang) {
  const data = await change<Record<string, SavedContact>>(document, variables, lang);
  return Object.values(data)[0] as SavedContact;
}

export const createContactPoint = (input: Record<string, unknown>, lang: Lang) =>
  one(CREATE_CONTACT_POINT, { input }, lang);
export const createPerson = (input: Record<string, unknown>, lang: Lang) =>
  one(CREATE_PERSON, { input }, lang);

export const updateContact = (
  type: ContactEdit['__typename'],
  id: string,
  version: number,
  patch: Record<string, unknown>,
  lang: Lang,
) => one(type === 'Person' ? UPDATE_PERSON : UPDATE_CONTACT_POINT, { id, version, patch }, lang);

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
