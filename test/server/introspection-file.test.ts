import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateOutput } from '@gql.tada/cli-utils';
import { expect, test } from 'vitest';

test('client/src/graphql-env.d.ts matches schema.graphql (run npm run schema:print)', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'introspection-'));
  try {
    const fresh = path.join(folder, 'graphql-env.d.ts');
    await generateOutput({ output: fresh, tsconfig: undefined, silent: true });
    const committed = await readFile(new URL('../../client/src/graphql-env.d.ts', import.meta.url));
    expect(committed.toString('utf8')).toBe(await readFile(fresh, 'utf8'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
