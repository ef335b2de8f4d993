/** Accounts (administrators): list, create, change role, organisation and scope, disable. */
import type { Lang } from '../../../lib/i18n';
import type { UserRole } from '../../../lib/viewer';
import { change, send } from './request';

export const USERS = /* GraphQL */ `
  query Users($lang: Language!) {
    users {
      id
      email
      name
      role
      disabled
      organisationId
      scopeIds
    }
    regions(lang: $lang) {
      id
      name(lang: $lang)
      type
      country
    }
  }
`;

export interface Account {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  organisationId: string | null;
  scopeIds: string[];
}

export interface UsersData {
  users: Account[];
  regions: { id: string; name: string; type: string; country: string }[];
}

export function fetchUsers(lang: Lang) {
  return send<UsersData>(USERS, { lang }, lang);
}

/** Names of the organisations accounts belong to or coordinate (ids from the account list). */
export const ORGANISATION_NAMES = /* GraphQL */ `
  query OrganisationNames {
    organisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export async function fetchOrganisationNames(lang: Lang): Promise<Record<string, string>> {
  const data = await send<{ organisations: { edges: { node: { id: string; name: string } }[] } }>(
    ORGANISATION_NAMES,
    {},
    lang,
  );
  return Object.fromEntries(data.organisations.edges.map((e) => [e.node.id, e.node.name]));
}

const ACCOUNT = /* GraphQL */ `
  fragment AccountFields on Account {
    id
    email
    name
    role
    disabled
    organisationId
    scopeIds
  }
`;

export const CREATE_USER = /* GraphQL */ `
  mutation CreateUser($input: AccountInput!) {
    createUser(input: $input) {
      password
      account { ...AccountFields }
    }
  }
  ${ACCOUNT}
`;

export const UPDATE_USER = /* GraphQL */ `
  mutation UpdateUser($id: ID!, $patch: AccountPatch!) {
    updateUser(id: $id, patch: $patch) { ...AccountFields }
  }
  ${ACCOUNT}
`;

export async function createUser(input: Record<string, unknown>, lang: Lang) {
  const data = await change<{ createUser: { password: string | null; account: Account } }>(
    CREATE_USER,
    { input },
    lang,
  );
  return data.createUser;
}

export async function updateUser(id: string, patch: Record<string, unknown>, lang: Lang) {
  return (await change<{ updateUser: Account }>(UPDATE_USER, { id, patch }, lang)).updateUser;
}
