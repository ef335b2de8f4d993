/** Accounts (administrators): list, create, change role, organisation and scope, disable. */

import { graphql, type ResultOf, type VariablesOf } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const USERS = graphql(`
  query Users($lang: Language!) {
    users {
      id
      email
      name
      role
      disabled
      secondFactor
      organisationId
      scopeIds
    }
    secondFactorRoles
    regions(lang: $lang) {
      id
      name(lang: $lang)
      type
      country
    }
  }
`);

export type Account = ResultOf<typeof USERS>['users'][number];

export type UsersData = ResultOf<typeof USERS>;

export function fetchUsers(lang: Lang) {
  return request(USERS, { lang }, { lang });
}

/** Names of the organisations accounts belong to or coordinate (ids from the account list). */
export const ORGANISATION_NAMES = graphql(`
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
`);

export async function fetchOrganisationNames(lang: Lang): Promise<Record<string, string>> {
  const data = await request(ORGANISATION_NAMES, {}, { lang });
  return Object.fromEntries(data.organisations.edges.map((e) => [e.node.id, e.node.name]));
}

const ACCOUNT = graphql(`
  fragment AccountFields on Account {
    id
    email
    name
    role
    disabled
    secondFactor
    organisationId
    scopeIds
  }
`);

export const CREATE_USER = graphql(
  `
  mutation CreateUser($input: AccountInput!) {
    createUser(input: $input) {
      password
      invited
      account { ...AccountFields }
    }
  }
`,
  [ACCOUNT],
);

export const UPDATE_USER = graphql(
  `
  mutation UpdateUser($id: ID!, $patch: AccountPatch!) {
    updateUser(id: $id, patch: $patch) { ...AccountFields }
  }
`,
  [ACCOUNT],
);

export async function createUser(input: Record<string, unknown>, lang: Lang) {
  const data = await change(
    CREATE_USER,
    { input: input as VariablesOf<typeof CREATE_USER>['input'] },
    lang,
  );
  return data.createUser;
}

export async function updateUser(id: string, patch: Record<string, unknown>, lang: Lang) {
  return (await change(UPDATE_USER, { id, patch }, lang)).updateUser;
}

export const SET_SECOND_FACTOR_ROLES = graphql(`
  mutation SetSecondFactorRoles($roles: [UserRole!]!) {
    setSecondFactorRoles(roles: $roles)
  }
`);

/** Sets the roles that must sign in with two-step verification (audited). */
export async function setSecondFactorRoles(
  roles: VariablesOf<typeof SET_SECOND_FACTOR_ROLES>['roles'],
  lang: Lang,
) {
  return (await change(SET_SECOND_FACTOR_ROLES, { roles }, lang)).setSecondFactorRoles;
}

export const RESET_SECOND_FACTOR = graphql(`
  mutation ResetSecondFactor($id: ID!) {
    resetSecondFactor(id: $id)
  }
`);

/** Removes a user's second factor (a lost device); their sessions end (audited). */
export async function resetSecondFactor(id: string, lang: Lang): Promise<boolean> {
  return (await change(RESET_SECOND_FACTOR, { id }, lang)).resetSecondFactor;
}
