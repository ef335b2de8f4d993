/**
 * What a coordinator can do to the shared reference data (measures, indicators, networks), each as
 * one function: check the input with the shared rules (shared/rules/measure.ts) and its links
 * against the codes that exist, reported together; write it in one audited transaction; read it
 * back. Who may call them is declared on the GraphQL field (authScopes).
 */

import { referenceCreate, referencePatch } from '../../../shared/rules/measure';
import { actorOf } from '../auth/permissions';
import type { Context } from '../context';
import { DuplicateError, NotFoundError } from '../errors';
import type { IndicatorKind } from '../shared/codes';
import { idFor } from '../shared/ids';
import { translatedProps } from '../shared/inputs.schema';
import { type Problem, validateWith } from '../shared/validation';
import type { ReferenceCodes, ReferenceLabel, ReferenceLink } from './reference.repository';

type Maybe<T> = T | null | undefined;
type TranslatedInput = Maybe<{ nl?: Maybe<string>; fr?: Maybe<string>; en?: Maybe<string> }>;

export interface ReferenceInput extends Links {
  code: string;
  name: TranslatedInput;
  description?: TranslatedInput;
  kind?: Maybe<IndicatorKind>;
}

export interface ReferencePatch extends Links {
  name?: TranslatedInput;
  description?: TranslatedInput;
  kind?: Maybe<IndicatorKind>;
}

interface Links {
  barriers?: Maybe<readonly string[]>;
  legalBasisIds?: Maybe<readonly string[]>;
  exploitationForms?: Maybe<readonly string[]>;
  sectors?: Maybe<readonly string[]>;
}

/** The links a kind has, each with the codes it may point to. */
function linksOf(label: ReferenceLabel, input: Links, codes: ReferenceCodes) {
  const all: [keyof Links, ReferenceLink, string[], ReferenceLabel[]][] = [
    [
      'barriers',
      label === 'Measure' ? 'RAISES' : 'SIGNALS',
      codes.barriers,
      ['Measure', 'Indicator'],
    ],
    ['legalBasisIds', 'BASED_ON', codes.legalBases, ['Measure']],
    ['exploitationForms', 'POINTS_TO', codes.forms, ['Indicator']],
    ['sectors', 'SEEN_IN', codes.sectors, ['Indicator']],
  ];
  return all.flatMap(([field, kind, allowed, labels]) => {
    const keys = input[field];
    return labels.includes(label) && keys
      ? [{ field, kind, keys: [...new Set(keys)], allowed: new Set(allowed) }]
      : [];
  });
}

/** Links to codes that do not exist, one problem per bad code. */
function linkProblems(links: ReturnType<typeof linksOf>): Problem[] {
  return links.flatMap((l) =>
    l.keys.flatMap((k, i) =>
      l.allowed.has(k) ? [] : [{ field: `${l.field}.${i}`, code: 'unknown_reference' }],
    ),
  );
}

const PREFIX: Record<ReferenceLabel, string> = {
  Measure: 'measure',
  Indicator: 'ind',
  Network: 'net',
};
/** The fresh row of a measure, indicator or network after a change. */
function reload(ctx: Context, label: ReferenceLabel, id: string): Promise<never> {
  const loader =
    label === 'Measure'
      ? ctx.loaders.measure
      : label === 'Indicator'
        ? ctx.loaders.indicator
        : ctx.loaders.network;
  loader.clear(id);
  return loader.load(id).then((row) => {
    if (!row) throw new NotFoundError(label.toLowerCase(), id);
    return row as never;
  });
}

/** A new measure, indicator or network; its id follows from its code. */
export async function createReference(ctx: Context, label: ReferenceLabel, input: ReferenceInput) {
  const actor = actorOf(ctx);
  const links = linksOf(label, input, await ctx.repos.reference.codes());
  const data = validateWith(
    referenceCreate,
    {
      code: input.code,
      ...translatedProps('name', input.name),
      ...translatedProps('description', input.description),
    },
    linkProblems(links),
    ctx.lang,
  );
  const id = idFor(PREFIX[label], data.code.toLowerCase().replace(/_/g, '-'));
  const props = {
    ...data,
    ...(label === 'Indicator' ? { kind: input.kind ?? 'BEHAVIOURAL' } : {}),
  };
  try {
    await ctx.repos.editor.run(actor, async (w) => {
      await ctx.repos.reference.create(w.tx, label, id, props);
      for (const l of links) await ctx.repos.reference.setLinks(w.tx, id, l.kind, l.keys);
      await w.created(id, label, {
        ...props,
        ...Object.fromEntries(links.map((l) => [l.field, l.keys])),
      });
    });
  } catch (error) {
    if (error instanceof DuplicateError)
      throw new DuplicateError(label.toLowerCase(), 'code', data.code);
    throw error;
  }
  return reload(ctx, label, id);
}

export async function updateReference(
  ctx: Context,
  label: ReferenceLabel,
  id: string,
  version: number,
  patch: ReferencePatch,
) {
  const actor = actorOf(ctx);
  const links = linksOf(label, patch, await ctx.repos.reference.codes());
  const data = validateWith(
    referencePatch,
    {
      ...translatedProps('name', patch.name),
      ...translatedProps('description', patch.description),
    },
    linkProblems(links),
    ctx.lang,
  );
  await ctx.repos.editor.run(actor, async (w) => {
    const locked = await w.lock(id, version, label.toLowerCase(), label);
    await w.update(locked, {
      ...data,
      kind: label === 'Indicator' ? (patch.kind ?? undefined) : undefined,
    });
    for (const l of links) {
      const { before, after } = await ctx.repos.reference.setLinks(w.tx, id, l.kind, l.keys);
      if (JSON.stringify(before) !== JSON.stringify(after))
        await w.changed(locked, [{ field: l.field, from: before, to: after }]);
    }
  });
  return reload(ctx, label, id);
}
