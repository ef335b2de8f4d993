/** Coordinators' changes to information-sharing agreements. */
import { agreementDetails, agreementPatch } from '../../../shared/rules/agreement';
import { actorOf, assertBothEndsInScope, assertInScope } from '../auth/permissions';
import { builder } from '../builder';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { loadAll } from '../repositories';
import { DATA_CATEGORIES } from '../shared/codes';
import { randomId } from '../shared/ids';
import { TranslatedTextInput, translatedProps } from '../shared/inputs.schema';
import { reject, validate } from '../shared/validation';
import { SharingAgreementRef } from './sharing.schema';

const DataCategoryEnum = builder.enumType('DataCategory', { values: DATA_CATEGORIES });

const AgreementInput = builder.inputType('SharingAgreementInput', {
  fields: (t) => ({
    fromId: t.id({ required: true, description: 'The organisation that shares.' }),
    toId: t.id({ required: true, description: 'The organisation that receives.' }),
    mutual: t.boolean({ defaultValue: false }),
    dataCategories: t.field({ type: [DataCategoryEnum], required: true }),
    legalBasisIds: t.idList({ required: true }),
    conditions: t.field({ type: TranslatedTextInput }),
  }),
});

const AgreementPatch = builder.inputType('SharingAgreementPatch', {
  fields: (t) => ({
    mutual: t.boolean(),
    dataCategories: t.field({ type: [DataCategoryEnum] }),
    legalBasisIds: t.idList(),
    conditions: t.field({ type: TranslatedTextInput }),
  }),
});

async function checkLegalBases(ctx: Context, ids: string[]) {
  const known = new Set((await loadAll(ctx.loaders.legalBasis, ids)).map((l) => l.id));
  const problems = ids.flatMap((id, i) =>
    known.has(id) ? [] : [{ field: `legalBasisIds.${i}`, code: 'unknown_reference' }],
  );
  if (ids.length === 0) problems.push({ field: 'legalBasisIds', code: 'required' });
  if (problems.length) reject(ctx.lang, problems);
}

/** Both parties of an agreement must be in scope to change it (its id alone when unknown). */
async function assertPartiesInScope(ctx: Context, id: string) {
  ctx.loaders.agreement.clear(id);
  const agreement = await ctx.loaders.agreement.load(id);
  if (!agreement) return assertInScope(ctx, [id]);
  await assertBothEndsInScope(ctx, { entities: [agreement.fromId, agreement.toId] });
}

async function fresh(ctx: Context, id: string) {
  ctx.loaders.agreement.clear(id);
  const row = await ctx.loaders.agreement.load(id);
  if (!row) throw new NotFoundError('agreement', id);
  return row;
}

builder.mutationFields((t) => ({
  createSharingAgreement: t.field({
    type: SharingAgreementRef,
    authScopes: { editor: true },
    description:
      'Records that one organisation may share data with another, and on which legal basis.',
    args: { input: t.arg({ type: AgreementInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const actor = actorOf(ctx);
      const data = validate(
        agreementDetails,
        translatedProps('conditions', input.conditions),
        ctx.lang,
      );
      const problems = [];
      if (input.fromId === input.toId) problems.push({ field: 'toId', code: 'self_reference' });
      if (input.dataCategories.length === 0)
        problems.push({ field: 'dataCategories', code: 'required' });
      if (problems.length) reject(ctx.lang, problems);
      await checkLegalBases(ctx, input.legalBasisIds);
      // An agreement links two organisations: both parties must be in the coordinator's scope.
      await assertBothEndsInScope(ctx, { entities: [input.fromId, input.toId] });
      const id = randomId(
        'agr',
        `${input.fromId.replace(/^org-/, '')}-${input.toId.replace(/^org-/, '')}`,
      );
      await ctx.repos.editor.run(actor, async (w) => {
        const props = {
          ...data,
          mutual: input.mutual ?? false,
          dataCategories: [...new Set(input.dataCategories)],
        };
        const created = await ctx.repos.sharing.createAgreement(w.tx, {
          id,
          fromId: input.fromId,
          toId: input.toId,
          legalBasisIds: input.legalBasisIds,
          props,
        });
        if (!created)
          reject(ctx.lang, [
            { field: 'fromId', code: 'unknown_reference' },
            { field: 'toId', code: 'unknown_reference' },
          ]);
        await w.created(id, 'SharingAgreement', {
          ...props,
          fromId: input.fromId,
          toId: input.toId,
          legalBasisIds: input.legalBasisIds,
          crossBorder: created.crossBorder,
        });
        w.touch(input.fromId, input.toId);
      });
      return fresh(ctx, id);
    },
  }),
  updateSharingAgreement: t.field({
    type: SharingAgreementRef,
    authScopes: { editor: true },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: AgreementPatch, required: true }),
    },
    resolve: async (_root, { id, version, patch }, ctx) => {
      const actor = actorOf(ctx);
      const data = validate(
        agreementPatch,
        translatedProps('conditions', patch.conditions),
        ctx.lang,
      );
      if (patch.legalBasisIds) await checkLegalBases(ctx, patch.legalBasisIds);
      if (patch.dataCategories?.length === 0)
        reject(ctx.lang, [{ field: 'dataCategories', code: 'required' }]);
      await assertPartiesInScope(ctx, id);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'agreement', 'SharingAgreement');
        await w.update(locked, {
          ...data,
          mutual: patch.mutual ?? undefined,
          dataCategories: patch.dataCategories ? [...new Set(patch.dataCategories)] : undefined,
        });
        if (patch.legalBasisIds) {
          const { before, after } = await ctx.repos.sharing.setLegalBases(
            w.tx,
            id,
            patch.legalBasisIds,
          );
          if (JSON.stringify(before) !== JSON.stringify(after)) {
            await w.changed(locked, [{ field: 'legalBasisIds', from: before, to: after }]);
          }
        }
      });
      return fresh(ctx, id);
    },
  }),
  endSharingAgreement: t.field({
    type: SharingAgreementRef,
    authScopes: { editor: true },
    description:
      'The agreement no longer applies: kept in history, no longer shown as a basis for sharing.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: async (_root, { id, version }, ctx) => {
      const actor = actorOf(ctx);
      await assertPartiesInScope(ctx, id);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'agreement', 'SharingAgreement');
        await w.update(locked, { status: 'ARCHIVED' }, 'ARCHIVE');
      });
      return fresh(ctx, id);
    },
  }),
}));
