/** The Cypher of the second factor (TOTP and recovery codes) and its per-role requirement. */
import { cypherQuery, type Int, type NoParams } from '../db/query';
import type { UserRole } from './auth.queries';

/** A user's second factor as the server checks it; the secrets never leave the server. */
export interface SecondFactorRow {
  secret: string | null;
  pending: string | null;
  /** The time step of the last code used; -1 before the first. */
  lastStep: number;
  recoveryCodesLeft: number;
  /** Their role must sign in with a second factor. */
  required: boolean;
}

export const secondFactorOfUser = cypherQuery<{ id: string }, SecondFactorRow>(
  'auth/second-factor-of-user',
);

export const startSecondFactor = cypherQuery<{ id: string; secret: string }, { id: string }>(
  'auth/second-factor-start',
);

/** Confirms an enrolment; no row when the pending secret changed meanwhile. */
export const enableSecondFactor = cypherQuery<
  { id: string; secret: string; step: Int; recoveryHashes: string[] },
  { id: string }
>('auth/second-factor-enable');

export const clearSecondFactor = cypherQuery<{ id: string }, { had: boolean }>(
  'auth/second-factor-clear',
);

/** Uses up a code's time step; no row when it (or a later one) was used already. */
export const useSecondFactorStep = cypherQuery<
  { id: string; secret: string; step: Int },
  { id: string }
>('auth/second-factor-use-step');

/** Uses up a recovery code; no row when it is not (or no longer) one of the user's. */
export const useRecoveryCode = cypherQuery<{ id: string; hash: string }, { left: number }>(
  'auth/second-factor-use-recovery',
);

export const secondFactorRoles = cypherQuery<NoParams, { roles: UserRole[] }>(
  'auth/second-factor-roles',
);

export const setSecondFactorRoles = cypherQuery<{ roles: UserRole[] }, { before: UserRole[] }>(
  'auth/set-second-factor-roles',
);

/** A right password still waiting for its second factor: every counter gives the attempt back. */
export const throttleGiveBack = cypherQuery<{ keys: string[] }, { counted: number }>(
  'auth/throttle-give-back',
);
