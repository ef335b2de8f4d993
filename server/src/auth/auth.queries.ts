/** The Cypher of users, sessions and sign-in throttling (cypher/queries/auth). */
import { cypherQuery, type Int } from '../db/query';
import type { Language } from '../shared/language';

export type { UserRole } from '../shared/codes';

import type { UserRole } from '../shared/codes';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  organisationId: string | null;
}

export interface Viewer extends UserRow {
  scopeRegionIds: string[];
  scopeOrganisationIds: string[];
}

export interface AccountRow extends Viewer {
  disabled: boolean;
  /** Signs in with a second factor (an authenticator app). */
  secondFactor: boolean;
}

export type SessionKind = 'cookie' | 'bearer';

export interface SessionRow {
  id: string;
  kind: SessionKind;
  /** A named API token's name; null for a browser session or an unnamed token. */
  name: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** A sign-in counter as throttle-lock returns it. */
export interface ThrottleRow {
  key: string;
  /** Failed (or still unchecked) attempts in the current window. */
  count: number;
  /** Seconds until the current window ends. */
  resetsIn: number;
  /** True for an account+address pair that signed in successfully in the last days. */
  known: boolean;
}

/** A user as sign-in reads it: with the password hash (none yet for an invited user). */
export type UserWithPasswordRow = UserRow & {
  passwordHash: string | null;
  disabled: boolean | null;
  /** The language of their mails, when known. */
  language: Language | null;
};

/** What a single-use mail link is for. */
export type LinkPurpose = 'invitation' | 'reset';

/** A mail link found by the hash of its token, with its user. */
export interface AccountTokenRow {
  token: { id: string; purpose: LinkPurpose; expired: boolean; used: boolean };
  user: {
    id: string;
    email: string;
    name: string;
    language: Language | null;
    disabled: boolean;
  };
}

type NewUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** Null for an invited user until they choose a password. */
  passwordHash: string | null;
};
type InScopeRow = { id: string; inScope: boolean };

export const userByEmail = cypherQuery<{ email: string }, { user: UserWithPasswordRow }>(
  'auth/user-by-email',
);

export const usersByIds = cypherQuery<{ ids: readonly string[] }, { user: UserRow }>(
  'auth/users-by-ids',
);

/** Opens a session; no row when the user vanished meanwhile. */
export const createSession = cypherQuery<
  {
    id: string;
    userId: string;
    tokenHash: string;
    hours: Int;
    kind: SessionKind;
    name: string | null;
    replaces: string | null;
  },
  { expiresAt: string }
>('auth/create-session');

/** The user behind a live session of this kind; `stale` when its last use is over a minute old. */
export const sessionViewer = cypherQuery<
  { tokenHash: string; kind: SessionKind; idleMinutes: Int },
  { viewer: Viewer; sessionId: string; stale: boolean; mustEnrol: boolean }
>('auth/session-viewer');

export const deleteSession = cypherQuery<{ tokenHash: string }, never>('auth/delete-session');

/** Records that a session is in use (a no-op when done less than a minute ago). */
export const touchSession = cypherQuery<{ tokenHash: string }, { touched: number }>(
  'auth/touch-session',
);

export const sessionsOfUser = cypherQuery<
  { userId: string; idleMinutes: Int },
  { session: SessionRow }
>('auth/sessions-of-user');

/** Ends one of the user's sessions; no row when it is not theirs. */
export const revokeSession = cypherQuery<{ userId: string; id: string }, { tokenHash: string }>(
  'auth/revoke-session',
);

/** Ends every session and API token of an account; how many. */
export const endUserSessions = cypherQuery<{ id: string }, { ended: number }>(
  'auth/end-user-sessions',
);

/** Deletes up to `batch` expired or idle sessions and stale sign-in counters. */
export const purgeExpired = cypherQuery<
  { idleMinutes: Int; windowMinutes: Int; batch: Int },
  { sessions: number; throttles: number; tokens: number }
>('auth/purge-expired');

/** Makes a single-use link for a user (earlier unused ones of the purpose end); no row: no user. */
export const createAccountToken = cypherQuery<
  { id: string; userId: string; hash: string; purpose: LinkPurpose; minutes: Int },
  { id: string }
>('auth/create-account-token');

export const accountToken = cypherQuery<{ hash: string }, AccountTokenRow>('auth/account-token');

/** Uses a link: the new password, every session ended; no row when used or expired meanwhile. */
export const redeemAccountToken = cypherQuery<
  { hash: string; purpose: LinkPurpose; passwordHash: string },
  { id: string }
>('auth/redeem-account-token');

/** Locks (creating them if needed) the sign-in counters of `keys`. */
export const throttleLock = cypherQuery<{ keys: string[]; windowMinutes: Int }, ThrottleRow>(
  'auth/throttle-lock',
);

export const throttleCount = cypherQuery<{ keys: string[] }, { counted: number }>(
  'auth/throttle-count',
);

/** A right password: gives the attempt back and remembers the account+address pair. */
export const throttleSuccess = cypherQuery<
  { keys: string[]; pairKey: string; knownDays: Int },
  { counted: number }
>('auth/throttle-success');

/** Stores a new hash, unless the password was changed since `previous` was read. */
export const updatePasswordHash = cypherQuery<
  { id: string; previous: string; passwordHash: string },
  { updated: number }
>('auth/update-password-hash');

export const upsertDemoUser = cypherQuery<
  NewUser & { organisationId: string | null; scopeRegionIds: string[] },
  { scopes: number }
>('auth/upsert-demo-user');

export const createUser = cypherQuery<NewUser, { id: string }>('auth/create-user');

/** Per id, whether it lies inside a coordinator's scope. */
export const idsInScope = cypherQuery<
  { ids: string[]; regionIds: string[]; organisationIds: string[] },
  InScopeRow
>('auth/scope');

/** Every account, or the one with `id`. */
export const listUsers = cypherQuery<{ id: string | null }, { user: AccountRow }>('auth/users');

/** Updates an account; organisation and scope only when their flag is set. No row: no such user. */
export const updateUser = cypherQuery<
  {
    id: string;
    props: Record<string, unknown>;
    setOrganisation: boolean;
    organisationId: string | null;
    setScope: boolean;
    scopeIds: string[];
  },
  { id: string }
>('auth/update-user');

/** Per region id, whether it lies inside the scope regions. */
export const regionsInScope = cypherQuery<{ ids: string[]; regionIds: string[] }, InScopeRow>(
  'auth/regions-in-scope',
);

/** Deletes an account, its sessions and its sign-in counters (its records are erased apart). */
export const deleteUser = cypherQuery<{ id: string }, { deleted: number }>('auth/delete-user');
