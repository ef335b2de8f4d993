/** The bench-only @neo4j/graphql server over the same database (type definitions in ../neo4j-graphql). */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { loadCypherLibrary } from '../../server/src/db/cypher';
import { createDriver } from '../../server/src/db/database';
import { instrumentDriver } from '../lib/recorder';
import { buildTypeDefs } from '../neo4j-graphql/type-defs';
import { neo4jUri, serve } from './serve';

const driver = createDriver({ uri: neo4jUri(), username: 'neo4j', password: undefined });
const { driver: instrumented, stats } = instrumentDriver(driver);
const neoSchema = new Neo4jGraphQL({
  typeDefs: buildTypeDefs(await loadCypherLibrary()),
  driver: instrumented,
});
const yoga = createYoga({
  schema: await neoSchema.getSchema(),
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  logging: false,
});
serve(yoga, stats, () => driver.close());
