/** The verification queue: contacts overdue for verification and reports that a contact is wrong. */

import { actorOf, assertInScope } from '../auth/permissions';
import { canSeePersonalData } from '../auth/personal-data';
import { builder } from '../builder';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { loadOne } from '../repositories';
import { staleCutoff } from '../shared/verification';
import { type ContactReportRow, queueScope } from './contact.repository';
import { ContactRef } from './contact.schema';
import { ReportReasonEnum } from './report.schema';

const contactOf = (ctx: Context, id: string, type: 'PERSON' | 'CONTACT_POINT') =>
  type === 'PERSON' ? loadOne(ctx.loaders.person, id) : loadOne(ctx.loaders.contactPoint, id);

const ContactReportRef = builder.objectRef<ContactReportRow>('ContactReport').implement({
  description: 'A signed-in user reported that a contact is wrong.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    userEmail: t.exposeString('userEmail'),
    reason: t.field({
      type: ReportReasonEnum,
      resolve: (r) => r.reason ?? 'OTHER',
    }),
    message: t.exposeString('message', {
      nullable: true,
      description: 'What the reporter wrote; absent when the reason says it all.',
    }),
    status: t.exposeString('status'),
    contact: t.field({
      type: ContactRef,
      resolve: (r, _a, ctx) => contactOf(ctx, r.contactId, r.contactType),
    }),
  }),
});

builder.queryFields((t) => ({
  overdueContacts: t.field({
    type: [ContactRef],
    description:
      'Contacts in your scope not verified within the verification period, oldest first (coordinators).',
    authScopes: { coordinator: true },
    args: { first: t.arg.int({ defaultValue: 50 }) },
    resolve: async (_root, args, ctx) => {
      const first = Math.min(Math.max(args.first ?? 50, 1), 200);
      const rows = await ctx.repos.contacts.overdue(
        staleCutoff(ctx.settings.verificationMonths),
        queueScope(ctx.viewer),
        canSeePersonalData(ctx),
        first,
      );
      return Promise.all(rows.map((r) => contactOf(ctx, r.id, r.type)));
    },
  }),
  contactReports: t.field({
    type: [ContactReportRef],
    description: 'Open reports about contacts in your scope, oldest first (coordinators).',
    authScopes: { coordinator: true },
    args: { first: t.arg.int({ defaultValue: 50 }) },
    resolve: (_root, args, ctx) =>
      ctx.repos.contacts.reports(
        queueScope(ctx.viewer),
        Math.min(Math.max(args.first ?? 50, 1), 200),
      ),
  }),
}));

builder.mutationField('resolveContactReport', (t) =>
  t.boolean({
    description: 'Marks a report as dealt with.',
    args: { id: t.arg.id({ required: true }) },
    authScopes: { editor: true },
    resolve: async (_root, { id }, ctx) => {
      const actor = actorOf(ctx);
      const about = await ctx.repos.contacts.reportContactId(id);
      if (!about) throw new NotFoundError('report', id);
      // Named here, not declared: the report's contact is known only once the report is loaded.
      await assertInScope(ctx, [about]);
      await ctx.repos.editor.run(actor, async (w) => {
        const contactId = await ctx.repos.contacts.resolveReport(w.tx, id, actor.id);
        if (!contactId) throw new NotFoundError('report', id);
        await w.record('UPDATE', { id: contactId, label: 'ContactReport', current: {} }, [
          { field: 'report', from: 'OPEN', to: 'RESOLVED' },
        ]);
      });
      return true;
    },
  }),
);
