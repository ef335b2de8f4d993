import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Pothos and Yoga; tests must share that one copy,
    // not Vite's pick of its ESM build, or instanceof checks inside graphql fail.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts', 'client/src/**/*.test.ts', 'server/src/**/*.test.ts'],
    globalSetup: ['test/support/neo4j.global.ts'],
    // One throwaway Neo4j is shared by all files; running them one at a time keeps their data apart
    // and suits the 2-core machines this runs on.
    fileParallelism: false,
    // Bounds, not expectations: a test waits for what it observes and takes only as long as that
    // needs. They are wide because a fresh-clone run on a 2-core machine that is also busy with
    // other work (a benchmark, a second build) can take minutes to start a throwaway Neo4j.
    testTimeout: 180_000,
    hookTimeout: 600_000,
    reporters: ['default'],
  },
});
