/** The GraphQL-over-HTTP app, without a port: tests call `yoga.fetch(...)` directly. */

import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import { GraphQLError } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { DOCUMENT_LIMITS } from '../../shared/api-limits';
import { AccountLinks } from './auth/account-links';
import { AuthService } from './auth/auth.service';
import { useCsrfProtection } from './auth/csrf.plugin';
import { PersonReadBudget } from './auth/person-reads';
import { useSecondFactorGate } from './auth/second-factor.plugin';
import { useSsoRoutes } from './auth/sso.plugin';
import { SsoService } from './auth/sso.service';
import { ReadCache, type ReadCacheOptions, useReadCacheForQueries } from './cache/read-cache';
import { type Config, DEFAULT_LIMITS } from './config';
import type { Context } from './context';
import { type Database, isUnavailable } from './db/database';
import { DatabaseUnavailableError } from './errors';
import { useExportDownloads } from './export/export.plugin';
import { useHealthCheck } from './health/health.plugin';
import { useBodyLimit } from './http/body-limit.plugin';
import { useClientApp } from './http/client-app.plugin';
import { guardErrors } from './http/error-guard';
import { useQueryCost } from './http/query-cost.plugin';
import { useRequestBudget } from './http/request-budget.plugin';
import { useSecurity } from './http/security.plugin';
import { Mailer } from './mail/mailer';
import { useManualDownloads } from './manual/manual.plugin';
import { useAccessRequestDownloads } from './privacy/access-request.plugin';
import { createLoaders, type Repositories } from './repositories';
import { schema } from './schema';
import { languageOf } from './shared/messages';

export interface AppDeps {
  config: Pick<Config, 'production' | 'clientDir' | 'trustProxy' | 'settings' | 'mail'> & {
    /** passwordSignIn defaults to on. */
    auth: Omit<Config['auth'], 'passwordSignIn'> & { passwordSignIn?: boolean };
    /** Defaults to DEFAULT_LIMITS. */
    limits?: Config['limits'];
    /** Single sign-on providers; default none. */
    sso?: Config['sso'];
    /**
     * Default off in-process: tests write their fixtures straight through the driver, around the
     * write path that tells the cache what changed (test/server/read-cache.test.ts turns it on).
     */
    readCache?: ReadCacheOptions;
  };
  db: Database;
  repos: Repositories;
  log?: (message: string, error: unknown) => void;
  /** The server's one mailer, shared with its background jobs; default: one made from config.mail. */
  mailer?: Mailer;
}

/**
 * The settings of an app built in-process (tests, benchmarks) rather than from the environment:
 * the defaults of config.ts, no purge timer, plus what the caller changes.
 */
export function inProcessConfig(overrides: Partial<AppDeps['config']> = {}): AppDeps['config'] {
  return {
    production: false,
    clientDir: '/nonexistent',
    auth: { sessionHours: 12, sessionIdleMinutes: 60, purgeEveryMinutes: 0, secureCookies: false },
    trustProxy: false,
    settings: { verificationMonths: 12, retentionMonths: 12 },
    // No SMTP: mails land in a throwaway outbox (tests that read mail pass a real SMTP server).
    mail: {
      smtpUrl: null,
      from: 'CONFINE <noreply@localhost>',
      publicUrl: 'http://localhost',
      outboxDir: path.join(os.tmpdir(), 'confine-outbox'),
    },
    ...overrides,
  };
}

type ServerContext = { req?: IncomingMessage };
export type App = ReturnType<typeof guardErrors<ServerContext>>;

export function createApp({ config, db, repos, log = defaultLog, mailer }: AppDeps): App {
  const auth = new AuthService(repos.auth, config.auth, repos.secondFactor);
  const accountLinks = new AccountLinks(
    repos.auth,
    repos.editor,
    mailer ?? new Mailer(repos.mail, config.mail),
    log,
  );
  // Expired sessions and stale sign-in counters are deleted now, then every SESSION_PURGE_MINUTES
  // (an unref'd timer: it never keeps the process alive).
  auth.startPurging(log);
  const sso = new SsoService({
    providers: config.sso?.providers ?? [],
    publicUrl: config.mail.publicUrl,
    auth,
    users: repos.auth,
    sso: repos.sso,
    editor: repos.editor,
    log,
    notice: (email, provider) => accountLinks.noticeSignInMethod(email, 'sso-linked', provider),
  });
  const limits = config.limits ?? DEFAULT_LIMITS;
  const personReads = new PersonReadBudget(limits.personReadsPerHour);
  const readCache = new ReadCache(config.readCache ?? { enabled: false });
  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: !config.production,
    landingPage: false,
    logging: false,
    // The app is served from the same origin; no other site's page may call the API with the
    // user's cookie (Yoga's default would answer any origin's preflight with credentials allowed).
    cors: false,
    context: async ({ request, req }) => {
      const cache = readCache.forRequest(db);
      return {
        request,
        clientAddress: clientAddress(request, req, config.trustProxy),
        viewer: await auth.viewer(request),
        lang: languageOf(request),
        auth,
        accountLinks,
        sso,
        repos,
        cache,
        loaders: createLoaders(repos, cache),
        settings: config.settings,
        personReads,
      };
    },
    maskedErrors: {
      maskError(error, message) {
        // Duck-typed on purpose: a second copy of graphql (bundlers, test runners) breaks instanceof.
        const original = (error as { originalError?: unknown }).originalError ?? error;
        const code = (original as { extensions?: { code?: unknown } }).extensions?.code;
        if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return error as Error;
        // GraphQL's own errors (syntax, validation, a graphql-armor limit, a variable of the wrong
        // type): the client's to fix, so they keep their message.
        if ((original as Error).name === 'GraphQLError') {
          return new GraphQLError((error as Error).message, {
            extensions: {
              code: original === error ? 'GRAPHQL_VALIDATION_FAILED' : 'BAD_USER_INPUT',
            },
          });
        }
        if (isUnavailable(original)) return new DatabaseUnavailableError();
        log('Unexpected error while answering a GraphQL request', original);
        return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    plugins: [
      useSecurity(config.production),
      useBodyLimit(),
      useHealthCheck(db),
      useCsrfProtection(),
      useCookies(),
      EnvelopArmorPlugin({
        maxDepth: { n: DOCUMENT_LIMITS.depth },
        maxAliases: { n: DOCUMENT_LIMITS.aliases },
        maxDirectives: { n: DOCUMENT_LIMITS.directives },
        maxTokens: { n: DOCUMENT_LIMITS.tokens },
        // Replaced by useQueryCost, which counts list sizes and multiplies them through nesting.
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: config.production },
      }),
      useQueryCost(limits.maxQueryCost),
      useSecondFactorGate(),
      useReadCacheForQueries(),
      useRequestBudget(limits),
      useExportDownloads(),
      useManualDownloads(),
      useAccessRequestDownloads(),
      useSsoRoutes(sso, config.auth.secureCookies),
      useClientApp(config.clientDir),
    ],
  });
  return guardErrors(yoga, config.production, log);
}

function clientAddress(request: Request, req: IncomingMessage | undefined, trustProxy: boolean) {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return req?.socket.remoteAddress ?? null;
}

function defaultLog(message: string, error: unknown) {
  console.error(`${new Date().toISOString()} ${message}:`, error);
}
