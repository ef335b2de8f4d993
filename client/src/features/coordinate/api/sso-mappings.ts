/** Claim mappings of single sign-on (administrators): list, add, remove. */
import { graphql, type ResultOf } from '../../../lib/documents';
import { change, request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const SSO_MAPPINGS = graphql(`
  query SsoMappings {
    ssoClaimMappings {
      id
      provider
      claim
      value
      role
      scopeIds
      createAccounts
      version
    }
    signInOptions {
      providers {
        id
        name
      }
    }
  }
`);

export type SsoMappingsData = ResultOf<typeof SSO_MAPPINGS>;
export type SsoMapping = SsoMappingsData['ssoClaimMappings'][number];

export function fetchSsoMappings(lang: Lang) {
  return request(SSO_MAPPINGS, {}, { lang });
}

const CREATE = graphql(`
  mutation CreateSsoClaimMapping($input: SsoClaimMappingInput!) {
    createSsoClaimMapping(input: $input) {
      id
    }
  }
`);

export async function createSsoMapping(
  input: {
    provider: string;
    claim: string;
    value: string;
    role: 'STAFF' | 'COORDINATOR' | 'ADMIN';
    scopeIds: string[];
    createAccounts: boolean;
  },
  lang: Lang,
) {
  return (await change(CREATE, { input }, lang)).createSsoClaimMapping;
}

const DELETE = graphql(`
  mutation DeleteSsoClaimMapping($id: ID!, $version: Int!) {
    deleteSsoClaimMapping(id: $id, version: $version)
  }
`);

export async function deleteSsoMapping(id: string, version: number, lang: Lang) {
  return (await change(DELETE, { id, version }, lang)).deleteSsoClaimMapping;
}
