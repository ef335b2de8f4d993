/**
 * Single sign-on with OpenID Connect (authorization code + PKCE, openid-client): sending the
 * browser to an identity provider, checking what comes back, and deciding who gets in: an account
 * an administrator made for that e-mail address (linked on first use), or a claim mapping (role
 * and scope from a claim; a new account only where the mapping allows). Anyone else is refused,
 * audited, and nothing is created.
 */
import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Editor } from '../audit/editor';
import { hashToken, newToken } from '../shared/tokens';
import type { AccountRow, AuthRepository, UserRole } from './auth.repository';
import type { AuthService } from './auth.service';
import type { SsoMappingRow, SsoRepository } from './sso.repository';
import { isLoopbackIssuer, type SsoProvider } from './sso-config';

/** The browser's cookie that ties a callback to the sign-in it started (only its hash is kept). */
export const SSO_COOKIE = 'confine_sso';
/** How long a sign-in may stay at the identity provider. */
export const SSO_ATTEMPT_MINUTES = 10;

/** Why a sign-in through a provider was refused; the sign-in page says it in nl/fr/en. */
export type SsoRefusal =
  | 'sso_failed'
  | 'sso_provider_error'
  | 'sso_unavailable'
  | 'sso_no_account'
  | 'sso_no_email'
  | 'sso_disabled';

