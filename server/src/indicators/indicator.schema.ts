/** Indicator: a signal of trafficking, and the barrier where it shows. */
import { BarrierRef, ExploitationFormRef, SectorRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import { loadAll } from '../repositories';
import { IndicatorKindEnum } from '../shared/codes.schema';
import { pick } from '../shared/language';
import { langArgs } from '../shared/language.schema';
import type { IndicatorRow } from './indicator.repository';

export const IndicatorRef = builder.objectRef<IndicatorRow>('Indicator');

IndicatorRef.implement({
  description: 'A signal of trafficking; picking one sets the barrier in who-to-call.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    kind: t.expose('kind', { type: IndicatorKindEnum }),
    name: t.string({ args: langArgs, resolve: (i, { lang }) => pick(i, 'name', lang) ?? i.code }),
    description: t.string({
      nullable: true,
      args: langArgs,
      resolve: (i, { lang }) => pick(i, 'description', lang),
    }),
    barriers: t.field({
      type: [BarrierRef],
      resolve: (i, _a, { loaders }) => loadAll(loaders.barrierByCode, i.barrierCodes),
    }),
    exploitationForms: t.field({
      type: [ExploitationFormRef],
      resolve: async (i, _a, { loaders }) =>
        (await loaders.referenceLists.load('all')).forms.filter((f) =>
          i.formCodes.includes(f.code),
        ),
    }),
    sectors: t.field({
      type: [SectorRef],
      resolve: async (i, _a, { loaders }) =>
        (await loaders.referenceLists.load('all')).sectors.filter((s) =>
          i.sectorCodes.includes(s.code),
        ),
    }),
  }),
});

// The indicator feature owns the barrier's edge to its indicators.
builder.objectField(BarrierRef, 'indicators', (t) =>
  t.field({
    type: [IndicatorRef],
    description: 'Signals that show at this barrier.',
    resolve: (b, _a, { loaders }) => loadAll(loaders.indicator, b.indicatorIds),
  }),
);

builder.queryFields((t) => ({
  indicators: t.field({
    type: [IndicatorRef],
    description: 'All indicators, or those of one barrier.',
    args: { barrier: t.arg.string({ description: 'A barrier code, e.g. HOUSING.' }) },
    resolve: async (_root, { barrier }, { repos }) => {
      const all = await repos.indicators.list();
      return barrier ? all.filter((i) => i.barrierCodes.includes(barrier.toUpperCase())) : all;
    },
  }),
  indicator: t.field({
    type: IndicatorRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { loaders }) => loaders.indicator.load(id),
  }),
}));
