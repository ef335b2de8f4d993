/**
 * GET /access-request/<person id>.json|.html?lang=NL|FR|EN: an access request as a file for the
 * administrator's browser. Answered like the exports (http/downloads.ts): by the GraphQL field
 * `accessRequest`, with the caller's own bearer token or session cookie, so the rule
 * (administrators only) and the EXPORT event are the very same.
 */
import type { Plugin } from 'graphql-yoga';
import { download, downloadLanguage } from '../http/downloads';

const PATH = /^\/access-request\/([A-Za-z0-9_-]{1,200})\.(json|html)$/;
const QUERY =
  'query ($id: ID!, $l: Language!, $f: AccessRequestFormat!) { accessRequest(personId: $id, lang: $l, format: $f) }';

export function useAccessRequestDownloads(): Plugin {
  return {
    async onRequest(event) {
      const { request, url, endResponse, fetchAPI } = event;
      if (!url.pathname.startsWith('/access-request/')) return;
      const { json, refuse, ask } = download(event);
      if (request.method !== 'GET') {
        return endResponse(json(405, { errors: [{ message: 'Use GET to download it' }] }));
      }
      const match = PATH.exec(url.pathname);
      if (!match?.[1] || !match[2]) {
        return endResponse(json(404, { errors: [{ message: 'No such document' }] }));
      }
      const [, id, format] = match;
      const lang = downloadLanguage(url);
      const result = await ask<{ accessRequest: string }>(QUERY, {
        id,
        l: lang,
        f: format.toUpperCase(),
      });
      const text = result.data?.accessRequest;
      if (result.errors?.length || typeof text !== 'string')
        return endResponse(refuse(result.errors));
      const html = format === 'html';
      endResponse(
        new fetchAPI.Response(text, {
          status: 200,
          headers: {
            'content-type': html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
            // The page opens in the browser to be read and printed; the JSON is saved as a file.
            'content-disposition': `${html ? 'inline' : 'attachment'}; filename="access-request-${id}-${lang.toLowerCase()}.${format}"`,
            'cache-control': 'no-store',
          },
        }),
      );
    },
  };
}
