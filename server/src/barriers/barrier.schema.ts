/** Barrier: a stage of the trafficking process where a local government can obstruct it. */
import { builder } from '../builder';
import { langArgs, pick } from '../shared/language.schema';
import type { BarrierRow } from './barrier.repository';

export const BarrierRef = builder.objectRef<BarrierRow>('Barrier').implement({
  description: 'A stage of the trafficking process where it can be obstructed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'Stable code, e.g. HOUSING.' }),
    name: t.string({
      args: langArgs,
      resolve: (b, { lang }) => pick(b, 'name', lang) ?? b.code,
    }),
    guidance: t.string({
      nullable: true,
      description: 'What a local government can do here, and how a signal reaches who can act.',
      args: langArgs,
      resolve: (b, { lang }) => pick(b, 'guidance', lang),
    }),
    sourceModel: t.exposeString('sourceModel', {
      nullable: true,
      description: 'The barrier model this barrier comes from (CONFINE, NL_NATIONAL, CCV, …).',
    }),
    version: t.exposeInt('version'),
  }),
});

builder.queryFields((t) => ({
  barriers: t.field({
    type: [BarrierRef],
    description: 'All barriers, in the order of the model.',
    resolve: (_root, _args, { repos }) => repos.barriers.list(),
  }),
  barrier: t.field({
    type: BarrierRef,
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (_root, { code }, { loaders }) => loaders.barrierByCode.load(code.toUpperCase()),
  }),
}));
