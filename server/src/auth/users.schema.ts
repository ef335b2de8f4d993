/** Administrators manage accounts: create, change role and scope, disable. */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { userFields } from '../../../shared/rules/user';
import { builder } from '../builder';
import type { Context } from '../context';
import { DuplicateError, NotFoundError, UserError } from '../errors';
import { loadAll } from '../repositories';
import { LanguageEnum } from '../shared/language.schema';
import { line, reject, validate } from '../shared/validation';
import { LINK_MINUTES } from './account-links';
import type { AccountRow, UserRole } from './auth.repository';
import { UserRoleEnum } from './auth.schema';
import { hashPassword } from './password';
import { PASSWORD_MAX_LENGTH, passwordProblem } from './password-rules';
import { requireAdmin } from './permissions';

const AccountRef = builder.objectRef<AccountRow>('Account').implement({
  description: 'A user account as administrators see it.',
  authScopes: { admin: true },
  runScopesOnType: true,
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: UserRoleEnum }),
    disabled: t.exposeBoolean('disabled'),
    secondFactor: t.exposeBoolean('secondFactor', {
      description: 'Signs in with a second factor (resetSecondFactor removes it).',
    }),
    organisationId: t.exposeID('organisationId', { nullable: true }),
    scopeIds: t.idList({
      description: 'Regions and organisations a coordinator is responsible for.',
      resolve: (u) => [...u.scopeRegionIds, ...u.scopeOrganisationIds],
    }),
  }),
});

const AccountInput = builder.inputType('AccountInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    role: t.field({ type: UserRoleEnum, required: true }),
    organisationId: t.id(),
    scopeIds: t.idList({
      description: 'For coordinators: regions and organisations in their care.',
    }),
    password: t.string({
      description:
        'At least 12 characters, not a common password, sequence, repetition or part of the e-mail address or name; generated and returned once when left out (unless invite).',
    }),
    invite: t.boolean({
      description:
        'Mail the new user an invitation to choose their own password (a single-use link, valid 7 days) instead of making one; password must then be left out.',
    }),
    language: t.field({
      type: LanguageEnum,
      description: 'The language of the invitation and later mails to this user; default NL.',
    }),
  }),
});

const AccountPatch = builder.inputType('AccountPatch', {
  fields: (t) => ({
    name: t.string(),
    role: t.field({ type: UserRoleEnum }),
    organisationId: t.id({ description: 'Empty string: no organisation.' }),
    scopeIds: t.idList(),
    disabled: t.boolean({ description: 'Disabling also ends every session of the account.' }),
  }),
});

async function checkRefs(
  ctx: Context,
  organisationId: string | null | undefined,
  scopeIds: string[] | undefined,
) {
  const problems: { field: string; code: string }[] = [];
  if (organisationId && !(await ctx.loaders.organisation.load(organisationId))) {
    problems.push({ field: 'organisationId', code: 'unknown_reference' });
  }
  if (scopeIds?.length) {
    const regions = new Set((await loadAll(ctx.loaders.region, scopeIds)).map((r) => r.id));
    const orgs = new Set((await loadAll(ctx.loaders.organisation, scopeIds)).map((o) => o.id));
    scopeIds.forEach((id, i) => {
      if (!regions.has(id) && !orgs.has(id))
        problems.push({ field: `scopeIds.${i}`, code: 'unknown_reference' });
    });
  }
  if (problems.length) reject(ctx.lang, problems);
}

const CreatedAccount = builder
  .objectRef<{ account: AccountRow; password: string | null; invited: boolean }>('CreatedAccount')
  .implement({
    fields: (t) => ({
      account: t.field({ type: AccountRef, resolve: (c) => c.account }),
      password: t.exposeString('password', {
        nullable: true,
        description:
          'The generated password, shown this once; null when one was given or the user was invited.',
      }),
      invited: t.exposeBoolean('invited', {
        description:
          'True when the invitation mail went out; false without invite, or when sending failed (the user can then ask for a reset link on the sign-in page).',
      }),
    }),
  });

async function account(ctx: Context, id: string): Promise<AccountRow> {
  const found = await ctx.repos.auth.account(id);
  if (!found) throw new NotFoundError('user', id);
  return found;
}

builder.queryField('users', (t) =>
  t.field({
    type: [AccountRef],
    authScopes: { admin: true },
    resolve: (_root, _args, { repos }) => repos.auth.users(),
  }),
);

