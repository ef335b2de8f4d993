import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createServer as createVite, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SERVER_PATHS } from '../../server/src/http/server-paths';
import { createTestApp, type TestApp } from '../support/app';
import { freePort } from '../support/ports';

/**
 * `npm run dev:client` (Vite with hot reload) in front of the API on a port other than 4000: every
 * server path reaches the API on PORT, the rest is the app.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

let t: TestApp;
let api: Server;
let vite: ViteDevServer;
let base = '';
const previousPort = process.env.PORT;

beforeAll(async () => {
  t = await createTestApp();
  const apiPort = await freePort();
  api = createServer(t.app);
  await new Promise<void>((resolve) => api.listen(apiPort, '127.0.0.1', resolve));
  // What `PORT=… npm run dev` and `PORT=… npm run dev:client` share.
  process.env.PORT = String(apiPort);
  const vitePort = await freePort();
  vite = await createVite({
    configFile: path.join(ROOT, 'vite.config.ts'),
    server: { port: vitePort, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  await vite.listen();
  base = `http://127.0.0.1:${vitePort}`;
});

afterAll(async () => {
  if (previousPort === undefined) delete process.env.PORT;
  else process.env.PORT = previousPort;
  await vite?.close();
  await new Promise((resolve) => api?.close(resolve));
  await t?.close();
});

test('the proxy covers the server paths', () => {
  expect(Object.keys(vite.config.server.proxy ?? {}).sort()).toEqual([...SERVER_PATHS].sort());
});

test('GraphQL, the health check and the downloads reach the API on PORT', async () => {
  const graphql = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ barriers { code } }' }),
  });
  expect(graphql.status).toBe(200);
  const body = (await graphql.json()) as { data: { barriers: { code: string }[] } };
  expect(body.data.barriers.map((b) => b.code)).toContain('HOUSING');

  const health = await fetch(`${base}/healthz`);
  expect(await health.json()).toEqual({ status: 'ok' });

  // Only the API knows this answer; Vite would have served the app's index.html.
  const download = await fetch(`${base}/export/no-such-file.csv`);
  expect(download.status).toBe(404);
  expect(await download.json()).toEqual({ errors: [{ message: 'No such export' }] });
  const organisations = await fetch(`${base}/export/organisations.csv`);
  expect(organisations.headers.get('content-type')).toMatch(/text\/csv/);
});

test('every other path is the app, with hot reload', async () => {
  const page = await fetch(`${base}/organisation/org-stad-genk`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('/@vite/client');
});
