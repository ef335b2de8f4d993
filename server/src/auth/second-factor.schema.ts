/**
 * The second factor of local accounts: enrol with an authenticator app (QR code), recovery codes,
 * turn it off; administrators require it per role and reset it for a lost device. Sign-in's code
 * is checked in auth.service.ts; until an account that must have one has enrolled, only these
 * operations are open (second-factor.plugin.ts).
 */
import { builder } from '../builder';
import type { Context } from '../context';
import { NotFoundError, UserError } from '../errors';
import { USER_ROLES } from '../shared/codes';
import { message } from '../shared/messages';
import { reject } from '../shared/validation';
import type { UserRole } from './auth.repository';
import { UserRoleEnum } from './auth.schema';
import { requireAdmin } from './permissions';
import {
  enrolmentOf,
  newRecoveryCodes,
  newSecret,
  normaliseCode,
  verifyCode,
} from './second-factor';

const SecondFactorStatus = builder
  .objectRef<{ enabled: boolean; required: boolean; recoveryCodesLeft: number }>(
    'SecondFactorStatus',
  )
  .implement({
    description: "The signed-in user's second factor.",
    fields: (t) => ({
      enabled: t.exposeBoolean('enabled', { description: 'Sign-in asks for a code.' }),
      required: t.exposeBoolean('required', {
        description: 'Their role must sign in with a second factor (it cannot be turned off).',
      }),
      recoveryCodesLeft: t.exposeInt('recoveryCodesLeft'),
    }),
  });

const SecondFactorEnrolment = builder
  .objectRef<{ secret: string; uri: string; qrCode: string }>('SecondFactorEnrolment')
  .implement({
    description: 'What an authenticator app needs; shown while enrolling only.',
    fields: (t) => ({
      secret: t.exposeString('secret', {
        description: 'The key in base32, to type in by hand (or read out by a screen reader).',
      }),
      uri: t.exposeString('uri', { description: 'The otpauth:// URI the QR code holds.' }),
      qrCode: t.exposeString('qrCode', { description: 'The QR code, an SVG data URL.' }),
    }),
  });

const RecoveryCodes = builder
  .objectRef<{ recoveryCodes: string[] }>('SecondFactorRecoveryCodes')
  .implement({
    fields: (t) => ({
      recoveryCodes: t.exposeStringList('recoveryCodes', {
        description:
          'Ten single-use codes for when the device is lost, shown this once (only their hashes are kept).',
      }),
    }),
  });

function signedIn(ctx: Context) {
  if (!ctx.viewer) throw new UserError('UNAUTHENTICATED', 'Sign in first');
  return ctx.viewer;
}

/** The code of a form, or a per-field refusal when it is not six digits. */
function codeOf(ctx: Context, code: string): string {
  const digits = code.length <= 20 ? normaliseCode(code) : null;
  if (!digits) reject(ctx.lang, [{ field: 'code', code: 'second_factor_format' }]);
  return digits;
}

builder.queryFields((t) => ({
  mySecondFactor: t.field({
    type: SecondFactorStatus,
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const row = await ctx.repos.secondFactor.ofUser(signedIn(ctx).id);
      return {
        enabled: Boolean(row?.secret),
        required: row?.required ?? false,
        recoveryCodesLeft: row?.secret ? row.recoveryCodesLeft : 0,
      };
    },
  }),
  secondFactorRoles: t.field({
    type: [UserRoleEnum],
    authScopes: { admin: true },
    description: 'The roles that must sign in with a second factor.',
    resolve: (_root, _args, ctx) => ctx.repos.secondFactor.requiredRoles(),
  }),
}));

