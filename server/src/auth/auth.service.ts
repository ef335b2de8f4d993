/** Sign-in, sessions (cookie or bearer token) and throttling of failed attempts. */
import { randomUUID } from 'node:crypto';
import { UserError } from '../errors';
import type { Language } from '../shared/language';
import { message } from '../shared/messages';
import { hashToken, newToken, TOKEN_MAX_LENGTH } from '../shared/tokens';
import type {
  AuthRepository,
  SessionKind,
  SessionRow,
  ThrottleRow,
  UserRow,
  Viewer,
} from './auth.repository';
import { DUMMY_HASH_PROMISE, hashPassword, needsRehash, verifyPassword } from './password';
import { recoveryHash, verifyCode } from './second-factor';
import type { SecondFactorRepository } from './second-factor.repository';

export const SESSION_COOKIE = 'confine_session';

export interface AuthSettings {
  sessionHours: number;
  /** A session unused for this many minutes ends. */
  sessionIdleMinutes: number;
  /** Minutes between purges of expired sessions and stale counters; 0: no timer (tests). */
  purgeEveryMinutes: number;
  secureCookies: boolean;
  /** False (PASSWORD_SIGN_IN=off): only single sign-on; password sign-in, reset and invitations refuse. */
  passwordSignIn?: boolean;
}

/**
 * Sign-in throttling, per 15-minute window (a window starts at the first attempt it counts):
 * - one account from one address: 5 password checks that fail, then TOO_MANY_REQUESTS until the
 *   window ends: the owner at another address is not affected;
 * - one address, over all accounts: 20 failures (a success is not one, and does not clear them);
 * - one account, over all addresses: after 20 failures, only addresses this account signed in from
 *   successfully in the last 30 days may still try (a spread-out attack cannot lock the owner out).
 * An attempt is counted as a failure before its password is checked, and given back when right.
 */
export const THROTTLE = {
  windowMinutes: 15,
  perAccountAndAddress: 5,
  perAddress: 20,
  perAccount: 20,
  knownAddressDays: 30,
} as const;

/** The signed-in user of a request, with the session it came with. */
export type SessionViewer = Viewer & {
  tokenHash: string;
  sessionId: string;
  sessionKind: SessionKind;
  /** The role must have a second factor and the account has none: only enrolment is open. */
  mustEnrol: boolean;
};

/** The second step of a sign-in: a code from the authenticator app, or a recovery code. */
export interface SecondFactorAnswer {
  code?: string | null;
  recoveryCode?: string | null;
}

/** A named API token: a bearer session with its own end and no idle limit. */
export interface ApiToken {
  name: string;
  days: number;
}

/**
 * The session token a request carries, and how it carries it. An Authorization header decides
 * alone: with any other scheme than a well-formed `Bearer <token>` the request is anonymous, and
 * the cookie never stands in, since the CSRF check only spares bearer requests (csrf.plugin.ts).
 */
