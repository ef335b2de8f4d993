/** Security headers on every response, and no schema introspection in production. */
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // React style attributes need inline styles; no inline scripts are allowed.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function useSecurity(production: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (production) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
    onResponse({ request, response }) {
      setSecurityHeaders(request, response.headers, production);
    },
  };
}

/**
 * The headers every answer carries, error answers included (http/error-guard.ts). Answers are
 * per user (cookie, bearer token), so nothing is stored by a browser or a proxy unless the
 * answer says otherwise (the app's hashed assets do).
 */
export function setSecurityHeaders(request: Request, h: Headers, production: boolean): void {
  h.set('x-content-type-options', 'nosniff');
  h.set('x-frame-options', 'DENY');
  h.set('referrer-policy', 'no-referrer');
  h.set('cross-origin-opener-policy', 'same-origin');
  h.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (!h.has('cache-control')) h.set('cache-control', 'no-store');
  // GraphiQL (development only) loads its editor from a CDN: no CSP on that one page.
  const graphiql =
    !production && new URL(request.url).pathname === '/graphql' && request.method === 'GET';
  if (!graphiql) h.set('content-security-policy', CSP);
  if (production) h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
}
