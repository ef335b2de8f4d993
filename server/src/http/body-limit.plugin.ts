/**
 * Refuses oversized request bodies before reading them (413), bodies of unknown size (411) and
 * a Content-Length that is no number (400).
 */
import type { Plugin } from 'graphql-yoga';

export const MAX_BODY_BYTES = 8 * 1024 * 1024;

function refuse(fetchAPI: { Response: typeof Response }, status: number, message: string) {
  return new fetchAPI.Response(
    JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }),
    {
      status,
      headers: { 'content-type': 'application/json' },
    },
  );
}

export function useBodyLimit(maxBytes = MAX_BODY_BYTES): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS')
        return;
      const length = request.headers.get('content-length');
      if (length === null) {
        if (request.body !== null)
          endResponse(refuse(fetchAPI, 411, 'Send the request body with a Content-Length'));
        return;
      }
      if (!/^\d+$/.test(length)) {
        endResponse(refuse(fetchAPI, 400, 'Malformed Content-Length header'));
        return;
      }
      if (Number(length) > maxBytes) {
        endResponse(
          refuse(
            fetchAPI,
            413,
            `The request body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
          ),
        );
      }
    },
  };
}
