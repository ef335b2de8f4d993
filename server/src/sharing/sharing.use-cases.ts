/**
 * What a coordinator can do to an information-sharing agreement, each as one function: check the
 * input with the shared rules (shared/rules/agreement.ts) and against the database (the legal
 * bases exist), check that both parties are in the coordinator's scope, write it in one audited
 * transaction, and read it back. Who may call them is declared on the GraphQL field (authScopes).
 */
import { agreementDetails, agreementPatch } from '../../../shared/rules/agreement';
import { actorOf, assertBothEndsInScope, assertInScope } from '../auth/permissions';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { loadAll } from '../repositories';
import type { DataCategory } from '../shared/codes';
import { randomId } from '../shared/ids';
import { translatedProps } from '../shared/inputs.schema';
import { type Problem, reject, validateWith } from '../shared/validation';
import type { AgreementRow } from './sharing.repository';

type Maybe<T> = T | null | undefined;
type TranslatedInput = Maybe<{ nl?: Maybe<string>; fr?: Maybe<string>; en?: Maybe<string> }>;

export interface AgreementInput {
  fromId: string;
  toId: string;
  mutual?: Maybe<boolean>;
  dataCategories: readonly DataCategory[];
  legalBasisIds: readonly string[];
  conditions?: TranslatedInput;
}

export interface AgreementPatch {
  mutual?: Maybe<boolean>;
  dataCategories?: Maybe<readonly DataCategory[]>;
  legalBasisIds?: Maybe<readonly string[]>;
  conditions?: TranslatedInput;
}

/** The problems with a list of legal basis ids: none given, or ones that do not exist. */
async function legalBasisProblems(ctx: Context, ids: readonly string[]): Promise<Problem[]> {
  if (ids.length === 0) return [{ field: 'legalBasisIds', code: 'required' }];
  const known = new Set((await loadAll(ctx.loaders.legalBasis, [...ids])).map((l) => l.id));
  return ids.flatMap((id, i) =>
    known.has(id) ? [] : [{ field: `legalBasisIds.${i}`, code: 'unknown_reference' }],
  );
}

/** Both parties of an agreement must be in scope to change it (its id alone when unknown). */
async function assertPartiesInScope(ctx: Context, id: string) {
  ctx.loaders.agreement.clear(id);
  const agreement = await ctx.loaders.agreement.load(id);
  if (!agreement) return assertInScope(ctx, [id]);
  await assertBothEndsInScope(ctx, { entities: [agreement.fromId, agreement.toId] });
}

/** The agreement as it is now. */
async function reloadAgreement(ctx: Context, id: string): Promise<AgreementRow> {
  ctx.loaders.agreement.clear(id);
  const row = await ctx.loaders.agreement.load(id);
  if (!row) throw new NotFoundError('agreement', id);
  return row;
}

export async function createAgreement(ctx: Context, input: AgreementInput): Promise<AgreementRow> {
  const actor = actorOf(ctx);
  const others: Problem[] = [];
  if (input.fromId === input.toId) others.push({ field: 'toId', code: 'self_reference' });
  if (input.dataCategories.length === 0) others.push({ field: 'dataCategories', code: 'required' });
  others.push(...(await legalBasisProblems(ctx, input.legalBasisIds)));
  const data = validateWith(
    agreementDetails,
    translatedProps('conditions', input.conditions),
    others,
    ctx.lang,
  );
  // An agreement links two organisations: both parties must be in the coordinator's scope.
  await assertBothEndsInScope(ctx, { entities: [input.fromId, input.toId] });
  const id = randomId(
    'agr',
    `${input.fromId.replace(/^org-/, '')}-${input.toId.replace(/^org-/, '')}`,
  );
  const legalBasisIds = [...input.legalBasisIds];
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
      legalBasisIds,
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
      legalBasisIds,
      crossBorder: created.crossBorder,
    });
    w.touch(input.fromId, input.toId);
  });
  return reloadAgreement(ctx, id);
}

export async function updateAgreement(
  ctx: Context,
  id: string,
  version: number,
  patch: AgreementPatch,
): Promise<AgreementRow> {
  const actor = actorOf(ctx);
  const others: Problem[] = [];
  if (patch.dataCategories?.length === 0)
    others.push({ field: 'dataCategories', code: 'required' });
  if (patch.legalBasisIds) others.push(...(await legalBasisProblems(ctx, patch.legalBasisIds)));
  const data = validateWith(
    agreementPatch,
    translatedProps('conditions', patch.conditions),
    others,
    ctx.lang,
  );
  await assertPartiesInScope(ctx, id);
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'agreement', 'SharingAgreement');
    await w.update(locked, {
      ...data,
      mutual: patch.mutual ?? undefined,
      dataCategories: patch.dataCategories ? [...new Set(patch.dataCategories)] : undefined,
    });
    if (patch.legalBasisIds) {
      const { before, after } = await ctx.repos.sharing.setLegalBases(w.tx, id, [
        ...patch.legalBasisIds,
      ]);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await w.changed(locked, [{ field: 'legalBasisIds', from: before, to: after }]);
      }
    }
  });
  return reloadAgreement(ctx, id);
}

/** The agreement no longer applies: kept in history, no longer a basis for sharing. */
export async function endAgreement(
  ctx: Context,
  id: string,
  version: number,
): Promise<AgreementRow> {
  const actor = actorOf(ctx);
  await assertPartiesInScope(ctx, id);
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'agreement', 'SharingAgreement');
    await w.update(locked, { status: 'ARCHIVED' }, 'ARCHIVE');
  });
  return reloadAgreement(ctx, id);
}
