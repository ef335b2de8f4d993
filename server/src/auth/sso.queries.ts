/** The Cypher of single sign-on: sign-ins under way, linked identities, claim mappings. */
import { cypherQuery, type Int, type NoParams } from '../db/query';
import type { UserRole } from './auth.queries';

/** What a callback must match, kept server-side while the browser is at the provider. */
export interface SsoAttemptRow {
  providerId: string;
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

/** A claim mapping: a provider's claim with this value gives this role and scope. */
export interface SsoMappingRow {
  id: string;
  providerId: string;
  claim: string;
  value: string;
  role: UserRole;
  scopeIds: string[];
  /** May create an account just in time for someone who has none. */
  createAccounts: boolean;
  version: number;
}

export interface SsoMappingParams {
  id: string;
  key: string;
  providerId: string;
  claim: string;
  value: string;
  role: UserRole;
  scopeIds: string[];
  createAccounts: boolean;
}

export const createSsoAttempt = cypherQuery<
  SsoAttemptRow & { keyHash: string; minutes: Int },
  { keyHash: string }
>('sso/create-attempt');

export const takeSsoAttempt = cypherQuery<{ keyHash: string }, { attempt: SsoAttemptRow }>(
  'sso/take-attempt',
);

export const ssoIdentityUser = cypherQuery<{ key: string }, { id: string }>('sso/identity-user');

export const linkSsoIdentity = cypherQuery<
  { key: string; providerId: string; subject: string; userId: string },
  { key: string }
>('sso/link-identity');

export const ssoMappings = cypherQuery<NoParams, { mapping: SsoMappingRow }>('sso/mappings');

export const createSsoMapping = cypherQuery<SsoMappingParams, { mapping: SsoMappingRow }>(
  'sso/create-mapping',
);

/** A version-checked change: `found` false: no such mapping; `matched` false: a conflict. */
export const updateSsoMapping = cypherQuery<
  SsoMappingParams & { version: Int },
  { found: boolean; matched: boolean | null; before: SsoMappingRow | null }
>('sso/update-mapping');

export const deleteSsoMapping = cypherQuery<
  { id: string; version: Int },
  { found: boolean; matched: boolean | null; before: SsoMappingRow | null }
>('sso/delete-mapping');

export const markSsoSession = cypherQuery<
  { tokenHash: string; providerId: string; idToken: string | null },
  { id: string }
>('sso/mark-session');

export const sessionProvider = cypherQuery<
  { tokenHash: string },
  { providerId: string; idToken: string | null }
>('sso/session-provider');
