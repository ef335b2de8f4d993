/**
 * What a coordinator can do to an organisation, each as one function: check the input with the
 * shared rules (shared/rules/organisation.ts, unit.ts), check the scope where it depends on the
 * input or on loaded data, write it in one audited transaction, and read it back. Who may call
 * them is declared on the GraphQL field (authScopes); the resolvers are that declaration plus a
 * call to these.
 */
import { organisationDetails, organisationPatch } from '../../../shared/rules/organisation';
import { unitDetails, unitPatch } from '../../../shared/rules/unit';
import {
  actorOf,
  assertBothEndsInScope,
  assertInScope,
  assertRegionsInScope,
  assertServesOnlyScope,
} from '../auth/permissions';
import type { Context } from '../context';
import { DuplicateError, NotFoundError } from '../errors';
import { loadAll, loadOne } from '../repositories';
import type { Country, OrganisationType, Role } from '../shared/codes';
import { checkFormCodes } from '../shared/form-codes';
import { idFor, randomId } from '../shared/ids';
import { translatedProps } from '../shared/inputs.schema';
import { reject, validate } from '../shared/validation';
import type { OrganisationLink } from './organisation.repository';

type Maybe<T> = T | null | undefined;
type TranslatedInput = Maybe<{ nl?: Maybe<string>; fr?: Maybe<string>; en?: Maybe<string> }>;

export interface OrganisationInput {
  name: string;
  shortName?: Maybe<string>;
  type: OrganisationType;
  country: Country;
  website?: Maybe<string>;
  description?: TranslatedInput;
  coverage?: Maybe<readonly string[]>;
  exploitationForms?: Maybe<readonly string[]>;
}

export interface OrganisationPatch {
  name?: Maybe<string>;
  shortName?: Maybe<string>;
  type?: Maybe<OrganisationType>;
  country?: Maybe<Country>;
  website?: Maybe<string>;
  description?: TranslatedInput;
  exploitationForms?: Maybe<readonly string[]>;
}

/** The checked form codes of an input (undefined when not given; null when emptied). */
export async function formsInput(ctx: Context, codes: Maybe<readonly string[]>) {
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

/** Barrier roles (or responsibilities) that name a known barrier, each once. */
export async function checkBarrierRoles(
  ctx: Context,
  field: string,
  roles: readonly { barrier: string; role: string }[],
) {
  const codes = new Set((await ctx.repos.barriers.list()).map((b) => b.code));
  const seen = new Set<string>();
  const problems = roles.flatMap((r, i) => {
    const key = `${r.barrier}:${r.role}`;
    const dup = seen.has(key);
    seen.add(key);
    if (!codes.has(r.barrier))
      return [{ field: `${field}.${i}.barrier`, code: 'unknown_reference' }];
    return dup ? [{ field: `${field}.${i}`, code: 'duplicate_value' }] : [];
  });
  if (problems.length > 0) reject(ctx.lang, problems);
}

/** The audit change of a replaced list: none when it stayed the same. */
export function listChange(field: string, before: unknown, after: unknown) {
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : [{ field, from: before, to: after }];
}

/** The organisation as it is now, with its links. */
export async function reloadOrganisation(ctx: Context, id: string) {
  ctx.loaders.organisation.clear(id);
  ctx.loaders.organisationDetails.clear(id);
  const org = await ctx.loaders.organisationDetails.load(id);
  if (!org) throw new NotFoundError('organisation', id);
  return org;
}

/** Creates an organisation; a coordinator gives regions inside their scope. */
export async function createOrganisation(ctx: Context, input: OrganisationInput) {
  const actor = actorOf(ctx);
  const data = validate(
    organisationDetails,
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
  return reloadOrganisation(ctx, id);
}

/** Changes an organisation's details; `version` is the one the edit was based on. */
export async function updateOrganisation(
  ctx: Context,
  id: string,
  version: number,
  patch: OrganisationPatch,
) {
  const actor = actorOf(ctx);
  const data = validate(
    organisationPatch,
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
  return reloadOrganisation(ctx, id);
}

/**
 * Archives (history kept, gone from who-to-call) or restores an organisation. Access is declared
 * on the field (`editorOfAllItServes`): archived, it disappears from who-to-call in every region
 * it covers.
 */
export async function setOrganisationStatus(
  ctx: Context,
  id: string,
  version: number,
  status: 'ACTIVE' | 'ARCHIVED',
) {
  const actor = actorOf(ctx);
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'organisation', 'Organisation');
    await w.update(locked, { status }, status === 'ARCHIVED' ? 'ARCHIVE' : 'RESTORE');
  });
  return reloadOrganisation(ctx, id);
}

/** Replaces an organisation's roles per barrier. */
export async function setOrganisationRoles(
  ctx: Context,
  id: string,
  version: number,
  roles: { barrier: string; role: Role }[],
) {
  const actor = actorOf(ctx);
  await checkBarrierRoles(ctx, 'roles', roles);
  await assertInScope(ctx, [id]);
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'organisation');
    const { before, after } = await ctx.repos.organisations.setRoles(w.tx, id, roles);
    await w.changed(locked, listChange('roles', before, after));
  });
  return reloadOrganisation(ctx, id);
}

/** A new department or team of an organisation. */
export async function createOrgUnit(
  ctx: Context,
  organisationId: string,
  name: TranslatedInput,
  description: TranslatedInput,
) {
  const actor = actorOf(ctx);
  const data = validate(
    unitDetails,
    { ...translatedProps('name', name), ...translatedProps('description', description) },
    ctx.lang,
  );
  await assertInScope(ctx, [organisationId]);
  const id = randomId('unit', data.nameNl);
  await ctx.repos.editor.run(actor, async (w) => {
    if (!(await ctx.repos.organisations.createUnit(w.tx, id, organisationId, data))) {
      reject(ctx.lang, [{ field: 'organisationId', code: 'unknown_reference' }]);
    }
    await w.created(id, 'OrgUnit', { ...data, organisationId });
  });
  return loadOne(ctx.loaders.unit, id);
}

/** Changes a unit's name or description. */
export async function updateOrgUnit(
  ctx: Context,
  id: string,
  version: number,
  name: TranslatedInput,
  description: TranslatedInput,
) {
  const actor = actorOf(ctx);
  const data = validate(
    unitPatch,
    { ...translatedProps('name', name), ...translatedProps('description', description) },
    ctx.lang,
  );
  await assertInScope(ctx, [id]);
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'unit', 'OrgUnit');
    await w.update(locked, data);
  });
  ctx.loaders.unit.clear(id);
  return loadOne(ctx.loaders.unit, id);
}

/** The audit field of each kind of link. */
export const LINK_FIELD = {
  COVERS: 'coverage',
  MEMBER_OF: 'networks',
  COUNTERPART_OF: 'counterparts',
} as const satisfies Record<OrganisationLink, string>;

/** Replaces an organisation's coverage, networks or counterparts. */
export async function setOrganisationLinks(
  ctx: Context,
  kind: OrganisationLink,
  args: { id: string; version: number; ids: readonly string[] },
) {
  const actor = actorOf(ctx);
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
  const field = LINK_FIELD[kind];
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(args.id, args.version, 'organisation');
    const { before, after } = await ctx.repos.organisations.setLinks(w.tx, args.id, kind, ids);
    await w.changed(locked, listChange(field, before, after));
  });
  return reloadOrganisation(ctx, args.id);
}
