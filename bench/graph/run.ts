/**
 * `npm run bench:graph`: the network view with a generated graph of 2,000 nodes and 5,000 edges
 * in headless Chromium. Builds the benchmark page, serves it on a free loopback port, and per run
 * (a new tab) measures, from handing the elements to the canvas (see main.tsx for the details):
 * - time to first picture: until every node is drawn at a readable place (not all on one spot):
 *   the quick placement shown while the layout is computed, or the finished layout if there is
 *   none (so on code without a quick placement it equals the time to a finished layout);
 * - time to a finished layout;
 * - the longest main-thread task until then, and the longest while panning (long tasks from a
 *   PerformanceObserver; the first covers adding the elements, the first drawing, applying the
 *   layout);
 * - the frame rate while panning (requestAnimationFrame callbacks counted during a scripted mouse
 *   drag, one step per 16 ms) and while idle;
 * - the same view "seen before": the tab reloaded, which keeps its sessionStorage, where the view
 *   keeps the places of the last few large views.
 * Prints medians; not a timed test. Chromium runs with --disable-gpu: WebGL is SwiftShader's
 * software rendering on the CPU (a machine with a GPU draws faster, not slower).
 *
 *   npm run bench:graph                      # 5 runs, 2,000 nodes, 5,000 edges, fcose
 *   npm run bench:graph -- --runs 3 --nodes 500 --edges 1200 --layout concentric
 *   npm run bench:graph -- --runs 3 --webgl on   # WebGL, even in software (auto: on a GPU only;
 *                                                # off, the view's default: the 2D canvas)
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(here, 'dist');
const CHROMIUM = '/usr/bin/chromium';
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
const PAN_MS = 3000;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    nodes: { type: 'string', default: '2000' },
    edges: { type: 'string', default: '5000' },
    layout: { type: 'string', default: 'fcose' },
    webgl: { type: 'string', default: 'off' },
  },
});
const runs = Number(values.runs);

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Serves the built page from a free loopback port. */
async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    const file = path.join(DIST, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    response.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Load {
  firstPictureMs: number;
  layoutMs: number;
  canvasLayoutMs: number;
  longestTaskMs: number;
}

interface Run extends Load {
  webgl: boolean;
  longestPanTaskMs: number;
  panFps: number;
  idleFps: number;
  seenBefore: Load;
}

type Bench = {
  firstPictureMs?: number;
  layoutMs?: number;
  canvasLayoutMs?: number;
  longestTaskMs: number;
  tasks: { start: number; duration: number }[];
  webgl: boolean;
};

/** Waits for the finished layout and reads the figures of this load of the page. */
async function loaded(page: Page): Promise<Load & { webgl: boolean }> {
  await page.waitForFunction('window.bench && window.bench.layoutMs !== undefined', undefined, {
    timeout: 300_000,
  });
  const bench = (await page.evaluate('window.bench')) as Bench;
  return {
    firstPictureMs: bench.firstPictureMs ?? Number.NaN,
    layoutMs: bench.layoutMs ?? Number.NaN,
    canvasLayoutMs: bench.canvasLayoutMs ?? Number.NaN,
    longestTaskMs: bench.longestTaskMs,
    webgl: bench.webgl,
  };
}

/** Frames per second while `action` runs (requestAnimationFrame callbacks counted in the page). */
async function framesPerSecond(page: Page, action: () => Promise<void>): Promise<number> {
  // A string, not a function: tsx would add helpers the page does not have.
  await page.evaluate(`(() => {
    window.benchFrames = 0;
    window.benchCounting = true;
    const tick = () => {
      if (!window.benchCounting) return;
      window.benchFrames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const started = Date.now();
  await action();
  const elapsed = Date.now() - started;
  const frames = (await page.evaluate(
    '(window.benchCounting = false, window.benchFrames)',
  )) as number;
  return (frames * 1000) / elapsed;
}

async function once(page: Page, url: string): Promise<Run> {
  await page.goto(url);
  const first = await loaded(page);
  // Panning: the mouse drags the canvas back and forth, one step per 16 ms.
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const panStart = (await page.evaluate('performance.now()')) as number;
  const panFps = await framesPerSecond(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const started = Date.now();
    for (let i = 0; Date.now() - started < PAN_MS; i++) {
      const t = (i % 120) / 120;
      await page.mouse.move(
        cx + Math.sin(t * 2 * Math.PI) * 300,
        cy + Math.cos(t * 2 * Math.PI) * 150,
      );
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  });
  const panEnd = (await page.evaluate('performance.now()')) as number;
  const { tasks } = (await page.evaluate('window.bench')) as Bench;
  const longestPanTaskMs = Math.max(
    0,
    ...tasks.filter((t) => t.start >= panStart && t.start < panEnd).map((t) => t.duration),
  );
  const idleFps = await framesPerSecond(page, () => page.waitForTimeout(1000));
  // The same view again: a reload keeps the tab's sessionStorage.
  await page.reload();
  const { webgl: _, ...seenBefore } = await loaded(page);
  return { ...first, longestPanTaskMs, panFps, idleFps, seenBefore };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function main() {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  console.log('Building the benchmark page…');
  await build({ configFile: path.join(here, 'vite.config.ts') });
  const server = await serve();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'confine-graph-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  const url = `${server.url}?nodes=${values.nodes}&edges=${values.edges}&layout=${values.layout}&webgl=${values.webgl}`;
  const results: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('[page error]', error.message));
      const run = await once(page, url);
      results.push(run);
      console.log(
        `run ${i + 1}${run.webgl ? ' (WebGL)' : ''}: first picture ${run.firstPictureMs.toFixed(0)} ms, layout ${run.layoutMs.toFixed(0)} ms (canvas ${run.canvasLayoutMs.toFixed(0)} ms, longest main-thread task ${run.longestTaskMs.toFixed(0)} ms), panning ${run.panFps.toFixed(1)} fps (longest task ${run.longestPanTaskMs.toFixed(0)} ms), idle ${run.idleFps.toFixed(1)} fps; seen before: first picture ${run.seenBefore.firstPictureMs.toFixed(0)} ms, layout ${run.seenBefore.layoutMs.toFixed(0)} ms, longest task ${run.seenBefore.longestTaskMs.toFixed(0)} ms`,
      );
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
  const summary = {
    date: new Date().toISOString(),
    nodes: Number(values.nodes),
    edges: Number(values.edges),
    layout: values.layout,
    runs,
    cpus: os.cpus().length,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    webgl: results.some((r) => r.webgl),
    medianFirstPictureMs: Math.round(median(results.map((r) => r.firstPictureMs))),
    medianLayoutMs: Math.round(median(results.map((r) => r.layoutMs))),
    medianLongestTaskMs: Math.round(median(results.map((r) => r.longestTaskMs))),
    medianLongestPanTaskMs: Math.round(median(results.map((r) => r.longestPanTaskMs))),
    seenBefore: {
      medianFirstPictureMs: Math.round(median(results.map((r) => r.seenBefore.firstPictureMs))),
      medianLayoutMs: Math.round(median(results.map((r) => r.seenBefore.layoutMs))),
      medianLongestTaskMs: Math.round(median(results.map((r) => r.seenBefore.longestTaskMs))),
    },
    medianPanFps: Math.round(median(results.map((r) => r.panFps)) * 10) / 10,
    medianIdleFps: Math.round(median(results.map((r) => r.idleFps)) * 10) / 10,
    results,
  };
  const out = path.join(here, 'results');
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `\nmedians over ${runs} runs (${values.nodes} nodes, ${values.edges} edges, ${values.layout}, ${summary.webgl ? 'WebGL' : '2D canvas'}, load ${summary.loadAverage.join(' ')}):\n` +
      `  time to first picture      ${summary.medianFirstPictureMs} ms\n` +
      `  time to a finished layout  ${summary.medianLayoutMs} ms\n` +
      `  longest main-thread task   ${summary.medianLongestTaskMs} ms until the layout, ${summary.medianLongestPanTaskMs} ms while panning\n` +
      `  frame rate while panning   ${summary.medianPanFps} fps (idle: ${summary.medianIdleFps} fps)\n` +
      `  seen before (reload)       first picture ${summary.seenBefore.medianFirstPictureMs} ms, layout ${summary.seenBefore.medianLayoutMs} ms, longest task ${summary.seenBefore.medianLongestTaskMs} ms\n` +
      `written to bench/graph/results/latest.json`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