export class SsoRefused extends Error {
  constructor(
    readonly code: SsoRefusal,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

const RANK: Record<UserRole, number> = { STAFF: 1, COORDINATOR: 2, ADMIN: 3 };

type Claims = Record<string, unknown>;

interface SsoDeps {
  providers: SsoProvider[];
  /** The app's address as users open it: the redirect URIs registered at the providers start with it. */
  publicUrl: string;
  auth: AuthService;
  users: AuthRepository;
  sso: SsoRepository;
  editor: Editor;
  log: (message: string, error: unknown) => void;
  /** Tells an account holder that a provider now signs them in (AccountLinks.noticeSignInMethod). */
  notice?: (email: string, provider: string) => Promise<unknown>;
}

export class SsoService {
  private readonly configurations = new Map<string, Promise<oidc.Configuration>>();

  constructor(private readonly deps: SsoDeps) {}

  get providers(): SsoProvider[] {
    return this.deps.providers;
  }

  provider(id: string): SsoProvider | null {
    return this.deps.providers.find((p) => p.id === id) ?? null;
  }

  /** The callback address registered at the provider. */
  redirectUri(provider: SsoProvider): string {
    return `${this.deps.publicUrl}/auth/sso/${provider.id}/callback`;
  }

  /** The provider's metadata, discovered once (again after a failure). */
  private configuration(provider: SsoProvider): Promise<oidc.Configuration> {
    let found = this.configurations.get(provider.id);
    if (!found) {
      found = oidc.discovery(
        new URL(provider.issuer),
        provider.clientId,
        provider.clientSecret ?? undefined,
        provider.clientSecret ? oidc.ClientSecretPost(provider.clientSecret) : oidc.None(),
        isLoopbackIssuer(provider.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      );
      found.catch(() => this.configurations.delete(provider.id));
      this.configurations.set(provider.id, found);
    }
    return found;
  }

  /**
   * Starts a sign-in: keeps state, nonce and PKCE verifier server-side under the hash of a fresh
   * cookie value, and answers the provider's address and that cookie value.
   */
  async start(provider: SsoProvider, returnTo: string): Promise<{ location: string; key: string }> {
    let config: oidc.Configuration;
    try {
      config = await this.configuration(provider);
    } catch (error) {
      this.deps.log(`Identity provider ${provider.id} cannot be reached`, error);
      throw new SsoRefused('sso_unavailable', provider.id);
    }
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const verifier = oidc.randomPKCECodeVerifier();
    const key = newToken();
    await this.deps.sso.createAttempt({
      keyHash: hashToken(key),
      providerId: provider.id,
      state,
      nonce,
      verifier,
      returnTo,
      minutes: SSO_ATTEMPT_MINUTES,
    });
    const location = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(provider),
      scope: provider.scopes.join(' '),
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    return { location: location.href, key };
  }

  /**
   * Finishes a sign-in: the attempt of the browser's cookie (used up, whatever happens next), the
   * code exchanged with state, nonce and PKCE checked, then who gets in. Answers the session.
   */
  async callback(
    provider: SsoProvider,
    callbackUrl: URL,
    key: string | null,
  ): Promise<{ token: string; expiresAt: Date; returnTo: string }> {
    const attempt = key ? await this.deps.sso.takeAttempt(hashToken(key)) : null;
    if (!attempt || attempt.providerId !== provider.id) {
      throw new SsoRefused('sso_failed', 'no sign-in under way for this browser (or it expired)');
    }
    if (callbackUrl.searchParams.has('error')) {
      throw new SsoRefused(
        'sso_provider_error',
        `${callbackUrl.searchParams.get('error')}: ${callbackUrl.searchParams.get('error_description') ?? ''}`,
      );
    }
    let claims: Claims;
    let idToken: string | null;
    try {
      const config = await this.configuration(provider);
      // The address the provider sent the browser to, whatever proxy stood in between.
      const current = new URL(this.redirectUri(provider));
      current.search = callbackUrl.search;
      const tokens = await oidc.authorizationCodeGrant(
        config,
        current,
        {
          pkceCodeVerifier: attempt.verifier,
          expectedState: attempt.state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        },
        { redirect_uri: this.redirectUri(provider) },
      );
      const fromToken = tokens.claims() as Claims | undefined;
      if (!fromToken?.sub) throw new Error('no ID token');
      idToken = tokens.id_token ?? null;
      let fromUserInfo: Claims = {};
      if (config.serverMetadata().userinfo_endpoint && tokens.access_token) {
        fromUserInfo = (await oidc.fetchUserInfo(
          config,
          tokens.access_token,
          String(fromToken.sub),
        )) as Claims;
      }
      claims = { ...fromUserInfo, ...fromToken };
    } catch (error) {
      if (error instanceof SsoRefused) throw error;
      this.deps.log(`Sign-in through ${provider.id} failed its checks`, error);
      throw new SsoRefused('sso_failed', (error as Error).message);
    }
    const userId = await this.admit(provider, claims);
    const session = await this.deps.auth.openSession(userId, 'cookie');
    await this.deps.sso.markSession(hashToken(session.token), provider.id, idToken);
    return { ...session, returnTo: attempt.returnTo };
  }

  /** Who the provider's claims let in, per the rules at the top; the account's id. */
  async admit(provider: SsoProvider, claims: Claims): Promise<string> {
    const subject = String(claims.sub);
    const email =
      typeof claims.email === 'string' && claims.email_verified !== false
        ? claims.email.trim().toLowerCase()
        : null;
    const mappings = (await this.deps.sso.mappings()).filter(
      (m) => m.providerId === provider.id && claimMatches(claims, m.claim, m.value),
    );
    const grant = grantOf(mappings);
    const linkedId = await this.deps.sso.identityUser(provider.id, subject);
    const byEmail = linkedId ? null : email ? await this.deps.users.userByEmail(email) : null;
    const userId = linkedId ?? byEmail?.id ?? null;
    const refuse = async (code: SsoRefusal, reason: string) => {
      await this.deps.editor.access(
        { id: `sso:${provider.id}`, email: email ?? subject },
        'SIGN_IN_REFUSED',
        { type: 'User', id: userId ?? `sso:${provider.id}:${subject}`, name: email },
        { provider: provider.id, subject, email, reason },
      );
      throw new SsoRefused(code, reason);
    };

    if (userId) {
      const account = await this.deps.users.account(userId);
      if (!account) return refuse('sso_no_account', 'the linked account is gone');
      if (account.disabled) return refuse('sso_disabled', 'the account is disabled');
      await this.update(account, provider, subject, linkedId === null, grant);
      return userId;
    }
    if (!grant) return refuse('sso_no_account', 'no account for this e-mail and no claim mapping');
    if (!grant.createAccounts) {
      return refuse('sso_no_account', `mapping ${grant.ids.join(', ')} does not create accounts`);
    }
    if (!email) return refuse('sso_no_email', 'no verified e-mail address in the claims');
    return this.createAccount(provider, subject, email, nameOf(claims, email), grant);
  }

  /** Links the identity on first use and applies a mapping's role and scope, audited. */
  private async update(
    account: AccountRow,
    provider: SsoProvider,
    subject: string,
    link: boolean,
    grant: Grant | null,
  ) {
    const scopeBefore = [...account.scopeRegionIds, ...account.scopeOrganisationIds];
    const roleChanges = grant && grant.role !== account.role;
    const scopeChanges =
      grant && JSON.stringify([...scopeBefore].sort()) !== JSON.stringify(grant.scopeIds);
    if (!link && !roleChanges && !scopeChanges) return;
    await this.deps.editor.run(account, async (w) => {
      if (link) await this.deps.sso.linkIdentityIn(w.tx, provider.id, subject, account.id);
      if (grant && (roleChanges || scopeChanges)) {
        await this.deps.users.updateUser(
          w.tx,
          account.id,
          roleChanges ? { role: grant.role } : {},
          undefined,
          scopeChanges ? grant.scopeIds : undefined,
        );
      }
      await w.record('UPDATE', { id: account.id, label: 'User', current: { name: account.name } }, [
        ...(link ? [{ field: 'ssoIdentity', from: null, to: provider.id }] : []),
        ...(grant ? [{ field: 'ssoMapping', from: null, to: grant.ids }] : []),
        ...(roleChanges ? [{ field: 'role', from: account.role, to: grant.role }] : []),
        ...(scopeChanges ? [{ field: 'scopeIds', from: scopeBefore, to: grant.scopeIds }] : []),
      ]);
    });
    // A new way into the account: its holder hears of it, so a link they did not make shows.
    if (link) await this.deps.notice?.(account.email, provider.name);
  }

  /** A new account, just in time, with the mapping's role and scope; audited as made by itself. */
  private async createAccount(
    provider: SsoProvider,
    subject: string,
    email: string,
    name: string,
    grant: Grant,
  ): Promise<string> {
    const id = `user-${randomBytes(8).toString('hex')}`;
    await this.deps.editor.run({ id, email }, async (w) => {
      await this.deps.users.createUserIn(w.tx, {
        id,
        email,
        name,
        role: grant.role,
        passwordHash: null,
      });
      await this.deps.users.updateUser(w.tx, id, {}, undefined, grant.scopeIds);
      await this.deps.sso.linkIdentityIn(w.tx, provider.id, subject, id);
      await w.record('CREATE', { id, label: 'User', current: { name } }, [
        { field: 'email', from: null, to: email },
        { field: 'role', from: null, to: grant.role },
        { field: 'scopeIds', from: null, to: grant.scopeIds },
        { field: 'ssoIdentity', from: null, to: provider.id },
        { field: 'ssoMapping', from: null, to: grant.ids },
      ]);
    });
    return id;
  }

  /**
   * Where the browser goes after signing out of a session that came through a provider: the
   * provider's end_session_endpoint (RP-initiated logout), or null.
   */
  async endSessionUrl(tokenHash: string): Promise<string | null> {
    const found = await this.deps.sso.sessionProvider(tokenHash);
    const provider = found ? this.provider(found.providerId) : null;
    if (!found || !provider?.endSession) return null;
    try {
      const config = await this.configuration(provider);
      if (!config.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, {
        post_logout_redirect_uri: `${this.deps.publicUrl}/`,
        ...(found.idToken ? { id_token_hint: found.idToken } : { client_id: provider.clientId }),
      }).href;
    } catch (error) {
      this.deps.log(`Identity provider ${provider.id} cannot be reached for sign-out`, error);
      return null;
    }
  }
}

interface Grant {
  role: UserRole;
  scopeIds: string[];
  createAccounts: boolean;
  ids: string[];
}

/** The highest role among the matching mappings, with the scope and JIT flag of those giving it. */
function grantOf(mappings: SsoMappingRow[]): Grant | null {
  if (mappings.length === 0) return null;
  const top = Math.max(...mappings.map((m) => RANK[m.role]));
  const giving = mappings.filter((m) => RANK[m.role] === top);
  return {
    role: giving[0]?.role ?? 'STAFF',
    scopeIds: [...new Set(giving.flatMap((m) => m.scopeIds))].sort(),
    createAccounts: giving.some((m) => m.createAccounts),
    ids: giving.map((m) => m.id),
  };
}

/** True when the claim (a name, or a dotted path such as realm_access.roles) holds the value. */
export function claimMatches(claims: Claims, claim: string, value: string): boolean {
  let found: unknown = claims[claim];
  if (found === undefined && claim.includes('.')) {
    found = claim
      .split('.')
      .reduce<unknown>(
        (at, part) =>
          at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined,
        claims,
      );
  }
  const values = Array.isArray(found) ? found : [found];
  return values.some(
    (v) =>
      (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') &&
      String(v) === value,
  );
}

function nameOf(claims: Claims, email: string): string {
  const given = [claims.given_name, claims.family_name].filter((p) => typeof p === 'string');
  const name = typeof claims.name === 'string' ? claims.name : given.join(' ');
  const clean = name
    .replace(/[\p{Cc}]/gu, '')
    .trim()
    .slice(0, 120);
  return clean.length >= 2 ? clean : email;
}

/** A path inside the app to come back to, or / for anything else (no open redirect). */
export function safeReturnTo(value: string | null): string {
  return value && value.length <= 500 && /^\/(?![/\\])/.test(value) && !/[\p{Cc}]/u.test(value)
    ? value
    : '/';
}
