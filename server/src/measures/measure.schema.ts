/** Measure: an administrative instrument (permit refusal, closure, screening…) that raises a barrier. */
import { BarrierRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import { OrganisationRef, organisationLinks } from '../organisations/organisation.schema';
import { loadAll } from '../repositories';
import { pick } from '../shared/language';
import { langArgs } from '../shared/language.schema';
import { LegalBasisRef } from '../sharing/sharing.schema';
import type { MeasureRow } from './measure.repository';

export const MeasureRef = builder.objectRef<MeasureRow>('Measure');

MeasureRef.implement({
  description: 'An administrative instrument a local government or partner can apply.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.string({ args: langArgs, resolve: (m, { lang }) => pick(m, 'name', lang) ?? m.code }),
    description: t.string({
      nullable: true,
      description: 'Guidance: when and how it is applied.',
      args: langArgs,
      resolve: (m, { lang }) => pick(m, 'description', lang),
    }),
    barriers: t.field({
      type: [BarrierRef],
      resolve: (m, _a, { loaders }) => loadAll(loaders.barrierByCode, m.barrierCodes),
    }),
    legalBases: t.field({
      type: [LegalBasisRef],
      resolve: (m, _a, { loaders }) => loadAll(loaders.legalBasis, m.legalBasisIds),
    }),
    organisations: t.field({
      type: [OrganisationRef],
      description: 'Who can apply it.',
      resolve: (m, _a, { loaders }) => loadAll(loaders.organisation, m.organisationIds),
    }),
  }),
});

builder.queryField('measure', (t) =>
  t.field({
    type: MeasureRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { loaders }) => loaders.measure.load(id),
  }),
);

// The measure feature owns the edges to measures, so barriers and organisations need not know it.
builder.objectField(BarrierRef, 'measures', (t) =>
  t.field({
    type: [MeasureRef],
    description: 'Administrative measures that raise this barrier.',
    resolve: (b, _a, { loaders }) => loadAll(loaders.measure, b.measureIds),
  }),
);

builder.objectField(OrganisationRef, 'measures', (t) =>
  t.field({
    type: [MeasureRef],
    description: 'Measures it can apply.',
    resolve: async (o, _a, { loaders }) =>
      loadAll(loaders.measure, (await organisationLinks(o, loaders)).measureIds),
  }),
);
