/**
 * GET /manual/<barrier>.pdf?region=<id>&lang=NL|FR|EN: the manual as a PDF download. Like the
 * exports (export/export.plugin.ts) it is answered by a GraphQL request with the caller's own
 * bearer token or session cookie, so the personal-data rule, CSRF checks and request budgets
 * are the very same as for the page; only the rendering happens here.
 */
import type { Plugin } from 'graphql-yoga';
import { MANUAL_FIRST_CALLS_QUERY, MANUAL_QUERY } from '../../../shared/manual-query';
import { download, downloadLanguage } from '../http/downloads';
import type { FirstCallsData, ManualData } from './manual-document';
import { renderManualPdf } from './manual-pdf';

const PATH = /^\/manual\/([A-Za-z_]{1,40})\.pdf$/;

export function useManualDownloads(): Plugin {
  return {
    async onRequest(event) {
      const { request, url, endResponse, fetchAPI } = event;
      if (!url.pathname.startsWith('/manual/')) return;
      const { json, refuse, ask } = download(event);
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
      const lang = downloadLanguage(url);
      const variables = { b: match[1].toUpperCase(), r: region, l: lang };
      // Two requests, like the page: the first call per need once the first answer is in.
      const first = await ask<ManualData>(MANUAL_QUERY, variables);
      if (first.errors?.length || !first.data?.manual) return endResponse(refuse(first.errors));
      const more = await ask<FirstCallsData>(MANUAL_FIRST_CALLS_QUERY, variables);
      if (more.errors?.length || !more.data) return endResponse(refuse(more.errors));
      const answer = { ...first.data, ...more.data };
      const pdf = await renderManualPdf(answer, lang);
      const filename = `manual-${answer.manual.barrier.code.toLowerCase()}-${lang.toLowerCase()}.pdf`;
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
