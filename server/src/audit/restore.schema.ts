/** "Restore this version" on a history entry (coordinators in scope, administrators). */
import { builder } from '../builder';
import { restoreVersion } from './restore';

const RestoredVersionRef = builder
  .objectRef<{ entityId: string; entityType: string; fields: string[] }>('RestoredVersion')
  .implement({
    description: 'What a restore put back: the entity and the fields it changed.',
    fields: (t) => ({
      entityId: t.exposeID('entityId'),
      entityType: t.exposeString('entityType'),
      fields: t.exposeStringList('fields', {
        description: 'The fields that got their earlier value back.',
      }),
    }),
  });

builder.mutationField('restoreVersion', (t) =>
  t.field({
    type: RestoredVersionRef,
    authScopes: { editor: true },
    description:
      'Puts the fields of an organisation or unit back to what they were right after one event ' +
      'of its history (relationships are not part of a version). Goes through the same rules, ' +
      'scope check and version check as an edit (CONFLICT when `expectedVersion` is stale) and ' +
      'is recorded as one REVERT event naming the event it went back to.',
    args: {
      entityId: t.arg.id({ required: true }),
      auditEventId: t.arg.id({ required: true, description: 'The history entry to go back to.' }),
      expectedVersion: t.arg.int({
        required: true,
        description: 'The version the restore was based on.',
      }),
    },
    resolve: async (_root, { entityId, auditEventId, expectedVersion }, ctx) => {
      const done = await restoreVersion(ctx, entityId, auditEventId, expectedVersion);
      if (done.entityType === 'Organisation') {
        ctx.loaders.organisation.clear(entityId);
        ctx.loaders.organisationDetails.clear(entityId);
      } else ctx.loaders.unit.clear(entityId);
      return {
        entityId,
        entityType: done.entityType,
        fields: done.changes.map((c) => c.field),
      };
    },
  }),
);
