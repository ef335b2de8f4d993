/** Coordinators' changes to organisations: details, status, roles per barrier, coverage and links. */
import { z } from 'zod';
import {
  assertBothEndsInScope,
  assertInScope,
  assertRegionsInScope,
  assertServesOnlyScope,
  requireEditor,
} from '../auth/permissions';
import { builder } from '../builder';
import type { Context } from '../context';
import { DuplicateError, NotFoundError } from '../errors';
import { loadAll, loadOne } from '../repositories';
import { CountryEnum, OrganisationTypeEnum } from '../shared/codes.schema';
import { checkFormCodes } from '../shared/form-codes';
import { idFor, randomId } from '../shared/ids';
import { BarrierRoleInput, TranslatedTextInput, translatedProps } from '../shared/inputs.schema';
import { line, optional, reject, text, url, validate } from '../shared/validation';
import type { OrganisationLink } from './organisation.repository';
import { OrganisationRef, OrgUnitRef } from './organisation.schema';

const details = {
  name: line(200, 2),
  shortName: optional(line(60)),
  website: optional(url),
  descriptionNl: optional(text(2000)),
  descriptionFr: optional(text(2000)),
  descriptionEn: optional(text(2000)),
};
const createSchema = z.object(details);
const unitSchema = z.object({
  nameNl: line(200, 2),
  nameFr: optional(line(200)),
  nameEn: optional(line(200)),
  descriptionNl: optional(text(2000)),
  descriptionFr: optional(text(2000)),
  descriptionEn: optional(text(2000)),
});
const patchSchema = z.object(details).partial();

const OrganisationInput = builder.inputType('OrganisationInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    shortName: t.string(),
    type: t.field({ type: OrganisationTypeEnum, required: true }),
    country: t.field({ type: CountryEnum, required: true }),
    website: t.string(),
    description: t.field({ type: TranslatedTextInput }),
    coverage: t.idList({
      description: 'Regions it covers; coordinators must stay inside their scope.',
    }),
    exploitationForms: t.stringList({
      description: 'Codes of the forms of exploitation it handles; none means every form.',
    }),
  }),
});

const OrganisationPatch = builder.inputType('OrganisationPatch', {
  description: 'Only the fields given change.',
  fields: (t) => ({
    name: t.string(),
    shortName: t.string(),
    type: t.field({ type: OrganisationTypeEnum }),
    country: t.field({ type: CountryEnum }),
    website: t.string(),
    description: t.field({ type: TranslatedTextInput }),
    exploitationForms: t.stringList({
      description: 'Replaces the forms of exploitation it handles; [] means every form.',
    }),
  }),
});

/** The checked form codes of an input (undefined when not given; null when emptied). */
async function formsInput(ctx: Context, codes: readonly string[] | null | undefined) {
  if (codes == null) return undefined;
  const known = (await ctx.loaders.referenceLists.load('all')).forms.map((f) => f.code);
  const checked = checkFormCodes(codes, known);
  if (checked.problems.length > 0) reject(ctx.lang, checked.problems);
  return checked.codes.length > 0 ? checked.codes : null;
}

/** Checks that every id names an existing region; reports the bad ones on `field`. */
async function checkRegions(ctx: Context, ids: string[], field: string) {
  const found = await loadAll(ctx.loaders.region, ids);
  if (found.length !== new Set(ids).size) {
    const known = new Set(found.map((r) => r.id));
    reject(
      ctx.lang,
      ids.flatMap((id, i) =>
        known.has(id) ? [] : [{ field: `${field}.${i}`, code: 'unknown_reference' }],
      ),
    );
  }
}

async function fresh(ctx: Context, id: string) {
  ctx.loaders.organisation.clear(id);
  ctx.loaders.organisationDetails.clear(id);
  const org = await ctx.loaders.organisationDetails.load(id);
  if (!org) throw new NotFoundError('organisation', id);
  return org;
}