builder.mutationFields((t) => ({
  startSecondFactorEnrolment: t.field({
    type: SecondFactorEnrolment,
    authScopes: { signedIn: true },
    description:
      'Starts enrolling an authenticator app: a new secret, pending until confirmSecondFactorEnrolment (starting again replaces it).',
    resolve: async (_root, _args, ctx) => {
      const viewer = signedIn(ctx);
      const row = await ctx.repos.secondFactor.ofUser(viewer.id);
      if (row?.secret) {
        throw new UserError('BAD_USER_INPUT', message(ctx.lang, 'second_factor_already'));
      }
      const secret = newSecret();
      await ctx.repos.secondFactor.start(viewer.id, secret);
      return { secret, ...(await enrolmentOf(secret, viewer.email)) };
    },
  }),
  confirmSecondFactorEnrolment: t.field({
    type: RecoveryCodes,
    authScopes: { signedIn: true },
    description:
      'Confirms the enrolment with a current code from the app (audited); answers the recovery codes, once. Throttled like signIn.',
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const viewer = signedIn(ctx);
      const code = codeOf(ctx, args.code);
      const row = await ctx.repos.secondFactor.ofUser(viewer.id);
      const pending = row?.pending;
      if (row?.secret || !pending) {
        throw new UserError('BAD_USER_INPUT', message(ctx.lang, 'second_factor_not_started'));
      }
      let step: number | null = null;
      const right = await ctx.auth.throttledCheck(viewer.email, ctx.clientAddress, async () => {
        step = await verifyCode(pending, code, -1);
        return step !== null;
      });
      if (!right || step === null)
        reject(ctx.lang, [{ field: 'code', code: 'second_factor_wrong' }]);
      const { codes, hashes } = newRecoveryCodes();
      const confirmed = step;
      await ctx.repos.editor.run(viewer, async (w) => {
        if (!(await ctx.repos.secondFactor.enableIn(w.tx, viewer.id, pending, confirmed, hashes))) {
          throw new UserError('BAD_USER_INPUT', message(ctx.lang, 'second_factor_not_started'));
        }
        await w.record('UPDATE', { id: viewer.id, label: 'User', current: { name: viewer.name } }, [
          { field: 'secondFactor', from: false, to: true },
        ]);
      });
      await ctx.accountLinks.noticeSignInMethod(viewer.email, 'second-factor-on');
      return { recoveryCodes: codes };
    },
  }),
  disableSecondFactor: t.boolean({
    authScopes: { signedIn: true },
    description:
      'Turns your second factor off with a current code (audited); refused when your role requires one. Throttled like signIn.',
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const viewer = signedIn(ctx);
      const code = codeOf(ctx, args.code);
      const row = await ctx.repos.secondFactor.ofUser(viewer.id);
      const secret = row?.secret;
      if (!row || !secret) return false;
      if (row.required) {
        throw new UserError('FORBIDDEN', message(ctx.lang, 'second_factor_required_by_role'));
      }
      const right = await ctx.auth.throttledCheck(viewer.email, ctx.clientAddress, async () => {
        const step = await verifyCode(secret, code, row.lastStep);
        return step !== null && (await ctx.repos.secondFactor.useStep(viewer.id, secret, step));
      });
      if (!right) reject(ctx.lang, [{ field: 'code', code: 'second_factor_wrong' }]);
      await ctx.repos.editor.run(viewer, async (w) => {
        await ctx.repos.secondFactor.clearIn(w.tx, viewer.id);
        await w.record('UPDATE', { id: viewer.id, label: 'User', current: { name: viewer.name } }, [
          { field: 'secondFactor', from: true, to: false },
        ]);
      });
      await ctx.accountLinks.noticeSignInMethod(viewer.email, 'second-factor-off');
      return true;
    },
  }),
  resetSecondFactor: t.boolean({
    authScopes: { admin: true },
    description:
      "Removes a user's second factor, e.g. for a lost device (administrators; audited). Every session of the user ends; they enrol afresh at their next sign-in when their role requires it. False when they had none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const actor = requireAdmin(ctx);
      const [user] = await ctx.repos.auth.usersByIds([String(id)]);
      if (!user) throw new NotFoundError('user', String(id));
      const reset = await ctx.repos.editor.run(actor, async (w) => {
        const had = await ctx.repos.secondFactor.clearIn(w.tx, user.id);
        if (!had) return false;
        const ended = await ctx.repos.auth.endUserSessionsIn(w.tx, user.id);
        await w.record('UPDATE', { id: user.id, label: 'User', current: { name: user.name } }, [
          { field: 'secondFactor', from: true, to: false },
          { field: 'sessions', from: ended, to: 0 },
        ]);
        return true;
      });
      if (reset) await ctx.accountLinks.noticeSignInMethod(user.email, 'second-factor-reset');
      return reset;
    },
  }),
  setSecondFactorRoles: t.field({
    type: [UserRoleEnum],
    authScopes: { admin: true },
    description:
      'Sets the roles that must sign in with a second factor (administrators; audited). Their users without one are sent to enrol at their next request.',
    args: { roles: t.arg({ type: [UserRoleEnum], required: true }) },
    resolve: async (_root, args, ctx) => {
      const actor = requireAdmin(ctx);
      const roles = USER_ROLES.filter((r) => (args.roles as UserRole[]).includes(r));
      await ctx.repos.editor.run(actor, async (w) => {
        const before = await ctx.repos.secondFactor.setRequiredRolesIn(w.tx, roles);
        if (JSON.stringify(before) === JSON.stringify(roles)) return;
        await w.record(
          'UPDATE',
          { id: 'auth-policy', label: 'AuthPolicy', current: { name: 'Sign-in' } },
          [{ field: 'secondFactorRoles', from: before, to: roles }],
        );
      });
      return roles;
    },
  }),
}));
