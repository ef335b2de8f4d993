/**
 * Each suite reports its figures: printed in one line, and kept in
 * test-results/reliability-<profile>.json (git-ignored) for the README's table.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROFILE } from './profile';

export type Figures = Record<string, number | string | boolean>;

const resultsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../test-results',
);

/** Prints a suite's figures and records them with the time of the run. */
export async function reportFigures(suite: string, figures: Figures): Promise<void> {
  const line = Object.entries(figures)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  console.log(`[reliability:${PROFILE}] ${suite}: ${line}`);
  const file = path.join(resultsDir, `reliability-${PROFILE}.json`);
  try {
    await mkdir(resultsDir, { recursive: true });
    const all = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<
      string,
      unknown
    >;
    all[suite] = { at: new Date().toISOString(), ...figures };
    await writeFile(file, `${JSON.stringify(all, null, 2)}\n`);
  } catch {
    // The printed line is what counts; the file is a convenience.
  }
}