export function tokenFromRequest(request: Request): { token: string; via: SessionKind } | null {
  const header = request.headers.get('authorization');
  if (header !== null) {
    // RFC 6750's b64token: what our tokens (base64url) and any sane client send.
    const bearer = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
    return bearer?.[1] ? { token: bearer[1], via: 'bearer' } : null;
  }
  const cookie = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/** A cookie's value from a Cookie header; null when absent or undecodable. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      // Undecodable percent-encoding is no token of ours: the request is anonymous.
      return null;
    }
  }
  return null;
}

/** Refuses the password paths (sign-in, reset, invitation) where PASSWORD_SIGN_IN=off. */
export function requirePasswordSignIn(settings: AuthSettings, lang: Language): void {
  if (settings.passwordSignIn === false) {
    throw new UserError('FORBIDDEN', message(lang, 'password_sign_in_off'));
  }
}

export class AuthService {
  constructor(
    private readonly repo: AuthRepository,
    readonly settings: AuthSettings,
    private readonly secondFactor: SecondFactorRepository,
  ) {}

  /** The signed-in user behind the request, or null for an anonymous one. */
  async viewer(request: Request): Promise<SessionViewer | null> {
    const found = tokenFromRequest(request);
    return found ? this.viewerForToken(found.token, found.via) : null;
  }

  /**
   * The signed-in user behind a session token presented as `via`, or null when unknown, expired,
   * idle too long, of the other kind (a cookie session used as a bearer token, or the reverse) or
   * disabled.
   */
  async viewerForToken(token: string, via: SessionKind): Promise<SessionViewer | null> {
    if (token.length < 20 || token.length > TOKEN_MAX_LENGTH) return null;
    const tokenHash = hashToken(token);
    const found = await this.repo.viewerForSession(
      tokenHash,
      via,
      this.settings.sessionIdleMinutes,
    );
    if (!found) return null;
    // Last use is written at most once a minute: enough for the idle limit, no write per request.
    if (found.stale) await this.repo.touchSession(tokenHash);
    return {
      ...found.viewer,
      tokenHash,
      sessionId: found.sessionId,
      sessionKind: via,
      mustEnrol: found.mustEnrol,
    };
  }

  /**
   * Checks a password and, for an account with a second factor, its code or a recovery code, and
   * opens a fresh session, replacing `current` (the session of the same kind the request came
   * with). Each attempt is counted before its password is checked; see THROTTLE. A right password
   * without a code gives the attempt back and answers SECOND_FACTOR_REQUIRED (nothing opens); a
   * wrong code stays counted, so codes are throttled like passwords. `mustEnrol`: the role must
   * have a second factor and the account has none yet (the session is good for enrolling only).
   */
  async signIn(
    email: string,
    password: string,
    clientAddress: string | null,
    kind: SessionKind,
    current: SessionViewer | null = null,
    apiToken: ApiToken | null = null,
    second: SecondFactorAnswer = {},
  ): Promise<{ user: UserRow; token: string; expiresAt: Date; mustEnrol: boolean }> {
    const attempt = await this.takeAttempt(email, clientAddress);
    const user = await this.repo.userByEmail(attempt.email);
    // Verify against a dummy hash for unknown users, so timing does not reveal who has an account.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!user || !ok || user.disabled) {
      throw new UserError(
        'UNAUTHENTICATED',
        user?.disabled && ok
          ? 'This account is disabled; ask an administrator'
          : 'Unknown e-mail address or wrong password',
      );
    }
    const factor = await this.secondFactor.ofUser(user.id);
    if (factor?.secret)
      await this.checkSecondFactor(user.id, factor.secret, factor.lastStep, second, attempt.keys);
    await this.repo.attemptSucceeded(attempt.keys, attempt.pairKey, THROTTLE.knownAddressDays);
    if (user.passwordHash && needsRehash(user.passwordHash)) {
      await this.repo.replacePasswordHash(user.id, user.passwordHash, await hashPassword(password));
    }
    const { token, expiresAt } = await this.openSession(user.id, kind, current, apiToken);
    const { passwordHash: _hash, disabled: _disabled, language: _language, ...row } = user;
    return {
      user: row,
      token,
      expiresAt,
      mustEnrol: !factor?.secret && (factor?.required ?? false),
    };
  }

  /**
   * Checks a code of a signed-in user (confirming an enrolment, turning the second factor off),
   * throttled like sign-in under the account's e-mail address: `check` answers whether it was
   * right; a wrong one stays counted.
   */
  async throttledCheck(
    email: string,
    clientAddress: string | null,
    check: () => Promise<boolean>,
  ): Promise<boolean> {
    const attempt = await this.takeAttempt(email, clientAddress);
    const right = await check();
    if (right)
      await this.repo.attemptSucceeded(attempt.keys, attempt.pairKey, THROTTLE.knownAddressDays);
    return right;
  }

  /** Counts an attempt for the account and address, or throws TOO_MANY_REQUESTS (THROTTLE). */
  private async takeAttempt(email: string, clientAddress: string | null) {
    const normalised = email.trim().toLowerCase();
    const accountKey = `account:${normalised}`;
    const pairKey = `pair:${normalised}|${clientAddress ?? 'unknown'}`;
    const addressKey = clientAddress ? `address:${clientAddress}` : null;
    const keys = [accountKey, pairKey, ...(addressKey ? [addressKey] : [])];
    const wait = await this.repo.takeAttempt(keys, THROTTLE.windowMinutes, (rows) => {
      const wait = retryAfter(rows, { accountKey, pairKey, addressKey });
      return { count: wait > 0 ? [] : keys, result: wait };
    });
    if (wait > 0) {
      throw new UserError(
        'TOO_MANY_REQUESTS',
        `Too many failed sign-in attempts; try again in ${wait} seconds`,
        { retryAfter: wait },
      );
    }
    return { email: normalised, keys, pairKey };
  }

  /** The second step of a sign-in: a current code not used before, or an unused recovery code. */
  private async checkSecondFactor(
    userId: string,
    secret: string,
    lastStep: number,
    answer: SecondFactorAnswer,
    keys: string[],
  ): Promise<void> {
    const code = answer.code?.trim() || null;
    const recoveryCode = answer.recoveryCode?.trim() || null;
    if (!code && !recoveryCode) {
      await this.secondFactor.giveBackAttempt(keys);
      throw new UserError(
        'SECOND_FACTOR_REQUIRED',
        'Enter the code from your authenticator app (or a recovery code)',
      );
    }
    if (recoveryCode) {
      const left = await this.secondFactor.useRecoveryCode(userId, recoveryHash(recoveryCode));
      if (left === null) {
        throw new UserError('UNAUTHENTICATED', 'Wrong or already used recovery code', {
          field: 'recoveryCode',
        });
      }
      return;
    }
    const step = code ? await verifyCode(secret, code, lastStep) : null;
    if (step === null || !(await this.secondFactor.useStep(userId, secret, step))) {
      throw new UserError('UNAUTHENTICATED', 'Wrong, expired or already used code', {
        field: 'code',
      });
    }
  }

  /**
   * Opens a fresh session for a user whose identity is proven (a password, a mail link), replacing
   * `current` when it is of the same kind.
   */
  async openSession(
    userId: string,
    kind: SessionKind,
    current: SessionViewer | null = null,
    apiToken: ApiToken | null = null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = await this.repo.createSession({
      id: randomUUID(),
      userId,
      tokenHash: hashToken(token),
      hours: apiToken ? apiToken.days * 24 : this.settings.sessionHours,
      kind,
      name: apiToken?.name ?? null,
      // A named token is one more client of the account: it replaces nothing.
      replaces: !apiToken && current?.sessionKind === kind ? current.tokenHash : null,
    });
    return { token, expiresAt };
  }

  async signOut(tokenHash: string): Promise<void> {
    await this.repo.deleteSession(tokenHash);
  }

  /** The user's sessions that still work, newest first. */
  sessions(userId: string): Promise<SessionRow[]> {
    return this.repo.sessionsOfUser(userId, this.settings.sessionIdleMinutes);
  }

  /** Ends one of the user's own sessions; the token hash it had, or null when not theirs. */
  revokeSession(userId: string, sessionId: string): Promise<string | null> {
    return this.repo.revokeSession(userId, sessionId);
  }

  /** Deletes expired and idle sessions, sign-in counters nobody needs any more and old mail links. */
  purgeExpired(): Promise<{ sessions: number; throttles: number; tokens: number }> {
    return this.repo.purgeExpired(this.settings.sessionIdleMinutes, THROTTLE.windowMinutes);
  }

  /** Purges now and then every `purgeEveryMinutes`, on a timer that never keeps the process up. */
  startPurging(log: (message: string, error: unknown) => void): () => void {
    if (this.settings.purgeEveryMinutes <= 0) return () => {};
    const run = () => {
      this.purgeExpired().catch((error: unknown) => log('Purging expired sessions failed', error));
    };
    run();
    const timer = setInterval(run, this.settings.purgeEveryMinutes * 60_000);
    timer.unref();
    return () => clearInterval(timer);
  }
}

/** Seconds until the attempt may go ahead under THROTTLE's rules; 0 when it may now. */
function retryAfter(
  rows: ThrottleRow[],
  keys: { accountKey: string; pairKey: string; addressKey: string | null },
): number {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const pair = byKey.get(keys.pairKey);
  const account = byKey.get(keys.accountKey);
  const address = keys.addressKey ? byKey.get(keys.addressKey) : undefined;
  const waits = [
    pair && pair.count >= THROTTLE.perAccountAndAddress ? pair.resetsIn : 0,
    address && address.count >= THROTTLE.perAddress ? address.resetsIn : 0,
    account && account.count >= THROTTLE.perAccount && !pair?.known ? account.resetsIn : 0,
  ];
  return Math.max(0, ...waits);
}
