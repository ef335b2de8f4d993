/** npm run neo4j:prepare: fetches Neo4j from Maven Central ahead of the first start (CI does this). */
import { LocalNeo4jError, prepareClassDataArchive, resolveClasspath } from './launcher';

const started = Date.now();
try {
  const classpath = await resolveClasspath((line) => console.log(`[neo4j] ${line}`));
  const jars = classpath.split(':').length - 1;
  console.log(`[neo4j] ${jars} jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const archive = await prepareClassDataArchive((line) => console.log(`[neo4j] ${line}`));
  console.log(
    archive
      ? `[neo4j] class-data archive ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${archive})`
      : '[neo4j] this JDK cannot share classes between starts; Neo4j starts without it',
  );
} catch (error) {
  console.error(`[neo4j] ${error instanceof LocalNeo4jError ? error.message : error}`);
  process.exit(1);
}
