/** The GraphQL-over-HTTP app, without a port: tests call `yoga.fetch(...)` directly. */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from './config';
import type { Context } from './context';
import { type Database, isUnavailable } from './db/database';
import { DatabaseUnavailableError } from './errors';
import { useHealthCheck } from './health/health.plugin';
import { useClientApp } from './http/client-app.plugin';
import { createLoaders, type Repositories } from './repositories';
import { schema } from './schema';

export interface AppDeps {
  config: Pick<Config, 'production' | 'clientDir'>;
  db: Database;
  repos: Repositories;
  log?: (message: string, error: unknown) => void;
}

export type App = YogaServerInstance<Record<string, never>, Context>;

export function createApp({ config, db, repos, log = defaultLog }: AppDeps): App {
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: !config.production,
    landingPage: false,
    logging: false,
    context: () => ({ repos, loaders: createLoaders(repos) }),
    maskedErrors: {
      maskError(error, message) {
        const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
        if (original instanceof GraphQLError && original.extensions?.code) return error as Error;
        if (isUnavailable(original) || original instanceof DatabaseUnavailableError) {
          return new DatabaseUnavailableError();
        }
        log('Unexpected error while answering a GraphQL request', original);
        return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    plugins: [
      useHealthCheck(db),
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 20 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 2000 },
        costLimit: { maxCost: 10_000 },
        blockFieldSuggestion: { enabled: config.production },
      }),
      useClientApp(config.clientDir),
    ],
  });
}

function defaultLog(message: string, error: unknown) {
  console.error(`${new Date().toISOString()} ${message}:`, error);
}
