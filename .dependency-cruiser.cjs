/**
 * npm run deps:check — the import rules of the house (STYLE.md "Data flows one way").
 * Circles are counted on runtime imports only: a type-only import is erased by TypeScript and
 * cannot change the order modules load in. The type-level circle that once tied every repository
 * to the builder is kept out by the layering rules below, which do count type-only imports.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const SCHEMA_SIDE = '(\\.schema|\\.mutations)\\.ts$|^server/src/(builder|schema|yoga)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A runtime import circle: modules that load each other half-initialised.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-type-only',
      severity: 'warn',
      comment:
        'A circle that only type imports close: harmless at run time, shown so it does not grow unseen.',
      from: {},
      to: { circular: true, via: { dependencyTypes: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'A relative import the checker cannot resolve would escape every rule here (packages are left to tsc: the resolver misses a few ESM-only ones, vite among them).',
      from: {},
      to: { couldNotResolve: true, path: '^\\.' },
    },
    {
      name: 'repository-knows-no-graphql',
      severity: 'error',
      comment:
        'Repositories, the database layer and plain shared code never import a schema file, the builder, the context or GraphQL (types included): that import is what tied every repository into one circle.',
      from: {
        path: '(\\.repository\\.ts$)|^server/src/db/|^server/src/shared/[^/]+(?<!\\.schema)\\.ts$|^server/src/repositories\\.ts$',
      },
      to: {
        path: `${SCHEMA_SIDE}|^server/src/context\\.ts$|(^|/)node_modules/(graphql|graphql-yoga|@pothos/[^/]+)/`,
      },
    },
    {
      name: 'shared-knows-no-feature',
      severity: 'error',
      comment: 'server/src/shared is below every feature: it may not import one.',
      from: { path: '^server/src/shared/' },
      to: {
        path: '^server/src/',
        pathNot: '^server/src/(shared/|builder\\.ts$|context\\.ts$|errors\\.ts$|db/)',
      },
    },
    {
      name: 'server-feature-internals',
      severity: 'error',
      comment:
        "A server feature uses another feature only through its contract: its schema file (types to hang edges on), its repository (row types, queries), its use-cases or a module named here as public. Everything else in a feature folder is that feature's own.",
      from: { path: '^server/src/([^/]+)/', pathNot: '^server/src/(shared|db|http|cli)/' },
      to: {
        path: '^server/src/[^/]+/',
        pathNot: [
          '^server/src/($1|shared|db|http)/',
          '\\.(schema|repository|use-cases)\\.ts$',
          // import-format.ts: the CSV columns an export writes so that it imports back unchanged;
          // backup/backup.ts: the backup an admin downloads through the export.
          // routing/first-call.ts: the first-call ranking the skills training asks about.
          // mail/mailer.ts and mail/templates.ts: sending mail, for any feature that mails someone.
          // audit/audit-csv.ts: the audit log in words, a download the export answers and audits.
          '^server/src/(auth/permissions|auth/personal-data|audit/editor|audit/audit-csv|import/import-format|backup/backup|routing/first-call|mail/mailer|mail/templates)\\.ts$',
        ],
      },
    },
    {
      name: 'client-feature-isolation',
      severity: 'error',
      comment:
        'A client feature may not import another feature (bulletproof-react): shared code goes to lib/, components/ or utils/, composition to app/.',
      from: { path: '^client/src/features/([^/]+)/' },
      to: { path: '^client/src/features/', pathNot: '^client/src/features/$1/' },
    },
    {
      name: 'client-shared-knows-no-feature',
      severity: 'error',
      comment:
        'client lib/, components/, utils/, i18n/ and types/ sit below the features and app/.',
      from: { path: '^client/src/(lib|components|utils|i18n|types)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^client/src/(features|app)/' },
    },
    {
      name: 'client-server-apart',
      severity: 'error',
      comment: 'The browser bundle never imports server code, nor the server the client app.',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-client-apart',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^client/' },
    },
    {
      name: 'shared-is-plain',
      severity: 'error',
      comment:
        'shared/ holds what the server, the client and the benchmark agree on (codes, rules, messages): plain TypeScript that server and browser both load. It imports nothing from server, client, test or bench, and no package but zod and libphonenumber-js (the phone rule, shared/rules/phone.ts).',
      from: { path: '^shared/' },
      to: { path: '^(server|client|test|bench)/|(^|/)node_modules/(?!zod/|libphonenumber-js/)' },
    },
    {
      name: 'no-production-import-of-tests',
      severity: 'error',
      comment: 'Application code does not import test or bench code.',
      from: { path: '^(server|client)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(test|bench)/|\\.test\\.tsx?$' },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)(dist|neo4j/target|\\.data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
