/**
 * What the GET downloads share (/export/… in export/export.plugin.ts, /manual/… in
 * manual/manual.plugin.ts): each is answered by GraphQL requests made in-process with the
 * caller's own bearer token or session cookie, so the access rules, CSRF checks and request
 * budgets are the API's own; a refusal keeps the API's error and gets the matching HTTP status.
 */
import type { Plugin } from 'graphql-yoga';
import type { Language } from '../shared/language';

type OnRequest = Parameters<NonNullable<Plugin['onRequest']>>[0];

/** The HTTP status of a refused download, from the API's error code (500 for anything else). */
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_REQUESTS: 429,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  DATABASE_UNAVAILABLE: 503,
};

export interface ApiErrors {
  errors?: { extensions?: { code?: string } }[];
}

/** The language a download is written in: `?lang=NL|FR|EN`, Dutch by default. */
export function downloadLanguage(url: URL): Language {
  const lang = url.searchParams.get('lang')?.toUpperCase();
  return lang === 'FR' || lang === 'EN' ? lang : 'NL';
}

/** The helpers of one download request. */
export function download({ request, url, fetchAPI, requestHandler, serverContext }: OnRequest) {
  const headers = new fetchAPI.Headers({ 'content-type': 'application/json' });
  for (const name of ['authorization', 'cookie', 'accept-language']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const json = (status: number, body: unknown) =>
    new fetchAPI.Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  return {
    json,
    /** The API's refusal, with the HTTP status of its first error. */
    refuse: (errors: NonNullable<ApiErrors['errors']> = []) =>
      json(STATUS[errors[0]?.extensions?.code ?? ''] ?? 500, { errors }),
    /** Asks the API, as the caller. */
    async ask<T>(query: string, variables: Record<string, unknown>) {
      const body = JSON.stringify({ query, variables });
      headers.set('content-length', String(Buffer.byteLength(body)));
      const answer = await requestHandler(
        new fetchAPI.Request(new URL('/graphql', url), { method: 'POST', headers, body }),
        serverContext,
      );
      return (await answer.json()) as ApiErrors & { data?: T | null };
    },
  };
}