builder.mutationFields((t) => ({
  createOrganisation: t.field({
    type: OrganisationRef,
    args: { input: t.arg({ type: OrganisationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const actor = requireEditor(ctx);
      const data = validate(
        createSchema,
        {
          name: input.name,
          shortName: input.shortName,
          website: input.website,
          ...translatedProps('description', input.description),
        },
        ctx.lang,
      );
      const exploitationForms = (await formsInput(ctx, input.exploitationForms)) ?? undefined;
      const regionIds = [...new Set(input.coverage ?? [])];
      await checkRegions(ctx, regionIds, 'coverage');
      await assertRegionsInScope(ctx, regionIds);
      const id = idFor('org', data.name);
      const props = { ...data, type: input.type, country: input.country, exploitationForms };
      try {
        await ctx.repos.editor.run(actor, async (w) => {
          await ctx.repos.organisations.create(w.tx, id, props, regionIds);
          await w.created(id, 'Organisation', { ...props, coverage: regionIds });
        });
      } catch (error) {
        if (error instanceof DuplicateError)
          throw new DuplicateError('organisation', 'name', data.name);
        throw error;
      }
      return fresh(ctx, id);
    },
  }),
  updateOrganisation: t.field({
    type: OrganisationRef,
    description:
      'Changes details; `version` is the one the edit was based on (CONFLICT when stale).',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: OrganisationPatch, required: true }),
    },
    resolve: async (_root, { id, version, patch }, ctx) => {
      const actor = requireEditor(ctx);
      const data = validate(
        patchSchema,
        {
          name: patch.name ?? undefined,
          shortName: patch.shortName,
          website: patch.website,
          ...translatedProps('description', patch.description),
        },
        ctx.lang,
      );
      const exploitationForms = await formsInput(ctx, patch.exploitationForms);
      await assertInScope(ctx, [id]);
      // Its name, type and country are what every region it serves sees it as.
      ctx.loaders.organisationDetails.clear(id);
      const current = await ctx.loaders.organisationDetails.load(id);
      if (
        current &&
        ((data.name !== undefined && data.name !== current.name) ||
          (patch.type != null && patch.type !== current.type) ||
          (patch.country != null && patch.country !== current.country))
      ) {
        await assertServesOnlyScope(ctx, id);
      }
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'organisation', 'Organisation');
        await w.update(locked, {
          ...data,
          type: patch.type ?? undefined,
          country: patch.country ?? undefined,
          exploitationForms,
        });
      });
      return fresh(ctx, id);
    },
  }),
  archiveOrganisation: statusMutation(t, 'ARCHIVED'),
  restoreOrganisation: statusMutation(t, 'ACTIVE'),
  setOrganisationRoles: t.field({
    type: OrganisationRef,
    description: 'Replaces the roles per barrier.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      roles: t.arg({ type: [BarrierRoleInput], required: true }),
    },
    resolve: async (_root, { id, version, roles }, ctx) => {
      const actor = requireEditor(ctx);
      const codes = new Set((await ctx.repos.barriers.list()).map((b) => b.code));
      const seen = new Set<string>();
      const problems = roles.flatMap((r, i) => {
        const key = `${r.barrier}:${r.role}`;
        const dup = seen.has(key);
        seen.add(key);
        if (!codes.has(r.barrier))
          return [{ field: `roles.${i}.barrier`, code: 'unknown_reference' }];
        return dup ? [{ field: `roles.${i}`, code: 'duplicate_value' }] : [];
      });
      if (problems.length > 0) reject(ctx.lang, problems);
      await assertInScope(ctx, [id]);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'organisation');
        const { before, after } = await ctx.repos.organisations.setRoles(w.tx, id, roles);
        await w.changed(
          locked,
          JSON.stringify(before) === JSON.stringify(after)
            ? []
            : [{ field: 'roles', from: before, to: after }],
        );
      });
      return fresh(ctx, id);
    },
  }),
  createOrgUnit: t.field({
    type: OrgUnitRef,
    description: 'A new department or team of an organisation.',
    args: {
      organisationId: t.arg.id({ required: true }),
      name: t.arg({ type: TranslatedTextInput, required: true }),
      description: t.arg({ type: TranslatedTextInput }),
    },
    resolve: async (_root, args, ctx) => {
      const actor = requireEditor(ctx);
      const data = validate(
        unitSchema,
        {
          ...translatedProps('name', args.name),
          ...translatedProps('description', args.description),
        },
        ctx.lang,
      );
      await assertInScope(ctx, [args.organisationId]);
      const id = randomId('unit', data.nameNl);
      await ctx.repos.editor.run(actor, async (w) => {
        if (!(await ctx.repos.organisations.createUnit(w.tx, id, args.organisationId, data))) {
          reject(ctx.lang, [{ field: 'organisationId', code: 'unknown_reference' }]);
        }
        await w.created(id, 'OrgUnit', { ...data, organisationId: args.organisationId });
      });
      return loadOne(ctx.loaders.unit, id);
    },
  }),
  updateOrgUnit: t.field({
    type: OrgUnitRef,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      name: t.arg({ type: TranslatedTextInput }),
      description: t.arg({ type: TranslatedTextInput }),
    },
    resolve: async (_root, args, ctx) => {
      const actor = requireEditor(ctx);
      const data = validate(
        unitSchema.partial(),
        {
          ...translatedProps('name', args.name),
          ...translatedProps('description', args.description),
        },
        ctx.lang,
      );
      await assertInScope(ctx, [args.id]);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(args.id, args.version, 'unit', 'OrgUnit');
        await w.update(locked, data);
      });
      ctx.loaders.unit.clear(args.id);
      return loadOne(ctx.loaders.unit, args.id);
    },
  }),
  setOrganisationCoverage: linkMutation(t, 'COVERS', 'coverage'),
  setOrganisationNetworks: linkMutation(t, 'MEMBER_OF', 'networks'),
  setOrganisationCounterparts: linkMutation(t, 'COUNTERPART_OF', 'counterparts'),
}));

