/**
 * A real OpenID Provider on loopback for tests (oidc-provider, its own login and consent forms),
 * with one registered client and fictional accounts whose claims each test chooses. The app talks
 * to it as to any identity provider: discovery, authorization code + PKCE, token, userinfo,
 * end-session.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { SsoProvider } from '../../server/src/auth/sso-config';

/** The claims of one fictional account; `sub` is also the login typed into the provider's form. */
export type TestClaims = { sub: string; email?: string; name?: string } & Record<string, unknown>;

export interface TestIdentityProvider {
  issuer: string;
  /** The provider as OIDC_PROVIDERS would configure it. */
  config: SsoProvider;
  /** Adds (or replaces) an account the provider knows. */
  addAccount(claims: TestClaims): void;
  close(): Promise<void>;
}

export async function startIdentityProvider(options: {
  id?: string;
  name?: string;
  /** The app's address: its callback and post-sign-out addresses are registered with the client. */
  appUrl: string;
}): Promise<TestIdentityProvider> {
  const accounts = new Map<string, TestClaims>();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const id = options.id ?? 'test-idp';
  const clientId = `confine-${randomBytes(4).toString('hex')}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.appUrl}/auth/sso/${id}/callback`],
        post_logout_redirect_uris: [`${options.appUrl}/`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
      groups: ['groups'],
    },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    async findAccount(_ctx, sub) {
      const claims = accounts.get(sub);
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ ...claims, sub }) };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    config: {
      id,
      name: options.name ?? 'Testorganisatie',
      issuer,
      clientId,
      clientSecret,
      scopes: ['openid', 'email', 'profile', 'groups'],
      endSession: true,
    },
    addAccount(claims) {
      accounts.set(claims.sub, claims);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Cookies per host, enough for one browser-like walk through the redirects. */
export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  header(url: string): string {
    const cookies = this.byHost.get(new URL(url).host) ?? new Map<string, string>();
    return [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(url: string, name: string): string | undefined {
    return this.byHost.get(new URL(url).host)?.get(name);
  }

  store(url: string, response: Response): void {
    const host = new URL(url).host;
    const cookies = this.byHost.get(host) ?? new Map<string, string>();
    this.byHost.set(host, cookies);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => {
        const [key, val] = a.trim().split('=');
        return key?.toLowerCase() === 'expires' && new Date(val ?? '').getTime() < Date.now();
      });
      if (!value || expired) cookies.delete(name);
      else cookies.set(name, value);
    }
  }
}
