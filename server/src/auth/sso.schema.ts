/**
 * Single sign-on in the API: the providers the sign-in page offers (public), sign-out that also
 * ends the provider's session, and the claim mappings administrators keep (audited, versioned).
 * The browser's redirects themselves are HTTP routes (sso.plugin.ts).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ssoMappingFields } from '../../../shared/rules/sso-mapping';
import { builder } from '../builder';
import type { Context } from '../context';
import { ConflictError, DuplicateError, NotFoundError } from '../errors';
import { loadAll } from '../repositories';
import { type Problem, reject, validateWith } from '../shared/validation';
import type { UserRole } from './auth.repository';
import { UserRoleEnum } from './auth.schema';
import { SESSION_COOKIE } from './auth.service';
import { requireAdmin } from './permissions';
import { mappingKey, type SsoMappingRow } from './sso.repository';

const SignInProvider = builder.objectRef<{ id: string; name: string }>('SignInProvider').implement({
  description: 'An identity provider the sign-in page offers ("Inloggen met <name>").',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Start at /auth/sso/<id>/start?returnTo=<path>.' }),
    name: t.exposeString('name'),
  }),
});

const SignInOptions = builder
  .objectRef<{ passwordSignIn: boolean; providers: { id: string; name: string }[] }>(
    'SignInOptions',
  )
  .implement({
    fields: (t) => ({
      passwordSignIn: t.exposeBoolean('passwordSignIn', {
        description: 'False where the deployment switched password sign-in off.',
      }),
      providers: t.field({ type: [SignInProvider], resolve: (o) => o.providers }),
    }),
  });

const SignOutResult = builder
  .objectRef<{ signedOut: boolean; providerSignOutUrl: string | null }>('SignOutResult')
  .implement({
    fields: (t) => ({
      signedOut: t.exposeBoolean('signedOut'),
      providerSignOutUrl: t.exposeString('providerSignOutUrl', {
        nullable: true,
        description:
          "Where to send the browser next: the identity provider's end-session address when the session came through single sign-on and the provider has one; else null.",
      }),
    }),
  });

const SsoClaimMapping = builder.objectRef<SsoMappingRow>('SsoClaimMapping').implement({
  description:
    'A claim of an identity provider that gives a role and scope at single sign-on (administrators).',
  authScopes: { admin: true },
  runScopesOnType: true,
  fields: (t) => ({
    id: t.exposeID('id'),
    provider: t.exposeString('providerId', { description: 'The provider id of OIDC_PROVIDERS.' }),
    claim: t.exposeString('claim'),
    value: t.exposeString('value'),
    role: t.expose('role', { type: UserRoleEnum }),
    scopeIds: t.exposeIDList('scopeIds'),
    createAccounts: t.exposeBoolean('createAccounts', {
      description: 'May create an account just in time for someone who has none.',
    }),
    version: t.exposeInt('version'),
  }),
});

const SsoClaimMappingInput = builder.inputType('SsoClaimMappingInput', {
  fields: (t) => ({
    provider: t.string({ required: true, description: 'A provider id of OIDC_PROVIDERS.' }),
    claim: t.string({ required: true, description: 'e.g. groups, roles, realm_access.roles' }),
    value: t.string({ required: true }),
    role: t.field({ type: UserRoleEnum, required: true }),
    scopeIds: t.idList({ description: 'For coordinators: regions and organisations.' }),
    createAccounts: t.boolean({ required: true }),
  }),
});

/** The mapping's fields, checked: a configured provider, a claim name, existing scope ids. */
type MappingInput = {
  provider: string;
  claim: string;
  value: string;
  role: string;
  scopeIds?: (string | number)[] | null;
  createAccounts: boolean;
};

async function checked(ctx: Context, input: MappingInput) {
  const problems: Problem[] = [];
  if (!ctx.sso.provider(input.provider)) {
    problems.push({ field: 'provider', code: 'unknown_reference' });
  }
  const scopeIds = [...new Set((input.scopeIds ?? []).map(String))];
  if (scopeIds.length > 50) {
    problems.push({ field: 'scopeIds', code: 'too_many', params: { max: 50 } });
  } else if (scopeIds.length) {
    const regions = new Set((await loadAll(ctx.loaders.region, scopeIds)).map((r) => r.id));
    const orgs = new Set((await loadAll(ctx.loaders.organisation, scopeIds)).map((o) => o.id));
    scopeIds.forEach((id, i) => {
      if (!regions.has(id) && !orgs.has(id))
        problems.push({ field: `scopeIds.${i}`, code: 'unknown_reference' });
    });
  }
  // One error summary for every field: the rules of the form and the checks against the data.
  const data = validateWith(
    z.object({ claim: ssoMappingFields.claim, value: ssoMappingFields.value }),
    { claim: input.claim, value: input.value },
    problems,
    ctx.lang,
  );
  return {
    providerId: input.provider,
    claim: data.claim,
    value: data.value,
    role: input.role as UserRole,
    scopeIds: scopeIds.sort(),
    createAccounts: input.createAccounts,
  };
}

