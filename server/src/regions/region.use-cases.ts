/**
 * What an administrator can do to the geography, each as one function: check the input with the
 * shared rules (shared/rules/region.ts) and against the regions that exist, report every problem
 * at once per field with nothing written, then write it in one audited transaction (one audit
 * event per changed entity) and read it back. Who may call them is declared on the GraphQL field
 * (authScopes: admin).
 */

import type { z } from 'zod';
import { CODE_NAMES_EN, CODE_NAMES_FR, CODE_NAMES_NL } from '../../../shared/code-names';
import { problemsOf } from '../../../shared/rules/common';
import { regionCode, regionCreate, regionPatch, regionSince } from '../../../shared/rules/region';
import type { Write } from '../audit/editor';
import { requireAdmin } from '../auth/permissions';
import type { Context } from '../context';
import { DuplicateError, NotFoundError } from '../errors';
import type { Country, RegionType } from '../shared/codes';
import { slug } from '../shared/ids';
import { translatedProps } from '../shared/inputs.schema';
import type { Language } from '../shared/language';
import { type Problem, reject, validateWith } from '../shared/validation';
import type { LinkedRow, RegionRow } from './region.repository';

type Maybe<T> = T | null | undefined;
type TranslatedInput = Maybe<{ nl?: Maybe<string>; fr?: Maybe<string>; en?: Maybe<string> }>;

export interface NewRegionInput {
  name: TranslatedInput;
  code: string;
  parentIds?: Maybe<readonly string[]>;
}

export interface RegionInput extends NewRegionInput {
  type: RegionType;
  country: Country;
}

export interface RegionPatch {
  name?: TranslatedInput;
  code?: Maybe<string>;
}

export interface MergeRegionsInput {
  type: RegionType;
  formerIds: readonly string[];
  into?: Maybe<string>;
  successor?: Maybe<NewRegionInput>;
  since: string;
}

const CODE_NAMES = { NL: CODE_NAMES_NL, FR: CODE_NAMES_FR, EN: CODE_NAMES_EN };

/** "gemeente", "commune", "municipality": a region type as a message says it. */
function typeName(lang: Language, type: RegionType): string {
  return CODE_NAMES[lang][`regionType.${type}`].toLowerCase();
}

/**
 * The id a region gets: the reference geography's own form where the code is an official one
 * (a later reference load then finds the same node), otherwise one from its type and code.
 */
export function regionIdFor(type: RegionType, country: Country, code: string): string {
  if (country === 'BE' && /^\d{5}$/.test(code)) {
    if (type === 'MUNICIPALITY') return `region-be-nis-${code}`;
    if (type === 'PROVINCE') return `region-be-prov-${code}`;
  }
  if (country === 'NL') {
    const official = /^(GM|PV|VR)(\d+)$/.exec(code);
    const kind = { GM: 'MUNICIPALITY', PV: 'PROVINCE', VR: 'SAFETY_REGION' } as const;
    if (official?.[1] && official[2] && kind[official[1] as keyof typeof kind] === type)
      return `region-nl-${official[1].toLowerCase()}-${official[2]}`;
  }
  return `region-${country.toLowerCase()}-${slug(type)}-${slug(code)}`;
}

/** The official code properties the reference uses: NIS for Belgian, CBS for Dutch places. */
function officialCodes(type: RegionType, country: Country, code: string) {
  const official = type === 'MUNICIPALITY' || type === 'PROVINCE';
  return {
    nisCode: official && country === 'BE' && /^\d{5}$/.test(code) ? code : null,
    cbsCode: official && country === 'NL' && /^(GM|PV)\d+$/.test(code) ? code : null,
  };
}

/** The regions of these ids, freshly read (null where none). */
async function regionsOf(ctx: Context, ids: readonly string[]): Promise<(RegionRow | null)[]> {
  for (const id of ids) ctx.loaders.region.clear(id);
  const rows = await ctx.loaders.region.loadMany([...ids]);
  return rows.map((r) => (r && !(r instanceof Error) ? r : null));
}

