/**
 * CSRF protection for cookie sessions: a request that carries the session cookie must be one a
 * cross-site form cannot forge (a JSON POST, or a GET, which only ever runs queries) and, when
 * the browser says where it comes from, come from this origin. Only a well-formed bearer token
 * is exempt: with it the cookie is not used at all (tokenFromRequest in auth.service.ts), while
 * any other Authorization header leaves the request to the same check as a bare cookie.
 */
import type { Plugin } from 'graphql-yoga';
import { SESSION_COOKIE, tokenFromRequest } from './auth.service';

const SAFE_TYPES = ['application/json', 'application/graphql-response+json'];

export function useCsrfProtection(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!request.headers.get('cookie')?.includes(`${SESSION_COOKIE}=`)) return;
      if (tokenFromRequest(request)?.via === 'bearer') return;
      const refuse = (status: number, code: string, message: string) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
            status,
            headers: { 'content-type': 'application/json' },
          }),
        );
      const type =
        (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const method = request.method.toUpperCase();
      const origin = request.headers.get('origin');
      let originHost: string | null = null;
      if (origin !== null && origin !== 'null') {
        try {
          originHost = new URL(origin).host;
        } catch {
          return refuse(400, 'BAD_REQUEST', 'Malformed Origin header: expected scheme://host');
        }
      }
      const crossOrigin = originHost !== null && originHost !== url.host;
      const forgeable = method !== 'GET' && method !== 'HEAD' && !SAFE_TYPES.includes(type);
      if (crossOrigin || forgeable || origin === 'null') {
        refuse(
          403,
          'FORBIDDEN',
          'Cross-site request refused: send JSON from this site, or use a bearer token',
        );
      }
    },
  };
}
