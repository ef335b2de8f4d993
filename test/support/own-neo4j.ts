/**
 * A Neo4j of a test file's own, migrated and seeded, for the few files that change what is global
 * to a deployment (the roles that must sign in with a second factor): on the run's shared Neo4j
 * that change would reach every file running beside them.
 */
import { createDriver } from '../../server/src/db/database';
import { migrate } from '../../server/src/db/migrate';
import { seed } from '../../server/src/db/seed';
import { OwnNeo4j } from '../reliability/support/processes';

export async function startSeededNeo4j(): Promise<{ uri: string; dispose: () => Promise<void> }> {
  const own = await OwnNeo4j.start();
  const driver = createDriver({ uri: own.uri, username: 'neo4j', password: undefined });
  try {
    await migrate(driver, 'neo4j');
    await seed(driver, 'neo4j');
  } catch (error) {
    await own.dispose();
    throw error;
  } finally {
    await driver.close();
  }
  return { uri: own.uri, dispose: () => own.dispose() };
}