/** Problems of proposed parents: each must exist, be in force and lie in the same country. */
async function parentProblems(
  ctx: Context,
  field: string,
  country: Country,
  parentIds: readonly string[],
  goingAway: readonly string[] = [],
): Promise<Problem[]> {
  const parents = await regionsOf(ctx, parentIds);
  return parents.flatMap((p, i): Problem[] => {
    const at = `${field}.${i}`;
    if (!p) return [{ field: at, code: 'unknown_reference' }];
    if (goingAway.includes(p.id)) return [{ field: at, code: 'parent_merged' }];
    if (p.validTo) return [{ field: at, code: 'region_not_in_force' }];
    if (p.country !== country) return [{ field: at, code: 'other_country' }];
    if (parentIds.indexOf(p.id) !== i) return [{ field: at, code: 'duplicate_value' }];
    return [];
  });
}

/** A code already carried by another region of the country, as a problem on `field`. */
async function codeProblems(
  ctx: Context,
  field: string,
  country: Country,
  id: string,
  code: string | null | undefined,
): Promise<Problem[]> {
  if (!code) return [];
  const taken = await ctx.repos.regions.codeTaken(country, id, code);
  return taken ? [{ field, code: 'duplicate' }] : [];
}

/** The region after a change (NOT_FOUND when gone). */
async function reload(ctx: Context, id: string): Promise<RegionRow> {
  const [row] = await regionsOf(ctx, [id]);
  if (!row) throw new NotFoundError('region', id);
  return row;
}

/** The names of an input, as stored (`nameNl`…), for the rules. */
function namesOf(name: TranslatedInput) {
  return translatedProps('name', name);
}

/** Stored names only (the rules' output holds the code too). */
function storedNames(data: Record<string, unknown>): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(data).filter(
      (e): e is [string, string | null] => e[0].startsWith('name') && e[1] !== undefined,
    ),
  );
}

/** A new region (a municipality, province, police zone…), PART_OF its parents. */
export async function createRegion(ctx: Context, input: RegionInput): Promise<RegionRow> {
  const actor = requireAdmin(ctx);
  const parentIds = [...(input.parentIds ?? [])];
  const parsed = regionCode.safeParse(input.code);
  const code = parsed.success ? parsed.data : null;
  const id = code ? regionIdFor(input.type, input.country, code) : '';
  const data = validateWith(
    regionCreate,
    { ...namesOf(input.name), code: input.code },
    [
      ...(await parentProblems(ctx, 'parentIds', input.country, parentIds)),
      ...(await codeProblems(ctx, 'code', input.country, id, code)),
    ],
    ctx.lang,
  );
  const names = storedNames(data);
  try {
    await ctx.repos.editor.run(actor, async (w) => {
      await ctx.repos.regions.create(w.tx, {
        id,
        type: input.type,
        country: input.country,
        code: data.code,
        ...officialCodes(input.type, input.country, data.code),
        names,
        parentIds,
      });
      await w.created(id, 'Region', {
        type: input.type,
        country: input.country,
        code: data.code,
        ...names,
        parentIds: [...parentIds].sort(),
      });
    });
  } catch (error) {
    if (error instanceof DuplicateError) throw new DuplicateError('region', 'code', data.code);
    throw error;
  }
  return reload(ctx, id);
}

