/** Serves the built React app (dist/client) on the same port as the API, with SPA fallback. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { isServerPath } from './server-paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function useClientApp(clientDir: string): Plugin {
  const index = path.join(clientDir, 'index.html');
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (isServerPath(url.pathname)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      let decoded: string;
      try {
        decoded = decodeURIComponent(url.pathname);
      } catch {
        endResponse(new fetchAPI.Response('Malformed path', { status: 400 }));
        return;
      }
      const wanted = path.normalize(path.join(clientDir, decoded));
      const inside = wanted.startsWith(clientDir + path.sep);
      const isAsset = inside && path.extname(wanted) !== '' && existsSync(wanted);
      const file = isAsset ? wanted : index;
      if (!existsSync(file)) {
        endResponse(
          new fetchAPI.Response(
            'The app is not built yet: run `npm run build` (npm start does it for you).',
            { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } },
          ),
        );
        return;
      }
      const body = await readFile(file);
      const hashed = isAsset && url.pathname.startsWith('/assets/');
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: isAsset || path.extname(url.pathname) === '' ? 200 : 404,
          headers: {
            'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
          },
        }),
      );
    },
  };
}
