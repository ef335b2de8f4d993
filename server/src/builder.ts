/** The Pothos SchemaBuilder and its plugins; types live in the feature schema files. */
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { authScopesOf } from './auth/permissions';
import type { Context } from './context';
import { UserError } from './errors';

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  AuthScopes: {
    signedIn: boolean;
    coordinator: boolean;
    admin: boolean;
    editor: boolean;
    editorOf: string[];
    editorOfAllItServes: string;
  };
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
  };
}>({
  plugins: [ScopeAuthPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: authScopesOf,
    // Scopes that read the database are asked again on every field: one request may change the
    // coverage or scope that the answer depends on (a fresh key never hits the cache).
    cacheKey: () => ({}),
    unauthorizedError: (_parent, { viewer }) =>
      viewer
        ? new UserError('FORBIDDEN', 'Your role does not allow this')
        : new UserError('UNAUTHENTICATED', 'Sign in to see this'),
  },
});

builder.queryType({});
builder.mutationType({});