const actorOf = (ctx: Context) => requireAdmin(ctx);
/** A mapping as a CONFLICT carries it: the fields of its GraphQL type. */
const conflict = (id: string, m: SsoMappingRow) => {
  const { providerId, ...rest } = m;
  return new ConflictError('ssoClaimMapping', id, { ...rest, provider: providerId });
};
const entity = (m: { id: string; claim: string; value: string }) => ({
  id: m.id,
  label: 'SsoClaimMapping',
  current: { name: `${m.claim} = ${m.value}` },
});
const FIELDS = ['providerId', 'claim', 'value', 'role', 'scopeIds', 'createAccounts'] as const;

builder.queryFields((t) => ({
  signInOptions: t.field({
    type: SignInOptions,
    description:
      'How one can sign in here: with a password (unless switched off) and/or these providers.',
    resolve: (_root, _args, ctx) => ({
      passwordSignIn: ctx.auth.settings.passwordSignIn !== false,
      providers: ctx.sso.providers.map((p) => ({ id: p.id, name: p.name })),
    }),
  }),
  ssoClaimMappings: t.field({
    type: [SsoClaimMapping],
    authScopes: { admin: true },
    resolve: (_root, _args, ctx) => ctx.repos.sso.mappings(),
  }),
}));

builder.mutationFields((t) => ({
  signOutWithProvider: t.field({
    type: SignOutResult,
    description:
      "Ends the current session like signOut; for a session that came through single sign-on it also answers the provider's end-session address to send the browser to (RP-initiated logout).",
    resolve: async (_root, _args, { auth, sso, viewer, request }) => {
      const providerSignOutUrl = viewer ? await sso.endSessionUrl(viewer.tokenHash) : null;
      if (viewer) await auth.signOut(viewer.tokenHash);
      await request.cookieStore?.delete(SESSION_COOKIE);
      return { signedOut: viewer !== null, providerSignOutUrl };
    },
  }),
  createSsoClaimMapping: t.field({
    type: SsoClaimMapping,
    authScopes: { admin: true },
    description: 'Adds a claim mapping (administrators; audited).',
    args: { input: t.arg({ type: SsoClaimMappingInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const actor = actorOf(ctx);
      const data = await checked(ctx, input);
      const id = `sso-mapping-${randomBytes(6).toString('hex')}`;
      try {
        return await ctx.repos.editor.run(actor, async (w) => {
          const row = await ctx.repos.sso.createMappingIn(w.tx, {
            id,
            key: mappingKey(data),
            ...data,
          });
          await w.created(id, 'SsoClaimMapping', {
            ...data,
            name: `${data.claim} = ${data.value}`,
          });
          return row;
        });
      } catch (error) {
        if (error instanceof DuplicateError)
          reject(ctx.lang, [{ field: 'value', code: 'duplicate' }]);
        throw error;
      }
    },
  }),
  updateSsoClaimMapping: t.field({
    type: SsoClaimMapping,
    authScopes: { admin: true },
    description: 'Changes a claim mapping at the version you saw (administrators; audited).',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      input: t.arg({ type: SsoClaimMappingInput, required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const actor = actorOf(ctx);
      const id = String(args.id);
      const data = await checked(ctx, args.input);
      try {
        return await ctx.repos.editor.run(actor, async (w) => {
          const r = await ctx.repos.sso.updateMappingIn(
            w.tx,
            { id, key: mappingKey(data), ...data },
            args.version,
          );
          if (!r.found || !r.before) throw new NotFoundError('ssoClaimMapping', id);
          if (!r.matched) throw conflict(id, r.before);
          const before = r.before;
          const changes = FIELDS.filter(
            (f) => JSON.stringify(before[f]) !== JSON.stringify(data[f]),
          ).map((f) => ({ field: f, from: before[f], to: data[f] }));
          if (changes.length) await w.record('UPDATE', entity({ id, ...data }), changes);
          return { ...before, ...data, id, version: before.version + 1 };
        });
      } catch (error) {
        if (error instanceof DuplicateError)
          reject(ctx.lang, [{ field: 'value', code: 'duplicate' }]);
        throw error;
      }
    },
  }),
  deleteSsoClaimMapping: t.boolean({
    authScopes: { admin: true },
    description: 'Removes a claim mapping at the version you saw (administrators; audited).',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const actor = actorOf(ctx);
      const id = String(args.id);
      return ctx.repos.editor.run(actor, async (w) => {
        const r = await ctx.repos.sso.deleteMappingIn(w.tx, id, args.version);
        if (!r.found || !r.before) throw new NotFoundError('ssoClaimMapping', id);
        if (!r.matched) throw conflict(id, r.before);
        const before = r.before;
        await w.record(
          'DELETE',
          entity(before),
          FIELDS.map((f) => ({ field: f, from: before[f], to: null })),
        );
        return true;
      });
    },
  }),
}));
