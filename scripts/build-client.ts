/**
 * npm start's build step: builds the web app (as `npm run build` does) only when one of its inputs
 * changed since the last build, so a warm start does not spend half a minute rebuilding the same
 * files. The inputs are fingerprinted by content (not by date: a fresh clone or a checkout touches
 * every file), and the fingerprint is kept next to the build in dist/client-build.json with the
 * built index.html's own hash: a build made otherwise since (`npm run build`, `npm test`), whose
 * page names other chunk files, is not mistaken for this one. `npm run build` always builds.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { glob, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Everything the client build reads: its sources, the shared code, the build's configuration. */
const INPUTS = [
  'client/**/*',
  'shared/**/*',
  'vite.config.ts',
  'server/src/http/server-paths.ts',
  'tsconfig.json',
  'package-lock.json',
];
const OUT_DIR = path.join(ROOT, 'dist/client');
const STAMP = path.join(ROOT, 'dist/client-build.json');

async function fingerprint(): Promise<{ hash: string; files: number }> {
  const files: string[] = [];
  for (const pattern of INPUTS) {
    for await (const entry of glob(pattern, {
      cwd: ROOT,
      withFileTypes: true,
      exclude: (e) => e.name === 'node_modules',
    })) {
      if (entry.isFile()) files.push(path.relative(ROOT, path.join(entry.parentPath, entry.name)));
    }
  }
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(ROOT, file)));
    hash.update('\0');
  }
  return { hash: hash.digest('hex'), files: files.length };
}

interface Stamp {
  /** The inputs' fingerprint. */
  hash: string;
  /** The hash of the index.html this build wrote. */
  page: string;
  builtAt: string;
}

const pageHash = async (): Promise<string | null> => {
  const page = path.join(OUT_DIR, 'index.html');
  return existsSync(page)
    ? createHash('sha256')
        .update(await readFile(page))
        .digest('hex')
    : null;
};

async function lastBuild(): Promise<Stamp | null> {
  try {
    const stamp = JSON.parse(await readFile(STAMP, 'utf8')) as Stamp;
    return stamp.page === (await pageHash()) ? stamp : null;
  } catch {
    return null;
  }
}

const { hash, files } = await fingerprint();
const previous = await lastBuild();
if (previous?.hash === hash) {
  console.log(
    `[build] The web app is up to date (built ${previous.builtAt}; ${files} input files unchanged).`,
  );
} else {
  console.log(
    previous
      ? '[build] The web app’s sources changed since the last build: building it again…'
      : '[build] Building the web app (no build of these sources in dist/client yet)…',
  );
  // Vite only loads when there is something to build.
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  const stamp: Stamp = { hash, page: (await pageHash()) ?? '', builtAt: new Date().toISOString() };
  await writeFile(STAMP, `${JSON.stringify(stamp, null, 2)}\n`);
  console.log('[build] Web app built in dist/client.');
}
