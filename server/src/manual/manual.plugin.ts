/**
 * GET /manual/<barrier>.pdf?region=<id>&lang=NL|FR|EN: the manual as a PDF download. Like the
 * exports (export/export.plugin.ts) it is answered by a GraphQL request with the caller's own
 * bearer token or session cookie, so the personal-data rule, CSRF checks and request budgets
 * are the very same as for the page; only the rendering happens here.
 */
import type { Plugin } from 'graphql-yoga';
import type { Language } from '../shared/language';
import {
  FIRST_CALLS_QUERY,
  type FirstCallsData,
  MANUAL_QUERY,
  type ManualData,
} from './manual-document';
import { renderManualPdf } from './manual-pdf';

const PATH = /^\/manual\/([A-Za-z_]{1,40})\.pdf$/;

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  DATABASE_UNAVAILABLE: 503,
};

const language = (url: URL): Language => {
  const lang = url.searchParams.get('lang')?.toUpperCase();
  return lang === 'FR' || lang === 'EN' ? lang : 'NL';
};

export function useManualDownloads(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI, requestHandler, serverContext }) {
      if (!url.pathname.startsWith('/manual/')) return;
      const json = (status: number, body: unknown) =>
        new fetchAPI.Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        });
      if (request.method !== 'GET') {
        return endResponse(json(405, { errors: [{ message: 'Use GET to download a manual' }] }));
      }
      const match = PATH.exec(url.pathname);
      if (!match?.[1]) return endResponse(json(404, { errors: [{ message: 'No such manual' }] }));
      const region = url.searchParams.get('region');
      if (!region || region.length > 200) {
        return endResponse(
          json(400, { errors: [{ message: 'Give a region', extensions: { field: 'region' } }] }),
        );
      }
      const lang = language(url);
      const headers = new fetchAPI.Headers({ 'content-type': 'application/json' });
      for (const name of ['authorization', 'cookie', 'accept-language']) {
        const value = request.headers.get(name);
        if (value) headers.set(name, value);
      }
      const variables = { b: match[1].toUpperCase(), r: region, l: lang };
      const ask = async <T>(query: string) => {
        const body = JSON.stringify({ query, variables });
        headers.set('content-length', String(Buffer.byteLength(body)));
        const answer = await requestHandler(
          new fetchAPI.Request(new URL('/graphql', url), { method: 'POST', headers, body }),
          serverContext,
        );
        return (await answer.json()) as {
          data?: T | null;
          errors?: { extensions?: { code?: string } }[];
        };
      };
      const refuse = (errors: { extensions?: { code?: string } }[] = []) =>
        endResponse(json(STATUS[errors[0]?.extensions?.code ?? ''] ?? 500, { errors }));
      // Two requests, like the page: the first call per need once the first answer is in.
      const first = await ask<ManualData>(MANUAL_QUERY);
      if (first.errors?.length || !first.data?.manual) return refuse(first.errors);
      const more = await ask<FirstCallsData>(FIRST_CALLS_QUERY);
      if (more.errors?.length || !more.data) return refuse(more.errors);
      const result = { data: { ...first.data, ...more.data } };
      const pdf = await renderManualPdf(result.data, lang);
      const filename = `manual-${result.data.manual.barrier.code.toLowerCase()}-${lang.toLowerCase()}.pdf`;
      endResponse(
        new fetchAPI.Response(new Uint8Array(pdf), {
          status: 200,
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': `attachment; filename="${filename}"`,
            'content-length': String(pdf.byteLength),
            'cache-control': 'no-store',
          },
        }),
      );
    },
  };
}
