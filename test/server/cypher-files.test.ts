import { expect, test } from 'vitest';
import { CypherLibrary, loadCypherLibrary } from '../../server/src/db/cypher';
import { Database } from '../../server/src/db/database';
import { createRepositories } from '../../server/src/repositories';

test('every Cypher query file is used by a repository, and every one they use exists', async () => {
  const cypher = await loadCypherLibrary();
  // Constructing the repositories is what start-up does: it throws on a missing file.
  createRepositories(new Database({} as never, 'neo4j', cypher));
  expect(cypher.unused()).toEqual([]);
});

test('asking for a query file that does not exist fails loudly', () => {
  const cypher = new CypherLibrary(new Map([['a/b', 'RETURN 1']]));
  expect(() => cypher.require({ x: 'a/missing' })).toThrow('cypher/queries/a/missing.cypher');
});
