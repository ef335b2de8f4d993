/**
 * Browser tests' harness: the built app (dist/client) and the real API served in-process on a
 * free loopback port over the test run's Neo4j, driven by Debian's Chromium through
 * playwright-core. Without Chromium the tests are skipped loudly, or fail when
 * REQUIRE_BROWSER=1 (CI), never silently.
 */

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { documentText, type TadaDocumentNode } from '../../../client/src/lib/documents';
import type { Config } from '../../../server/src/config';
import { loadCypherLibrary } from '../../../server/src/db/cypher';
import { createDriver, Database } from '../../../server/src/db/database';
import { createRepositories } from '../../../server/src/repositories';
import { createApp, inProcessConfig } from '../../../server/src/yoga';
import { TEST_LIMITS, type TestApp } from '../../support/app';

export const CHROMIUM = '/usr/bin/chromium';
export const CLIENT_DIR = path.resolve('dist/client');
export const SCREENSHOTS = path.resolve('test-results/screenshots');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const required = process.env.REQUIRE_BROWSER === '1';
export const hasBrowser = existsSync(CHROMIUM);

/** Whether this file's browser tests run; warns loudly (once per file) when they cannot. */
export function browserTestsEnabled(): boolean {
  if (hasBrowser || required) return true;
  console.warn(
    [
      '',
      '!!! BROWSER TESTS SKIPPED: no Chromium at /usr/bin/chromium.',
      '!!! Install it with: DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
      '!!! (CI sets REQUIRE_BROWSER=1, which turns this skip into a failure.)',
      '',
    ].join('\n'),
  );
  return false;
}

export interface Harness {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** The same app, for creating test users (test/support/users.ts). */
  t: TestApp;
  context: BrowserContext;
  /** A fresh page with empty storage, at `path`, in the given viewport. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the app and a browser with a throwaway profile; `mail` points it at a test SMTP server. */
export async function startHarness(
  options: {
    mail?: Partial<ReturnType<typeof inProcessConfig>['mail']>;
    /** A Neo4j of the file's own (test/support/own-neo4j.ts); default: the run's shared one. */
    neo4jUri?: string;
    /**
     * Single sign-on providers, given the app's address once it listens (an identity provider
     * registers its callback under it); the app's PUBLIC_URL is then that address.
     */
    sso?: (baseUrl: string) => Promise<Config['sso']>;
  } = {},
): Promise<Harness> {
  if (!hasBrowser) {
    throw new Error(
      `REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}: apt-get install -y chromium`,
    );
  }
  if (!existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    throw new Error('The app is not built: run `npx vite build` (npm test does it first)');
  }
  const driver = createDriver({
    uri: options.neo4jUri ?? inject('neo4jUri'),
    username: 'neo4j',
    password: undefined,
  });
  const db = new Database(driver, 'neo4j', await loadCypherLibrary());
  // Listening first: the app's address is known before it is made (single sign-on needs it).
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const sso = options.sso ? await options.sso(baseUrl) : undefined;
  const app = createApp({
    config: (() => {
      const config = inProcessConfig({ clientDir: CLIENT_DIR, limits: TEST_LIMITS });
      return {
        ...config,
        mail: { ...config.mail, ...(sso ? { publicUrl: baseUrl } : {}), ...options.mail },
        ...(sso ? { sso } : {}),
      };
    })(),
    db,
    repos: createRepositories(db),
    log: (message, error) => console.error(message, error),
  });
  server.on('request', app);

  const t: TestApp = {
    app,
    db,
    async gql(
      query: string | TadaDocumentNode<unknown, unknown>,
      variables?: unknown,
      headers: Record<string, string> = {},
    ) {
      const response = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: typeof query === 'string' ? query : documentText(query),
          variables,
        }),
      });
      return (await response.json()) as never;
    },
    close: () => driver.close(),
  };

  const profile = await mkdtemp(path.join(os.tmpdir(), 'confine-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    // The app's CSP forbids inline scripts; axe-core is injected as one, by the test only.
    bypassCSP: true,
    locale: 'nl-BE',
  });
  // Any failed request or script error shows up in the test output.
  context.on('weberror', (error) => console.error('[browser error]', error.error()));

  return {
    baseUrl,
    t,
    context,
    async open(where = '/', viewport = { width: 1280, height: 900 }) {
      await context.clearCookies();
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${baseUrl}/healthz`);
      await page.evaluate(() => window.localStorage.clear());
      await page.goto(baseUrl + where);
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await t.close();
    },
  };
}

/** The two sizes every page is looked at in: a phone and a laptop. */
export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 800 };

/** Full-page screenshots of the page as it is, on a laptop and then a phone (`<name>-laptop`, `<name>-phone`). */
export async function screenshotSizes(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await screenshot(page, `${name}-${size}`, true);
  }
}

/** Saves a screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Records a measured figure in test-results/metrics.json (merged across files). */
export async function recordMetric(name: string, value: number | string): Promise<void> {
  const file = path.resolve('test-results/metrics.json');
  await mkdir(path.dirname(file), { recursive: true });
  let metrics: Record<string, unknown> = {};
  try {
    metrics = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    metrics = {};
  }
  metrics[name] = value;
  await writeFile(file, `${JSON.stringify(metrics, null, 2)}\n`);
  console.log(`[metric] ${name}: ${value}`);
}

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns its violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    })) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })),
    }));
  });
}
