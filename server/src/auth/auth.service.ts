/** Sign-in, sessions (cookie or bearer token) and throttling of failed attempts. */
import { createHash, randomBytes } from 'node:crypto';
import { UserError } from '../errors';
import type { AuthRepository, UserRow, Viewer } from './auth.repository';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password';

export const SESSION_COOKIE = 'confine_session';

export interface AuthSettings {
  sessionHours: number;
  secureCookies: boolean;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The session token a request carries, and how it carries it. An Authorization header decides
 * alone: with any other scheme than a well-formed `Bearer <token>` the request is anonymous, and
 * the cookie never stands in, since the CSRF check only spares bearer requests (csrf.plugin.ts).
 */
export function tokenFromRequest(
  request: Request,
): { token: string; via: 'bearer' | 'cookie' } | null {
  const header = request.headers.get('authorization');
  if (header !== null) {
    // RFC 6750's b64token: what our tokens (base64url) and any sane client send.
    const bearer = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
    return bearer?.[1] ? { token: bearer[1], via: 'bearer' } : null;
  }
  const cookie = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

function readCookie(header: string | null, name: string): string | null {
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

export class AuthService {
  constructor(
    private readonly repo: AuthRepository,
    readonly settings: AuthSettings,
  ) {}

  /** The signed-in user behind the request, or null for an anonymous one. */
  async viewer(request: Request): Promise<(Viewer & { tokenHash: string }) | null> {
    const found = tokenFromRequest(request);
    return found ? this.viewerForToken(found.token) : null;
  }

  /** The signed-in user behind a session token, or null when unknown, expired or disabled. */
  async viewerForToken(token: string): Promise<(Viewer & { tokenHash: string }) | null> {
    if (token.length < 20 || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const viewer = await this.repo.viewerForSession(tokenHash);
    return viewer ? { ...viewer, tokenHash } : null;
  }

  /**
   * Checks a password and opens a session. Failures are counted per e-mail address and per
   * client address; too many lock that key for a while, whatever the password.
   */
  async signIn(
    email: string,
    password: string,
    clientAddress: string | null,
    kind: 'cookie' | 'bearer',
  ): Promise<{ user: UserRow; token: string; expiresAt: Date }> {
    const normalised = email.trim().toLowerCase();
    const keys = [`email:${normalised}`, ...(clientAddress ? [`ip:${clientAddress}`] : [])];
    const wait = await this.repo.retryAfter(keys);
    if (wait > 0) {
      throw new UserError(
        'TOO_MANY_REQUESTS',
        `Too many failed sign-in attempts; try again in ${wait} seconds`,
        { retryAfter: wait },
      );
    }
    const user = await this.repo.userByEmail(normalised);
    // Verify against a dummy hash for unknown users, so timing does not reveal who has an account.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!user || !ok || user.disabled) {
      await this.repo.recordFailure(keys);
      throw new UserError(
        'UNAUTHENTICATED',
        user?.disabled && ok
          ? 'This account is disabled; ask an administrator'
          : 'Unknown e-mail address or wrong password',
      );
    }
    await this.repo.resetFailures(keys);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = await this.repo.createSession(
      user.id,
      hashToken(token),
      this.settings.sessionHours,
      kind,
    );
    const { passwordHash: _hash, disabled: _disabled, ...row } = user;
    return { user: row, token, expiresAt };
  }

  async signOut(tokenHash: string): Promise<void> {
    await this.repo.deleteSession(tokenHash);
  }
}
