/** A real app over the test run's Neo4j, answered through yoga.fetch (no port). */
import { inject } from 'vitest';
import { documentText, type TadaDocumentNode } from '../../client/src/lib/documents';
import { type Config, DEFAULT_LIMITS } from '../../server/src/config';
import { loadCypherLibrary } from '../../server/src/db/cypher';
import { createDriver, Database } from '../../server/src/db/database';
import { createRepositories } from '../../server/src/repositories';
import { type App, createApp, inProcessConfig } from '../../server/src/yoga';

export interface TestApp {
  app: App;
  db: Database;
  /**
   * Posts a GraphQL request; returns the parsed body. With a typed document (`graphql(...)` of
   * client/src/lib/documents) the data and the variables are typed from schema.graphql; a plain
   * string is for requests a test sends on purpose wrong (invalid input, unknown fields).
   */
  gql<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    variables?: Variables,
    headers?: Record<string, string>,
  ): Promise<GqlBody<Result>>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlBody<T>>;
  close(): Promise<void>;
}

/**
 * The request budgets the tests run with: the service's, except that a request may take up to
 * 2 minutes instead of 15 s. On a busy 2-core machine (a CI run beside other work, load 20+) a
 * cold who-to-call has taken longer than 15 s, and a test must not depend on how fast the machine
 * is. Tests of the timeout itself pass their own small `queryTimeoutMs`.
 */
export const TEST_LIMITS: Config['limits'] = { ...DEFAULT_LIMITS, queryTimeoutMs: 120_000 };

export interface GqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
}

export async function createTestApp(
  uri = inject('neo4jUri'),
  options: {
    production?: boolean;
    clientDir?: string;
    limits?: Partial<Config['limits']>;
    /** Mail settings (test/support/smtp.ts gives a real SMTP server); default: a temp outbox. */
    mail?: Partial<Config['mail']>;
    /** Single sign-on providers (test/support/identity-provider.ts gives a real one). */
    sso?: Config['sso'];
    /** False: PASSWORD_SIGN_IN=off. */
    passwordSignIn?: boolean;
    /** The read cache on (it is off in tests: fixtures are written around the app's write path). */
    readCache?: boolean;
  } = {},
): Promise<TestApp> {
  const driver = createDriver({ uri, username: 'neo4j', password: undefined });
  const db = new Database(driver, 'neo4j', await loadCypherLibrary());
  const config = inProcessConfig({
    production: options.production ?? false,
    clientDir: options.clientDir ?? '/nonexistent',
    trustProxy: true,
    limits: { ...TEST_LIMITS, ...options.limits },
  });
  const app = createApp({
    config: {
      ...config,
      mail: { ...config.mail, ...options.mail },
      auth: { ...config.auth, passwordSignIn: options.passwordSignIn ?? true },
      sso: options.sso ?? { providers: [] },
      readCache: { enabled: options.readCache ?? false },
    },
    db,
    repos: createRepositories(db),
    log: (message, error) => console.error(message, error),
  });
  return {
    app,
    db,
    async gql(
      query: string | TadaDocumentNode<unknown, unknown>,
      variables?: unknown,
      headers: Record<string, string> = {},
    ) {
      const response = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: typeof query === 'string' ? query : documentText(query),
          variables,
        }),
      });
      return (await response.json()) as GqlBody<never>;
    },
    close: () => driver.close(),
  };
}