/** The field builder of mutations, for helpers that define several similar mutations. */
type MutationFields = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

function statusMutation(t: MutationFields, status: 'ACTIVE' | 'ARCHIVED') {
  return t.field({
    type: OrganisationRef,
    description:
      status === 'ARCHIVED'
        ? 'Archives it: history is kept, it disappears from who-to-call.'
        : 'Brings an archived organisation back.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: async (_root, { id, version }, ctx) => {
      const actor = requireEditor(ctx);
      // Archived, it disappears from who-to-call in every region it covers.
      await assertServesOnlyScope(ctx, id);
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(id, version, 'organisation', 'Organisation');
        await w.update(locked, { status }, status === 'ARCHIVED' ? 'ARCHIVE' : 'RESTORE');
      });
      return fresh(ctx, id);
    },
  });
}

function linkMutation(
  t: MutationFields,
  kind: OrganisationLink,
  field: 'coverage' | 'networks' | 'counterparts',
) {
  return t.field({
    type: OrganisationRef,
    description: `Replaces the organisation's ${field}.`,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      ids: t.arg.idList({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const actor = requireEditor(ctx);
      const ids = [...new Set(args.ids)];
      const loader =
        kind === 'COVERS'
          ? ctx.loaders.region
          : kind === 'MEMBER_OF'
            ? ctx.loaders.network
            : ctx.loaders.organisation;
      const found = new Set((await loadAll<{ id: string }>(loader, ids)).map((x) => x.id));
      const problems = ids.flatMap((x, i) =>
        !found.has(x)
          ? [{ field: `ids.${i}`, code: 'unknown_reference' }]
          : x === args.id
            ? [{ field: `ids.${i}`, code: 'self_reference' }]
            : [],
      );
      if (problems.length > 0) reject(ctx.lang, problems);
      await assertInScope(ctx, [args.id]);
      // A coordinator never leaves an organisation covering nothing (it would fall out of every
      // scope); the regions it keeps need not be theirs, only those added or removed.
      if (kind === 'COVERS' && ids.length === 0) await assertRegionsInScope(ctx, ids);
      // Both ends of every link added or removed. Networks are shared reference data that every
      // coordinator keeps, so a membership's other end is always theirs.
      if (kind !== 'MEMBER_OF') {
        ctx.loaders.organisationDetails.clear(args.id);
        const current = await ctx.loaders.organisationDetails.load(args.id);
        const before = (kind === 'COVERS' ? current?.coverageIds : current?.counterpartIds) ?? [];
        const changed = [
          ...ids.filter((x) => !before.includes(x)),
          ...before.filter((x) => !ids.includes(x)),
        ];
        await assertBothEndsInScope(
          ctx,
          kind === 'COVERS'
            ? { entities: [args.id], regions: changed }
            : { entities: [args.id, ...changed] },
        );
      }
      await ctx.repos.editor.run(actor, async (w) => {
        const locked = await w.lock(args.id, args.version, 'organisation');
        const { before, after } = await ctx.repos.organisations.setLinks(w.tx, args.id, kind, ids);
        await w.changed(
          locked,
          JSON.stringify(before) === JSON.stringify(after)
            ? []
            : [{ field, from: before, to: after }],
        );
      });
      return fresh(ctx, args.id);
    },
  });
}