/** New names or a new code; `version` is the one the edit was based on. */
export async function updateRegion(
  ctx: Context,
  id: string,
  version: number,
  patch: RegionPatch,
): Promise<RegionRow> {
  const actor = requireAdmin(ctx);
  const [region] = await regionsOf(ctx, [id]);
  if (!region) throw new NotFoundError('region', id);
  const input = { ...namesOf(patch.name), code: patch.code ?? undefined };
  const parsed = regionCode.safeParse(patch.code);
  const code = parsed.success ? parsed.data : undefined;
  const data = validateWith(
    regionPatch,
    input,
    code && code !== region.code ? await codeProblems(ctx, 'code', region.country, id, code) : [],
    ctx.lang,
  );
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'region', 'Region');
    const changes = await w.update(locked, {
      ...storedNames(data),
      code: data.code,
      // The official code follows where the region carries one (in-force-by-code.cypher).
      nisCode: data.code && locked.current.nisCode ? data.code : undefined,
      cbsCode: data.code && locked.current.cbsCode ? data.code : undefined,
    });
    if (changes.length > 0) await ctx.repos.regions.markEdited(w.tx, [id]);
  });
  return reload(ctx, id);
}

/** Replaces the regions it is PART_OF (refusing a loop, another country, a region not in force). */
export async function setRegionParents(
  ctx: Context,
  id: string,
  version: number,
  parentIds: readonly string[],
): Promise<RegionRow> {
  const actor = requireAdmin(ctx);
  const [region] = await regionsOf(ctx, [id]);
  if (!region) throw new NotFoundError('region', id);
  const looping = new Set(await ctx.repos.regions.cycle(id, [...parentIds]));
  const problems = await parentProblems(ctx, 'parentIds', region.country, parentIds);
  const reported = new Set(problems.map((p) => p.field));
  parentIds.forEach((p, i) => {
    if (looping.has(p) && !reported.has(`parentIds.${i}`))
      problems.push({ field: `parentIds.${i}`, code: 'part_of_cycle' });
  });
  if (problems.length > 0) reject(ctx.lang, problems);
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, 'region', 'Region');
    const { before, after } = await ctx.repos.regions.setParents(w.tx, id, [...parentIds]);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await w.changed(locked, [{ field: 'parentIds', from: before, to: after }]);
      await ctx.repos.regions.markEdited(w.tx, [id]);
    }
  });
  return reload(ctx, id);
}

