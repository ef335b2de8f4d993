/** The first load stays small: measured on the built app (dist/client), gzipped. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { CLIENT_DIR, recordMetric } from './support/harness';

/** Budget for the gzipped JavaScript of the first load; React and React DOM are ~60 KB of it. */
const BUDGET_KB = 100;

describe.skipIf(!existsSync(path.join(CLIENT_DIR, 'index.html')))('initial bundle', () => {
  test(`the initial JavaScript is under ${BUDGET_KB} KB gzipped and holds no Cytoscape`, async () => {
    const html = await readFile(path.join(CLIENT_DIR, 'index.html'), 'utf8');
    const files = [
      ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
      ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
    ].map((match) => match[1] as string);
    expect(files.length).toBeGreaterThan(0);
    let gzipped = 0;
    let raw = 0;
    for (const file of files) {
      const code = await readFile(path.join(CLIENT_DIR, file));
      raw += code.length;
      gzipped += gzipSync(code, { level: 9 }).length;
      expect(file).not.toMatch(/cytoscape/i);
      // The list of chunks that later dynamic imports fetch (Vite's __vite__mapDeps) may name the
      // Cytoscape chunk; the code loaded at first must not contain it.
      const code0 = code.toString('utf8').replace(/m\.f=\[[^\]]*\]/g, 'm.f=[]');
      expect(code0, file).not.toMatch(/cytoscape/i);
    }
    const kb = Math.round((gzipped / 1024) * 10) / 10;
    await recordMetric('initialJsGzipKB', kb);
    await recordMetric('initialJsRawKB', Math.round((raw / 1024) * 10) / 10);
    await recordMetric('initialJsFiles', files.length);
    expect(kb).toBeLessThan(BUDGET_KB);
  });
});
