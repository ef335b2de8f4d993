import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { QUERY_NAMES_FILE, queryFileNames, renderQueryNames } from '../../scripts/cypher-names';
import { CypherLibrary, loadCypherLibrary } from '../../server/src/db/cypher';
import { Database } from '../../server/src/db/database';
import { declaredQueries, type QueryName } from '../../server/src/db/query';
import { createRepositories } from '../../server/src/repositories';

test('server/src/db/query-names.ts names every Cypher query file (run npm run cypher:names)', async () => {
  const committed = await readFile(QUERY_NAMES_FILE, 'utf8');
  expect(committed).toBe(renderQueryNames(await queryFileNames()));
});

test('every Cypher query file has exactly one handle, and every handle names a file that exists', async () => {
  const cypher = await loadCypherLibrary();
  // Constructing the repositories is what start-up does: it throws on a handle without a file.
  createRepositories(new Database({} as never, 'neo4j', cypher));
  expect(cypher.unused()).toEqual([]);
  const names = declaredQueries();
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
});

test('asking for a query file that does not exist fails loudly', () => {
  const cypher = new CypherLibrary(new Map([['a/b', 'RETURN 1']]));
  expect(() => cypher.require(['a/missing' as QueryName])).toThrow(
    'cypher/queries/a/missing.cypher',
  );
});
