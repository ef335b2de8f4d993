/**
 * A contact's own link (no account): see the entry it is for, confirm it, propose a correction or
 * stop the mails. Public, but every field needs the link's token; refusals name the field `token`
 * (contact_link_invalid, contact_link_used, contact_link_expired) or `message`.
 */
import { builder } from '../builder';
import type { Context } from '../context';
import { checkLinkToken } from '../shared/tokens';
import { ContactLinks, type OwnEntry } from './contact-links';

const ContactLinkSubject = builder.enumType('ContactLinkSubject', {
  description: 'What a contact link is for: a contact person or a contact point.',
  values: {
    PERSON: { description: 'A contact person.' },
    CONTACT_POINT: { description: 'A contact point (a team mailbox, a desk, a line).' },
  },
});

const OwnEntryRef = builder.objectRef<OwnEntry>('OwnContactEntry').implement({
  description:
    'The one entry a contact link is for, as the contact sees it: nothing about anyone else.',
  fields: (t) => ({
    type: t.field({ type: ContactLinkSubject, resolve: (e) => e.type }),
    name: t.exposeString('name'),
    function: t.exposeString('function', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    organisationName: t.exposeString('organisationName', { nullable: true }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    mailStopped: t.exposeBoolean('mailStopped', {
      description: 'The contact has asked for no more verification mails.',
    }),
  }),
});

const linkOf = (ctx: Context) =>
  new ContactLinks(ctx.repos.contactLinks, ctx.repos.contacts, ctx.repos.editor);

builder.queryField('ownContactEntry', (t) =>
  t.field({
    type: OwnEntryRef,
    description:
      'The entry a contact verification link is for (anyone holding the link; single use, expiring).',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, { token }, ctx) => linkOf(ctx).entry(checkLinkToken(token), ctx.lang),
  }),
);

builder.mutationFields((t) => ({
  confirmOwnContact: t.boolean({
    description:
      'The contact confirms their entry through their link: sets lastVerifiedAt to today, audited as made by the contact. Uses the link.',
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) => {
      await linkOf(ctx).confirm(checkLinkToken(token), ctx.lang);
      return true;
    },
  }),
  proposeContactCorrection: t.boolean({
    description:
      'The contact says what should change in their entry: a proposal (reason PROPOSAL) in the coordinators’ queue; the entry itself does not change. Uses the link.',
    args: {
      token: t.arg.string({ required: true }),
      message: t.arg.string({ required: true }),
    },
    resolve: async (_root, { token, message }, ctx) => {
      await linkOf(ctx).propose(checkLinkToken(token), message, ctx.lang);
      return true;
    },
  }),
  stopContactMail: t.boolean({
    description:
      'The contact asks for no more verification mails (any link they received, used or not), audited.',
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, { token }, ctx) => {
      await linkOf(ctx).stopMail(checkLinkToken(token), ctx.lang);
      return true;
    },
  }),
}));