/** The day before `since` (YYYY-MM-DD): a former region's last day in force. */
export function dayBefore(since: string): string {
  const day = new Date(`${since}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Problems of the regions to merge: each known, in force, of the type merged and one country. */
function formerProblems(
  lang: Language,
  type: RegionType,
  formerIds: readonly string[],
  formers: (RegionRow | null)[],
): Problem[] {
  if (formerIds.length === 0) return [{ field: 'formerIds', code: 'choose_one' }];
  const country = formers.find((f) => f)?.country;
  return formers.flatMap((f, i): Problem[] => {
    const field = `formerIds.${i}`;
    if (!f) return [{ field, code: 'unknown_reference' }];
    if (formerIds.indexOf(f.id) !== i) return [{ field, code: 'duplicate_value' }];
    if (f.validTo) return [{ field, code: 'region_not_in_force' }];
    if (f.type !== type)
      return [{ field, code: 'wrong_region_type', params: typeParams(lang, type) }];
    if (f.country !== country) return [{ field, code: 'other_country' }];
    return [];
  });
}

const typeParams = (lang: Language, type: RegionType) => ({ type: typeName(lang, type) });

/** Problems of an existing successor: known, not one of the formers, in force, same type and country. */
function intoProblems(
  lang: Language,
  type: RegionType,
  formerIds: readonly string[],
  country: Country | undefined,
  into: RegionRow | null,
  intoId: string,
): Problem[] {
  if (formerIds.includes(intoId)) return [{ field: 'into', code: 'merge_into_itself' }];
  if (!into) return [{ field: 'into', code: 'unknown_reference' }];
  if (into.validTo) return [{ field: 'into', code: 'region_not_in_force' }];
  if (into.type !== type)
    return [{ field: 'into', code: 'wrong_region_type', params: typeParams(lang, type) }];
  if (country && into.country !== country) return [{ field: 'into', code: 'other_country' }];
  return [];
}

/**
 * Merges regions of one type (municipalities, police zones…) into a successor, existing (`into`)
 * or new (`successor`), as of `since`: every organisation's coverage, every coordinator's scope
 * and every region in force that was part of them moves to the successor, and each former region
 * is kept, marked REPLACED_BY the successor with `validTo` the day before, so its names, codes
 * and history keep resolving. One transaction; one audit event per changed entity.
 */
export async function mergeRegions(ctx: Context, input: MergeRegionsInput): Promise<RegionRow> {
  const actor = requireAdmin(ctx);
  const { type, since } = input;
  const formerIds = [...input.formerIds];
  const formers = await regionsOf(ctx, formerIds);
  const country = formers.find((f) => f)?.country;
  const problems = formerProblems(ctx.lang, type, formerIds, formers);
  const hasInto = input.into != null && input.into !== '';
  if (hasInto === (input.successor != null))
    problems.push({ field: 'into', code: 'one_successor' });
  let successorId = '';
  let newRegion: { data: { code: string } & Record<string, unknown>; parentIds: string[] } | null =
    null;
  if (hasInto && input.successor == null) {
    successorId = input.into ?? '';
    const [into] = await regionsOf(ctx, [successorId]);
    problems.push(...intoProblems(ctx.lang, type, formerIds, country, into ?? null, successorId));
  } else if (input.successor && !hasInto && country) {
    const s = input.successor;
    const parsed = regionCreate.safeParse({ ...namesOf(s.name), code: s.code });
    problems.push(...(parsed.success ? [] : prefixed('successor', parsed.error)));
    const parentIds = s.parentIds
      ? [...s.parentIds]
      : [
          ...new Set(
            formers.flatMap((f) => f?.parentIds ?? []).filter((p) => !formerIds.includes(p)),
          ),
        ];
    problems.push(
      ...(await parentProblems(ctx, 'successor.parentIds', country, parentIds, formerIds)),
    );
    const code = regionCode.safeParse(s.code);
    if (code.success) {
      successorId = regionIdFor(type, country, code.data);
      problems.push(
        ...(await codeProblems(ctx, 'successor.code', country, successorId, code.data)),
      );
    }
    if (parsed.success) newRegion = { data: parsed.data, parentIds };
  }
  validateWith(regionSince, { since }, problems, ctx.lang);
  const validTo = dayBefore(since);
  try {
    await ctx.repos.editor.run(actor, (w) =>
      writeMerge(ctx, w, {
        type,
        country: country as Country,
        formerIds,
        successorId,
        newRegion,
        since,
        validTo,
      }),
    );
  } catch (error) {
    if (error instanceof DuplicateError && newRegion)
      throw new DuplicateError('region', 'code', newRegion.data.code);
    throw error;
  }
  return reload(ctx, successorId);
}

/** zod's findings on a nested input, as problems on `prefix.field`. */
function prefixed(prefix: string, error: z.ZodError): Problem[] {
  return problemsOf(error).map((p) => ({ ...p, field: `${prefix}.${p.field}` }));
}

/** The merge's writes and audit events, inside its one transaction. */
async function writeMerge(
  ctx: Context,
  w: Write,
  m: {
    type: RegionType;
    country: Country;
    formerIds: string[];
    successorId: string;
    newRegion: { data: { code: string } & Record<string, unknown>; parentIds: string[] } | null;
    since: string;
    validTo: string;
  },
): Promise<void> {
  const regions = ctx.repos.regions;
  const lockedFormers = [];
  for (const id of m.formerIds) lockedFormers.push(await w.lock(id, null, 'region', 'Region'));
  const successor = m.newRegion ? null : await w.lock(m.successorId, null, 'region', 'Region');
  if (m.newRegion) {
    const names = storedNames(m.newRegion.data);
    await regions.create(w.tx, {
      id: m.successorId,
      type: m.type,
      country: m.country,
      code: m.newRegion.data.code,
      ...officialCodes(m.type, m.country, m.newRegion.data.code),
      names,
      parentIds: m.newRegion.parentIds,
    });
    await w.created(m.successorId, 'Region', {
      type: m.type,
      country: m.country,
      code: m.newRegion.data.code,
      ...names,
      parentIds: [...m.newRegion.parentIds].sort(),
      replaces: m.formerIds,
      since: m.since,
    });
  }
  const hanging = await regions.dependents(w.tx, m.formerIds);
  const moved = (row: LinkedRow) => {
    const from = [...row.linkIds].sort();
    const to = [
      ...new Set(row.linkIds.map((l) => (m.formerIds.includes(l) ? m.successorId : l))),
    ].sort();
    return { from, to };
  };
  const lockedOrganisations = [];
  for (const o of hanging.organisations)
    lockedOrganisations.push([await w.lock(o.id, null, 'organisation'), o] as const);
  const lockedChildren = [];
  for (const c of hanging.children)
    lockedChildren.push([await w.lock(c.id, null, 'region', 'Region'), c] as const);
  await regions.merge(w.tx, m.successorId, m.formerIds, m.since);
  for (const [locked, o] of lockedOrganisations) {
    const { from, to } = moved(o);
    await w.changed(locked, [{ field: 'coverage', from, to }]);
  }
  for (const [locked, c] of lockedChildren) {
    const { from, to } = moved(c);
    await w.changed(locked, [{ field: 'parentIds', from, to }]);
  }
  for (const u of hanging.users) {
    const { from, to } = moved(u);
    await w.record('UPDATE', { id: u.id, label: 'User', current: { name: u.name ?? null } }, [
      { field: 'scopeIds', from, to },
    ]);
  }
  for (const locked of lockedFormers)
    await w.changed(
      locked,
      [
        { field: 'validTo', from: null, to: m.validTo },
        { field: 'replacedBy', from: null, to: m.successorId },
      ],
      'ARCHIVE',
    );
  if (successor)
    await w.changed(successor, [
      { field: 'replaces', from: null, to: m.formerIds },
      { field: 'since', from: null, to: m.since },
    ]);
  await regions.markEdited(w.tx, [
    ...m.formerIds,
    m.successorId,
    ...hanging.children.map((c) => c.id),
  ]);
}

/**
 * Ends a region's time in force without a successor (a region that no longer exists). Refused
 * while organisations cover it, regions in force are part of it or coordinators hold it in their
 * scope: those would point at a region no longer in force; a merger moves them instead.
 */
export async function archiveRegion(
  ctx: Context,
  id: string,
  version: number,
  since: string,
): Promise<RegionRow> {
  const actor = requireAdmin(ctx);
  const [region] = await regionsOf(ctx, [id]);
  if (!region) throw new NotFoundError('region', id);
  const hanging = await ctx.repos.regions.inUse([id]);
  const problems: Problem[] = region.validTo
    ? [{ field: 'id', code: 'region_not_in_force' }]
    : hanging.organisations.length + hanging.children.length + hanging.users.length > 0
      ? [
          {
            field: 'id',
            code: 'region_in_use',
            params: {
              organisations: hanging.organisations.length,
              regions: hanging.children.length,
              users: hanging.users.length,
            },
          },
        ]
      : [];
  await ctx.repos.editor.run(actor, async (w) => {
    // A stale version is a conflict first (as for every entity); then the refusals, nothing written.
    const locked = await w.lock(id, version, 'region', 'Region');
    validateWith(regionSince, { since }, problems, ctx.lang);
    const validTo = await ctx.repos.regions.archive(w.tx, id, since);
    await w.changed(locked, [{ field: 'validTo', from: null, to: validTo }], 'ARCHIVE');
    await ctx.repos.regions.markEdited(w.tx, [id]);
  });
  return reload(ctx, id);
}
