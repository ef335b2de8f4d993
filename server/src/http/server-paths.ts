/**
 * The paths the server answers itself; everything else is the web app. Vite's development server
 * (vite.config.ts) proxies exactly these to the API, so a new route is added here once.
 */
export const SERVER_PATHS = [
  '/graphql',
  '/healthz',
  '/export/',
  '/manual/',
  '/access-request/',
  '/auth/',
] as const;

/** True when the server, not the web app, answers this path. */
export function isServerPath(pathname: string): boolean {
  return SERVER_PATHS.some((p) => (p.endsWith('/') ? pathname.startsWith(p) : pathname === p));
}
