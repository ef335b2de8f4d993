/** Barrier: a stage of the trafficking process where a local government can obstruct it. */
import { builder } from '../builder';
import { OrganisationRef, organisationLinks } from '../organisations/organisation.schema';
import { loadOne } from '../repositories';
import type { Role } from '../shared/codes';
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
    roles: t.field({
      type: [OrganisationRoleRef],
      description: 'Who plays which role here (active organisations).',
      resolve: (b, _a, { loaders }) => loaders.barrierRoles.load(b.code),
    }),
  }),
});

const BarrierRoleRef = builder
  .objectRef<{ barrierCode: string; role: Role }>('BarrierRole')
  .implement({
    description: 'A role an organisation plays at one barrier.',
    fields: (t) => ({
      role: t.expose('role', { type: RoleEnum }),
      barrier: t.field({
        type: BarrierRef,
        resolve: (r, _a, { loaders }) => loadOne(loaders.barrierByCode, r.barrierCode),
      }),
    }),
  });

// The barrier feature owns the organisation's edge to barriers, so organisations need not know barriers.
builder.objectField(OrganisationRef, 'roles', (t) =>
  t.field({
    type: [BarrierRoleRef],
    resolve: async (o, _a, { loaders }) => (await organisationLinks(o, loaders)).roles,
  }),
);

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
