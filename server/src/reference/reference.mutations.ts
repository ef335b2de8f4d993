/**
 * Coordinators keep the shared reference data current: measures (with the barriers they raise and
 * their legal bases), indicators (with the barriers they signal, forms and sectors) and networks.
 */
import { referenceCreate, referencePatch } from '../../../shared/rules/measure';
import { actorOf } from '../auth/permissions';
import { builder } from '../builder';
import type { Context } from '../context';
import { DuplicateError, NotFoundError } from '../errors';
import { IndicatorRef } from '../indicators/indicator.schema';
import { MeasureRef } from '../measures/measure.schema';
import { NetworkRef } from '../organisations/organisation.schema';
import { IndicatorKindEnum } from '../shared/codes.schema';
import { idFor } from '../shared/ids';
import { TranslatedTextInput, translatedProps } from '../shared/inputs.schema';
import { reject, validate } from '../shared/validation';
import type { ReferenceCodes, ReferenceLabel, ReferenceLink } from './reference.repository';

const ReferenceInput = builder.inputType('ReferenceInput', {
  description: 'A measure, indicator or network. Links that do not apply to the kind are ignored.',
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.field({ type: TranslatedTextInput, required: true }),
    description: t.field({ type: TranslatedTextInput }),
    kind: t.field({ type: IndicatorKindEnum, description: 'Indicators only.' }),
    barriers: t.stringList({
      description: 'Barrier codes it raises (measure) or signals (indicator).',
    }),
    legalBasisIds: t.idList({ description: 'Measures only.' }),
    exploitationForms: t.stringList({ description: 'Indicators only.' }),
    sectors: t.stringList({ description: 'Indicators only.' }),
  }),
});

const ReferencePatch = builder.inputType('ReferencePatch', {
  fields: (t) => ({
    name: t.field({ type: TranslatedTextInput }),
    description: t.field({ type: TranslatedTextInput }),
    kind: t.field({ type: IndicatorKindEnum }),
    barriers: t.stringList(),
    legalBasisIds: t.idList(),
    exploitationForms: t.stringList(),
    sectors: t.stringList(),
  }),
});

type Links = {
  barriers?: string[] | null;
  legalBasisIds?: string[] | null;
  exploitationForms?: string[] | null;
  sectors?: string[] | null;
};

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

function checkLinks(ctx: Context, links: ReturnType<typeof linksOf>) {
  const problems = links.flatMap((l) =>
    l.keys.flatMap((k, i) =>
      l.allowed.has(k) ? [] : [{ field: `${l.field}.${i}`, code: 'unknown_reference' }],
    ),
  );
  if (problems.length) reject(ctx.lang, problems);
}

const PREFIX: Record<ReferenceLabel, string> = {
  Measure: 'measure',
  Indicator: 'ind',
  Network: 'net',
};
const REF = { Measure: MeasureRef, Indicator: IndicatorRef, Network: NetworkRef } as const;

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

type MutationFields = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

function createMutation(t: MutationFields, label: ReferenceLabel) {
  return t.field({
    type: REF[label] as typeof MeasureRef,
    authScopes: { editor: true },
    args: { input: t.arg({ type: ReferenceInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const actor = actorOf(ctx);
      const data = validate(
        referenceCreate,
        {
          code: input.code,
          ...translatedProps('name', input.name),
          ...translatedProps('description', input.description),
        },
        ctx.lang,
      );
      const links = linksOf(label, input, await ctx.repos.reference.codes());
      checkLinks(ctx, links);
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
    },
  });
}

function updateMutation(t: MutationFields, label: ReferenceLabel) {
  return t.field({
    type: REF[label] as typeof MeasureRef,
    authScopes: { editor: true },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: ReferencePatch, required: true }),
    },
    resolve: async (_root, { id, version, patch }, ctx) => {
      const actor = actorOf(ctx);
      const data = validate(
        referencePatch,
        {
          ...translatedProps('name', patch.name),
          ...translatedProps('description', patch.description),
        },
        ctx.lang,
      );
      const links = linksOf(label, patch, await ctx.repos.reference.codes());
      checkLinks(ctx, links);
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
    },
  });
}

builder.mutationFields((t) => ({
  createMeasure: createMutation(t, 'Measure'),
  updateMeasure: updateMutation(t, 'Measure'),
  createIndicator: createMutation(t, 'Indicator'),
  updateIndicator: updateMutation(t, 'Indicator'),
  createNetwork: createMutation(t, 'Network'),
  updateNetwork: updateMutation(t, 'Network'),
}));
