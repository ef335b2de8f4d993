/**
 * CSRF protection for cookie sessions: a request that carries the session cookie must be one a
 * cross-site form cannot forge (a JSON POST, or a GET, which only ever runs queries) and, when
 * the browser says where it comes from, come from this origin. Bearer tokens are not affected.
 */
import type { Plugin } from 'graphql-yoga';
import { SESSION_COOKIE } from './auth.service';

const SAFE_TYPES = ['application/json', 'application/graphql-response+json'];

export function useCsrfProtection(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (!request.headers.get('cookie')?.includes(`${SESSION_COOKIE}=`)) return;
      if (request.headers.get('authorization')) return;
      const type =
        (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const method = request.method.toUpperCase();
      const origin = request.headers.get('origin');
      const crossOrigin = origin !== null && origin !== 'null' && new URL(origin).host !== url.host;
      const forgeable = method !== 'GET' && method !== 'HEAD' && !SAFE_TYPES.includes(type);
      if (crossOrigin || forgeable || origin === 'null') {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message:
                    'Cross-site request refused: send JSON from this site, or use a bearer token',
                  extensions: { code: 'FORBIDDEN' },
                },
              ],
            }),
            { status: 403, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
  };
}
