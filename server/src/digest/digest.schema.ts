/**
 * The coordinators' weekly digest setting: a coordinator or administrator reads and sets their
 * own; anyone holding a digest's opt-out link turns that account's digest off. Refusals of the
 * link name the field `token`.
 */
import { actorOf } from '../auth/permissions';
import { builder } from '../builder';
import type { Context } from '../context';
import { checkLinkToken } from '../shared/tokens';
import { DigestSettings } from './digest';

const settingsOf = (ctx: Context) => new DigestSettings(ctx.repos.digest, ctx.repos.editor);

builder.queryField('myDigestMail', (t) =>
  t.boolean({
    description:
      'Whether you get the weekly digest of what needs you as coordinator (on unless turned off).',
    authScopes: { coordinator: true },
    resolve: (_root, _args, ctx) => ctx.repos.digest.isOn(actorOf(ctx).id),
  }),
);

builder.mutationFields((t) => ({
  setDigestMail: t.boolean({
    description:
      'Turns your weekly digest on or off (coordinators and administrators; audited). Answers the setting.',
    authScopes: { coordinator: true },
    args: { on: t.arg.boolean({ required: true }) },
    resolve: (_root, { on }, ctx) =>
      settingsOf(ctx).set({ ...actorOf(ctx), name: ctx.viewer?.name ?? '' }, on),
  }),
  stopDigestMail: t.boolean({
    description:
      'Turns off the weekly digest of the account a digest mail went to, through that mail’s link (any digest it received; no sign-in needed; audited as the account’s own change).',
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) => {
      checkLinkToken(token);
      await settingsOf(ctx).stop(token, ctx.lang);
      return true;
    },
  }),
}));
