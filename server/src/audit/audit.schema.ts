/** The audit trail: who changed what, when, from what to what; and admins' hard deletion. */
import { requireAdmin } from '../auth/permissions';
import { builder } from '../builder';
import { ContactPointRef, PersonRef } from '../contacts/contact.schema';
import { UserError } from '../errors';
import { IndicatorRef } from '../indicators/indicator.schema';
import { MeasureRef } from '../measures/measure.schema';
import { NetworkRef, OrganisationRef, OrgUnitRef } from '../organisations/organisation.schema';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination';
import { line, reject, validate } from '../shared/validation';
import { SharingAgreementRef } from '../sharing/sharing.schema';
import type { AuditEventView, Change } from './audit.repository';

const ChangeRef = builder.objectRef<Change>('Change').implement({
  description: 'One field of one change: its value before and after (as JSON text).',
  fields: (t) => ({
    field: t.exposeString('field'),
    from: t.string({
      nullable: true,
      resolve: (c) => (c.from === null || c.from === undefined ? null : JSON.stringify(c.from)),
    }),
    to: t.string({
      nullable: true,
      resolve: (c) => (c.to === null || c.to === undefined ? null : JSON.stringify(c.to)),
    }),
  }),
});

export const AuditEventRef = builder.objectRef<AuditEventView>('AuditEvent').implement({
  description: 'A change to the network, written in the same transaction as the change itself.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    userId: t.exposeID('userId'),
    userEmail: t.exposeString('userEmail'),
    userName: t.exposeString('userName', {
      nullable: true,
      description: 'The current name of the account that made the change (null when it is gone).',
    }),
    action: t.exposeString('action', {
      description: 'CREATE, UPDATE, ARCHIVE, RESTORE, DELETE, VERIFY, …',
    }),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeID('entityId'),
    entityName: t.exposeString('entityName', { nullable: true }),
    changes: t.field({ type: [ChangeRef], resolve: (e) => JSON.parse(e.changes) as Change[] }),
  }),
});

for (const ref of [
  OrganisationRef,
  OrgUnitRef,
  ContactPointRef,
  PersonRef,
  SharingAgreementRef,
  MeasureRef,
  IndicatorRef,
  NetworkRef,
]) {
  builder.objectField(ref, 'history', (t) =>
    t.field({
      type: [AuditEventRef],
      description: 'Its changes, newest first (coordinators and administrators).',
      authScopes: { coordinator: true },
      resolve: (row, _a, { loaders }) => loaders.history.load((row as { id: string }).id),
    }),
  );
}

const AuditPage = builder
  .objectRef<{ events: AuditEventView[]; endCursor: string | null; hasNextPage: boolean }>(
    'AuditPage',
  )
  .implement({
    fields: (t) => ({
      events: t.field({ type: [AuditEventRef], resolve: (p) => p.events }),
      endCursor: t.exposeString('endCursor', { nullable: true }),
      hasNextPage: t.exposeBoolean('hasNextPage'),
    }),
  });

builder.queryField('auditLog', (t) =>
  t.field({
    type: AuditPage,
    description: 'The audit trail across the network, newest first (administrators).',
    authScopes: { admin: true },
    args: {
      entityId: t.arg.id(),
      withParts: t.arg.boolean({
        defaultValue: false,
        description:
          "With `entityId`: also the changes to what belongs to it (an organisation's units, " +
          'contact points, the people who work or worked there, the agreements it is party to).',
      }),
      userId: t.arg.id(),
      from: t.arg({ type: 'DateTime', description: 'From this moment (inclusive).' }),
      to: t.arg({ type: 'DateTime', description: 'Until this moment (exclusive).' }),
      first: t.arg.int({ defaultValue: 50 }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, { repos }) => {
      const size = pageSize(args.first, 50);
      const cursor = decodeCursor(args.after);
      const events = await repos.audit.log(
        {
          entityId: args.entityId ?? null,
          withParts: args.withParts ?? false,
          userId: args.userId ?? null,
          from: args.from ?? null,
          to: args.to ?? null,
        },
        size + 1,
        cursor ? { at: cursor.name, id: cursor.id } : null,
      );
      const page = events.slice(0, size);
      const last = page.at(-1);
      return {
        events: page,
        hasNextPage: events.length > size,
        endCursor: last ? encodeCursor(last.at, last.id) : null,
      };
    },
  }),
);

builder.mutationField('deleteEntity', (t) =>
  t.boolean({
    description:
      'Deletes an entity for good, e.g. a person on a data-protection request (administrators). ' +
      'The deletion itself is audited, with the reason.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, { id, reason }, ctx) => {
      const actor = requireAdmin(ctx);
      const why = validate(line(500, 5), reason, ctx.lang);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, null, 'entity');
        if (['Barrier', 'Region'].includes(locked.label)) {
          throw new UserError(
            'FORBIDDEN',
            `A ${locked.label} is part of the model and cannot be deleted`,
          );
        }
        const dependents = await w.dependents(locked);
        if (Object.values(dependents).some((n) => n > 0)) {
          reject(ctx.lang, [{ field: 'id', code: 'has_dependents', params: { ...dependents } }]);
        }
        await w.delete(locked, why);
      });
      return true;
    },
  }),
);
