/**
 * "This contact is wrong": staff report a contact to the coordinators in scope (their queue is
 * verification.schema.ts), and every signed-in user sees that it is being checked until a
 * coordinator resolves the report.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LIMITS } from '../../../shared/rules/limits';
import { builder } from '../builder';
import type { Context } from '../context';
import { UserError } from '../errors';
import { STAFF_REPORT_REASONS } from '../shared/codes';
import { optional, reject, text, validate } from '../shared/validation';
import { ContactRef } from './contact.schema';

/** The longest explanation a report takes (shared with the report form). */
export const REPORT_MESSAGE_MAX = LIMITS.reportMessage;
/** The most contacts one marker query asks about (a who-to-call answer shows fewer). */
const MARKERS_MAX = 200;

export const ReportReasonEnum = builder.enumType('ContactReportReason', {
  description:
    'What is wrong with a contact, as the staff member who reports it says (or PROPOSAL: the contact’s own).',
  values: {
    LEFT_ORGANISATION: { description: 'Has left the organisation, or no longer exists.' },
    WRONG_NUMBER: { description: 'The phone number is wrong.' },
    WRONG_ROLE: { description: 'Not the one to call for what it is listed for.' },
    OTHER: { description: 'Something else: the message says what.' },
    PROPOSAL: {
      description:
        'The contact itself proposes a correction through its verification mail (never a staff member’s choice).',
    },
  },
});

const reportSchema = z
  .object({ reason: z.enum(STAFF_REPORT_REASONS), message: optional(text(REPORT_MESSAGE_MAX)) })
  .superRefine((input, ctx) => {
    if (input.reason === 'OTHER' && !input.message)
      ctx.addIssue({ code: 'custom', path: ['message'], params: { code: 'required' } });
  });

/** The open reports about a contact, as this viewer may see them (null when anonymous). */
async function markerOf(ctx: Context, contactId: string) {
  if (!ctx.viewer) return null;
  const row = await ctx.loaders.reportMarker.load(contactId);
  const reporters = row?.reporterIds ?? [];
  return { reported: reporters.length > 0, reportedByYou: reporters.includes(ctx.viewer.id) };
}

builder.interfaceFields(ContactRef, (t) => ({
  reported: t.boolean({
    nullable: true,
    description:
      'Someone reported this contact as wrong and no coordinator has resolved it yet (signed-in users; null for anonymous visitors).',
    resolve: async (c, _a, ctx) => (await markerOf(ctx, c.id))?.reported ?? null,
  }),
  reportedByYou: t.boolean({
    nullable: true,
    description: 'You have an open report about this contact (null for anonymous visitors).',
    resolve: async (c, _a, ctx) => (await markerOf(ctx, c.id))?.reportedByYou ?? null,
  }),
}));

interface Marker {
  contactId: string;
  reported: boolean;
  reportedByYou: boolean;
}

const MarkerRef = builder.objectRef<Marker>('ContactReportMarker').implement({
  description: 'Whether a contact is reported as wrong and being checked.',
  fields: (t) => ({
    contactId: t.exposeID('contactId'),
    reported: t.exposeBoolean('reported'),
    reportedByYou: t.exposeBoolean('reportedByYou'),
  }),
});

builder.queryField('contactReportMarkers', (t) =>
  t.field({
    type: [MarkerRef],
    description:
      'The report markers of many contacts at once (signed-in users): one per id that names a contact.',
    authScopes: { signedIn: true },
    args: { ids: t.arg.idList({ required: true }) },
    resolve: async (_root, { ids }, ctx) => {
      if (ids.length > MARKERS_MAX)
        reject(ctx.lang, [{ field: 'ids', code: 'too_many', params: { max: MARKERS_MAX } }]);
      const rows = await ctx.loaders.reportMarker.loadMany([...new Set(ids)]);
      return rows.flatMap((row) =>
        row && !(row instanceof Error)
          ? [
              {
                contactId: row.id,
                reported: row.reporterIds.length > 0,
                reportedByYou: row.reporterIds.includes(ctx.viewer?.id ?? ''),
              },
            ]
          : [],
      );
    },
  }),
);

builder.mutationField('reportContact', (t) =>
  t.boolean({
    description:
      'Tells the coordinators responsible for a contact that it is wrong (any signed-in user). A second report by the same user while the first is open is refused (field `id`, code `already_reported`).',
    authScopes: { signedIn: true },
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg({ type: ReportReasonEnum, defaultValue: 'OTHER' }),
      message: t.arg.string({
        description: `What is wrong, at most ${REPORT_MESSAGE_MAX} characters; required when the reason is OTHER.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new UserError('UNAUTHENTICATED', 'Sign in to report a contact');
      const { reason, message } = validate(
        reportSchema,
        { reason: args.reason ?? 'OTHER', message: args.message ?? null },
        ctx.lang,
      );
      const note = message || null;
      await ctx.repos.editor.run({ id: viewer.id, email: viewer.email }, async (w) => {
        // The lock orders two reports of the same user, so the second sees the first.
        const contact = await w.lock(args.id, null, 'contact', 'ContactPoint', 'Person');
        const created = await ctx.repos.contacts.createReport(w.tx, {
          id: `report-${randomUUID()}`,
          contactId: args.id,
          userId: viewer.id,
          userEmail: viewer.email,
          reason,
          message: note,
        });
        if (!created) reject(ctx.lang, [{ field: 'id', code: 'already_reported' }]);
        await w.record('REPORT', contact, [
          { field: 'reason', from: null, to: reason },
          ...(note ? [{ field: 'report', from: null, to: note }] : []),
        ]);
      });
      return true;
    },
  }),
);
