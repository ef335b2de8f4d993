/** Mail links for accounts: accept an invitation, ask for a password reset, reset the password. */
import { LIMITS } from '../../../shared/rules/limits';
import { builder } from '../builder';
import type { Context } from '../context';
import { UserError } from '../errors';
import { checkLinkToken } from '../shared/tokens';
import type { LinkPurpose } from './auth.repository';
import { SignInPayload } from './auth.schema';
import { requirePasswordSignIn } from './auth.service';
import { setSessionCookie } from './session-cookie';

/** Uses a link and signs the browser in with a fresh session (every other one has ended). */
async function redeemAndSignIn(
  ctx: Context,
  purpose: LinkPurpose,
  token: string,
  password: string,
) {
  requirePasswordSignIn(ctx.auth.settings, ctx.lang);
  checkLinkToken(token);
  const userId = await ctx.accountLinks.redeem(purpose, token, password, ctx.lang);
  const [user] = await ctx.repos.auth.usersByIds([userId]);
  if (!user) throw new Error(`user ${userId} vanished after setting a password`);
  const session = await ctx.auth.openSession(userId, 'cookie');
  await setSessionCookie(ctx.request, session, ctx.auth.settings.secureCookies);
  ctx.viewer = await ctx.auth.viewerForToken(session.token, 'cookie');
  return { user, token: null, expiresAt: session.expiresAt.toISOString() };
}

builder.mutationFields((t) => ({
  acceptInvitation: t.field({
    type: SignInPayload,
    description:
      'Sets the first password of an invited account with the token of its invitation mail (single use, expiring) and signs in.',
    args: {
      token: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => redeemAndSignIn(ctx, 'invitation', args.token, args.password),
  }),
  requestPasswordReset: t.boolean({
    description:
      'Mails a single-use link to set a new password, when the address has an account; always answers true (throttled like signIn).',
    args: { email: t.arg.string({ required: true }) },
    resolve: async (_root, { email }, ctx) => {
      requirePasswordSignIn(ctx.auth.settings, ctx.lang);
      if (email.length > LIMITS.email)
        throw new UserError('BAD_USER_INPUT', 'E-mail address is too long');
      await ctx.accountLinks.requestReset(email, ctx.clientAddress, ctx.lang);
      return true;
    },
  }),
  resetPassword: t.field({
    type: SignInPayload,
    description:
      'Sets a new password with the token of a reset mail (single use, expiring), ends every other session and signs in.',
    args: {
      token: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => redeemAndSignIn(ctx, 'reset', args.token, args.password),
  }),
}));