builder.mutationFields((t) => ({
  endUserSessions: t.int({
    authScopes: { admin: true },
    description:
      'Signs a user out everywhere: ends every session and API token of the account (administrators; audited). How many ended. A lost laptop or a leaked token is dealt with at once; the account stays usable with a new sign-in.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const actor = requireAdmin(ctx);
      const user = await account(ctx, id);
      let ended = 0;
      await ctx.repos.editor.run(actor, async (w) => {
        ended = await ctx.repos.auth.endUserSessionsIn(w.tx, id);
        await w.record('UPDATE', { id, label: 'User', current: { name: user.name } }, [
          { field: 'sessions', from: ended, to: 0 },
        ]);
      });
      return ended;
    },
  }),
  deleteUser: t.boolean({
    description:
      'Deletes a user account for good, e.g. on an erasure request (administrators; not their own). Its sessions end; the audit events, reports and import jobs it wrote stay, with a pseudonym instead of its name and e-mail address.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, { id, reason }, ctx) => {
      const actor = requireAdmin(ctx);
      const why = validate(line(500, 5), reason, ctx.lang);
      if (id === actor.id)
        throw new UserError('FORBIDDEN', 'An administrator cannot delete their own account');
      const [user] = await ctx.repos.auth.usersByIds([id]);
      if (!user) throw new NotFoundError('user', id);
      await ctx.repos.editor.run(actor, async (w) => {
        await ctx.repos.audit.eraseUser(w.tx, id, { email: user.email, name: user.name });
        await ctx.repos.auth.deleteUserIn(w.tx, id);
        await w.record('DELETE', { id, label: 'User', current: {} }, [
          { field: 'reason', from: null, to: why },
        ]);
      });
      return true;
    },
  }),
  createUser: t.field({
    type: CreatedAccount,
    args: { input: t.arg({ type: AccountInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const actor = requireAdmin(ctx);
      const data = validate(
        z.object({
          email: userFields.email,
          name: userFields.name,
          password: z.string().max(PASSWORD_MAX_LENGTH).optional(),
        }),
        { email: input.email, name: input.name, password: input.password ?? undefined },
        ctx.lang,
      );
      const invite = input.invite === true;
      // An invited user chooses their own password: the administrator never handles one.
      if (invite && data.password) reject(ctx.lang, [{ field: 'password', code: 'invalid' }]);
      const weak = data.password ? passwordProblem(data.password, data) : null;
      if (weak) reject(ctx.lang, [{ field: 'password', code: weak.code, params: weak.params }]);
      await checkRefs(ctx, input.organisationId, input.scopeIds ?? undefined);
      const password = invite ? null : (data.password ?? randomBytes(15).toString('base64url'));
      const id = `user-${randomBytes(8).toString('hex')}`;
      const role = input.role as UserRole;
      const language = input.language ?? 'NL';
      const link = invite ? ctx.accountLinks.newLink() : null;
      try {
        await ctx.repos.editor.run(actor, async (w) => {
          await ctx.repos.auth.createUserIn(w.tx, {
            id,
            email: data.email,
            name: data.name,
            role,
            passwordHash: password === null ? null : await hashPassword(password),
          });
          await ctx.repos.auth.updateUser(
            w.tx,
            id,
            { language },
            input.organisationId ?? null,
            input.scopeIds ?? [],
          );
          if (link) {
            await ctx.repos.auth.createAccountTokenIn(w.tx, {
              id: link.id,
              userId: id,
              hash: link.hash,
              purpose: 'invitation',
              minutes: LINK_MINUTES.invitation,
            });
          }
          await w.record('CREATE', { id, label: 'User', current: { name: data.name } }, [
            { field: 'email', from: null, to: data.email },
            { field: 'role', from: null, to: role },
            { field: 'organisationId', from: null, to: input.organisationId ?? null },
            { field: 'scopeIds', from: null, to: input.scopeIds ?? [] },
            { field: 'language', from: null, to: language },
            ...(invite ? [{ field: 'invitation', from: null, to: 'mailed' }] : []),
          ]);
        });
      } catch (error) {
        if (error instanceof DuplicateError) throw new DuplicateError('user', 'email', data.email);
        throw error;
      }
      // Mailed after the commit: an account that failed to be made is never announced.
      const invited = link
        ? await ctx.accountLinks.sendInvitation(
            { id, email: data.email, name: data.name, language },
            link,
            ctx.viewer?.name ?? actor.email,
          )
        : false;
      return {
        account: await account(ctx, id),
        password: data.password || password === null ? null : password,
        invited,
      };
    },
  }),
  updateUser: t.field({
    type: AccountRef,
    args: {
      id: t.arg.id({ required: true }),
      patch: t.arg({ type: AccountPatch, required: true }),
    },
    resolve: async (_root, { id, patch }, ctx) => {
      const actor = requireAdmin(ctx);
      const name =
        patch.name === null || patch.name === undefined
          ? undefined
          : validate(userFields.name, patch.name, ctx.lang);
      const organisationId =
        patch.organisationId === '' ? null : (patch.organisationId ?? undefined);
      await checkRefs(ctx, organisationId, patch.scopeIds ?? undefined);
      const before = await account(ctx, id);
      const props = Object.fromEntries(
        Object.entries({
          name,
          role: patch.role ?? undefined,
          disabled: patch.disabled ?? undefined,
        }).filter(([, v]) => v !== undefined),
      );
      await ctx.repos.editor.run(actor, async (w) => {
        await ctx.repos.auth.updateUser(
          w.tx,
          id,
          props,
          organisationId,
          patch.scopeIds ?? undefined,
        );
        const changes = [
          ...Object.entries(props).map(([field, to]) => ({
            field,
            from: before[field as keyof AccountRow] ?? null,
            to,
          })),
          ...(organisationId !== undefined
            ? [{ field: 'organisationId', from: before.organisationId, to: organisationId }]
            : []),
          ...(patch.scopeIds
            ? [
                {
                  field: 'scopeIds',
                  from: [...before.scopeRegionIds, ...before.scopeOrganisationIds],
                  to: patch.scopeIds,
                },
              ]
            : []),
        ];
        await w.record('UPDATE', { id, label: 'User', current: { name: before.name } }, changes);
      });
      return account(ctx, id);
    },
  }),
}));
