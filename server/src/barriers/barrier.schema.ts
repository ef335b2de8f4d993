/** Barrier: a stage of the trafficking process where a local government can obstruct it. */
import { builder } from '../builder';
import { IndicatorRef } from '../indicators/indicator.schema';
import { MeasureRef } from '../measures/measure.schema';
import { OrganisationRef } from '../organisations/organisation.schema';
import { loadAll, loadOne } from '../repositories';
import { RoleEnum } from '../shared/codes.schema';
import { pick } from '../shared/language';
import { langArgs } from '../shared/language.schema';
import type { BarrierRoleRow, BarrierRow, CodeRow } from './barrier.repository';

export const BarrierRef = builder.objectRef<BarrierRow>('Barrier');
export const ExploitationFormRef = builder.objectRef<CodeRow>('ExploitationForm');
export const SectorRef = builder.objectRef<CodeRow>('Sector');

const OrganisationRoleRef = builder.objectRef<BarrierRoleRow>('OrganisationRole').implement({
  description: 'An organisation and one role it plays at a barrier.',
  fields: (t) => ({
    role: t.expose('role', { type: RoleEnum }),
    organisation: t.field({
      type: OrganisationRef,
      resolve: (r, _a, { loaders }) => loadOne(loaders.organisation, r.organisationId),
    }),
  }),
});

BarrierRef.implement({
  description: 'A stage of the trafficking process where it can be obstructed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'Stable code, e.g. HOUSING.' }),
    name: t.string({ args: langArgs, resolve: (b, { lang }) => pick(b, 'name', lang) ?? b.code }),
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
    indicators: t.field({
      type: [IndicatorRef],
      description: 'Signals that show at this barrier.',
      resolve: (b, _a, { loaders }) => loadAll(loaders.indicator, b.indicatorIds),
    }),
    measures: t.field({
      type: [MeasureRef],
      description: 'Administrative measures that raise this barrier.',
      resolve: (b, _a, { loaders }) => loadAll(loaders.measure, b.measureIds),
    }),
    roles: t.field({
      type: [OrganisationRoleRef],
      description: 'Who plays which role here (active organisations).',
      resolve: (b, _a, { loaders }) => loaders.barrierRoles.load(b.code),
    }),
  }),
});

for (const ref of [ExploitationFormRef, SectorRef]) {
  ref.implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      code: t.exposeString('code'),
      name: t.string({ args: langArgs, resolve: (f, { lang }) => pick(f, 'name', lang) ?? f.code }),
    }),
  });
}

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
  exploitationForms: t.field({
    type: [ExploitationFormRef],
    resolve: async (_root, _args, { loaders }) => (await loaders.referenceLists.load('all')).forms,
  }),
  sectors: t.field({
    type: [SectorRef],
    description: 'High-risk sectors.',
    resolve: async (_root, _args, { loaders }) =>
      (await loaders.referenceLists.load('all')).sectors,
  }),
}));
