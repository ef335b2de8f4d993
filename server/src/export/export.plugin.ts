/**
 * GET /export/<file>: the exports as file downloads for a browser link. Each one is answered by
 * the GraphQL field of the same export, with the caller's bearer token or session cookie, so the
 * rules (persons for administrators and, within their scope, coordinators; backup for
 * administrators) and the audit event of each download are the very same.
 *
 *   /export/organisations.csv, /export/contact-points.csv, /export/persons.csv,
 *   /export/agreements.csv (?separator=comma, ?organisation=<id>), the same as .xlsx
 *   (?organisation=<id>), /export/backup.json,
 *   /export/audit-log.csv?entity=<id>&user=<id>&from=<ISO moment>&to=<ISO moment>&lang=FR,
 *   /export/contacts/<id>.vcf (?lang=FR), /export/who-to-call.vcf?barrier=HOUSING&region=…
 */
import type { Plugin } from 'graphql-yoga';
import { download, downloadLanguage } from '../http/downloads';

interface Route {
  query: string;
  variables: Record<string, unknown>;
  field: string;
  filename: string;
  type: string;
  /** Excel reads UTF-8 CSV correctly only with a byte-order mark. */
  bom: boolean;
  /** The field answers base64 bytes (a workbook). */
  binary?: boolean;
}

const CSV = {
  'organisations.csv': 'ORGANISATIONS',
  'contact-points.csv': 'CONTACT_POINTS',
  'persons.csv': 'PERSONS',
  'agreements.csv': 'AGREEMENTS',
} as const;

/** The GraphQL request that answers a download path; null for an unknown path. */
export function exportRoute(url: URL): Route | null {
  const name = url.pathname.slice('/export/'.length);
  if (name in CSV) {
    return {
      query:
        'query ($e: ExportEntity!, $s: CsvSeparator!, $o: ID) { exportCsv(entity: $e, separator: $s, organisationId: $o) }',
      variables: {
        e: CSV[name as keyof typeof CSV],
        s: url.searchParams.get('separator')?.toLowerCase() === 'comma' ? 'COMMA' : 'SEMICOLON',
        o: url.searchParams.get('organisation') || null,
      },
      field: 'exportCsv',
      filename: name,
      type: 'text/csv; charset=utf-8',
      bom: true,
    };
  }
  if (name === 'audit-log.csv') {
    const p = url.searchParams;
    return {
      query: `query ($e: ID, $u: ID, $f: DateTime, $t: DateTime, $s: CsvSeparator!, $l: Language!) {
        auditLogCsv(entityId: $e, userId: $u, from: $f, to: $t, separator: $s, lang: $l) }`,
      variables: {
        e: p.get('entity') || null,
        u: p.get('user') || null,
        f: p.get('from') || null,
        t: p.get('to') || null,
        s: p.get('separator')?.toLowerCase() === 'comma' ? 'COMMA' : 'SEMICOLON',
        l: downloadLanguage(url),
      },
      field: 'auditLogCsv',
      filename: 'audit-log.csv',
      type: 'text/csv; charset=utf-8',
      bom: true,
    };
  }
  const sheet = /^(.+)\.xlsx$/.exec(name)?.[1];
  if (sheet && `${sheet}.csv` in CSV) {
    return {
      query: 'query ($e: ExportEntity!, $o: ID) { exportXlsx(entity: $e, organisationId: $o) }',
      variables: {
        e: CSV[`${sheet}.csv` as keyof typeof CSV],
        o: url.searchParams.get('organisation') || null,
      },
      field: 'exportXlsx',
      filename: name,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bom: false,
      binary: true,
    };
  }
  if (name === 'backup.json') {
    return {
      query: '{ backup }',
      variables: {},
      field: 'backup',
      filename: `confine-backup-${new Date().toISOString().slice(0, 10)}.json`,
      type: 'application/json; charset=utf-8',
      bom: false,
    };
  }
  const contact = /^contacts\/([A-Za-z0-9_-]{1,200})\.vcf$/.exec(name);
  if (contact) {
    return {
      query: 'query ($id: ID!, $l: Language!) { vcard(contactId: $id, lang: $l) }',
      variables: { id: contact[1], l: downloadLanguage(url) },
      field: 'vcard',
      filename: `${contact[1]}.vcf`,
      type: 'text/vcard; charset=utf-8',
      bom: false,
    };
  }
  if (name === 'who-to-call.vcf') {
    const p = url.searchParams;
    const limit = p.get('limit');
    return {
      query: `query ($b: String, $i: ID, $r: ID, $f: String, $n: Int, $l: Language!) {
        whoToCallVcard(barrier: $b, indicator: $i, region: $r, exploitationForm: $f, limit: $n, lang: $l) }`,
      variables: {
        b: p.get('barrier'),
        i: p.get('indicator'),
        r: p.get('region'),
        f: p.get('exploitationForm'),
        n: limit && /^\d{1,3}$/.test(limit) ? Number(limit) : 25,
        l: downloadLanguage(url),
      },
      field: 'whoToCallVcard',
      filename: 'who-to-call.vcf',
      type: 'text/vcard; charset=utf-8',
      bom: false,
    };
  }
  return null;
}

export function useExportDownloads(): Plugin {
  return {
    async onRequest(event) {
      const { request, url, endResponse, fetchAPI } = event;
      if (!url.pathname.startsWith('/export/')) return;
      const route = exportRoute(url);
      const { json, refuse, ask } = download(event);
      if (request.method !== 'GET') {
        return endResponse(json(405, { errors: [{ message: 'Use GET to download an export' }] }));
      }
      if (!route) return endResponse(json(404, { errors: [{ message: 'No such export' }] }));
      const result = await ask<Record<string, string>>(route.query, route.variables);
      const text = result.data?.[route.field];
      if (result.errors?.length || typeof text !== 'string')
        return endResponse(refuse(result.errors));
      endResponse(
        new fetchAPI.Response(
          route.binary ? Buffer.from(text, 'base64') : route.bom ? `\uFEFF${text}` : text,
          {
            status: 200,
            headers: {
              'content-type': route.type,
              'content-disposition': `attachment; filename="${route.filename}"`,
              'cache-control': 'no-store',
            },
          },
        ),
      );
    },
  };
}
