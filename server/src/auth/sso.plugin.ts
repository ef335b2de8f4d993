/**
 * The browser's side of single sign-on: GET /auth/sso/<provider>/start sends it to the identity
 * provider, GET /auth/sso/<provider>/callback brings it back signed in (the same session cookie as
 * a password sign-in) or on the sign-in page with the reason it was refused (?sso_error=<code>).
 */
import type { Plugin } from 'graphql-yoga';
import { readCookie, SESSION_COOKIE } from './auth.service';
import {
  SSO_ATTEMPT_MINUTES,
  SSO_COOKIE,
  SsoRefused,
  type SsoService,
  safeReturnTo,
} from './sso.service';

const PATH = /^\/auth\/sso\/([a-z0-9-]{1,40})\/(start|callback)$/;

export function useSsoRoutes(sso: SsoService, secureCookies: boolean): Plugin {
  const cookie = (name: string, value: string, path: string, expires: Date) =>
    [
      `${name}=${encodeURIComponent(value)}`,
      `Path=${path}`,
      `Expires=${expires.toUTCString()}`,
      'HttpOnly',
      'SameSite=Lax',
      ...(secureCookies ? ['Secure'] : []),
    ].join('; ');
  const clearAttempt = () => cookie(SSO_COOKIE, '', '/auth/sso/', new Date(0));
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/auth/')) return;
      const redirect = (location: string, cookies: string[] = []) => {
        const headers = new fetchAPI.Headers({ location, 'cache-control': 'no-store' });
        for (const c of cookies) headers.append('set-cookie', c);
        return endResponse(new fetchAPI.Response(null, { status: 303, headers }));
      };
      const match = PATH.exec(url.pathname);
      const provider = match?.[1] ? sso.provider(match[1]) : null;
      if (!match || !provider) {
        return endResponse(new fetchAPI.Response('No such sign-in route', { status: 404 }));
      }
      if (request.method !== 'GET') {
        return endResponse(
          new fetchAPI.Response('Use GET', { status: 405, headers: { allow: 'GET' } }),
        );
      }
      const refused = (error: unknown) => {
        if (!(error instanceof SsoRefused)) throw error;
        return redirect(`/sign-in?sso_error=${error.code}`, [clearAttempt()]);
      };
      if (match[2] === 'start') {
        try {
          const { location, key } = await sso.start(
            provider,
            safeReturnTo(url.searchParams.get('returnTo')),
          );
          const expires = new Date(Date.now() + SSO_ATTEMPT_MINUTES * 60_000);
          return redirect(location, [cookie(SSO_COOKIE, key, '/auth/sso/', expires)]);
        } catch (error) {
          return refused(error);
        }
      }
      try {
        const key = readCookie(request.headers.get('cookie'), SSO_COOKIE);
        const session = await sso.callback(provider, url, key);
        return redirect(session.returnTo, [
          clearAttempt(),
          cookie(SESSION_COOKIE, session.token, '/', session.expiresAt),
        ]);
      } catch (error) {
        return refused(error);
      }
    },
  };
}
