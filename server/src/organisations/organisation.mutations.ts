/** Coordinators' changes to organisations: details, status, roles per barrier, coverage and links. */
import { builder } from '../builder';
import { CountryEnum, OrganisationTypeEnum } from '../shared/codes.schema';
import { BarrierRoleInput, TranslatedTextInput } from '../shared/inputs.schema';
import type { OrganisationLink } from './organisation.repository';
import { OrganisationRef, OrgUnitRef } from './organisation.schema';
import {
  createOrganisation,
  createOrgUnit,
  LINK_FIELD,
  setOrganisationLinks,
  setOrganisationRoles,
  setOrganisationStatus,
  updateOrganisation,
  updateOrgUnit,
} from './organisation.use-cases';

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

builder.mutationFields((t) => ({
  createOrganisation: t.field({
    type: OrganisationRef,
    authScopes: { editor: true },
    args: { input: t.arg({ type: OrganisationInput, required: true }) },
    resolve: (_root, { input }, ctx) => createOrganisation(ctx, input),
  }),
  updateOrganisation: t.field({
    type: OrganisationRef,
    authScopes: { editor: true },
    description:
      'Changes details; `version` is the one the edit was based on (CONFLICT when stale).',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: OrganisationPatch, required: true }),
    },
    resolve: (_root, { id, version, patch }, ctx) => updateOrganisation(ctx, id, version, patch),
  }),
  archiveOrganisation: statusMutation(t, 'ARCHIVED'),
  restoreOrganisation: statusMutation(t, 'ACTIVE'),
  setOrganisationRoles: t.field({
    type: OrganisationRef,
    authScopes: { editor: true },
    description: 'Replaces the roles per barrier.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      roles: t.arg({ type: [BarrierRoleInput], required: true }),
    },
    resolve: (_root, { id, version, roles }, ctx) => setOrganisationRoles(ctx, id, version, roles),
  }),
  createOrgUnit: t.field({
    type: OrgUnitRef,
    authScopes: { editor: true },
    description: 'A new department or team of an organisation.',
    args: {
      organisationId: t.arg.id({ required: true }),
      name: t.arg({ type: TranslatedTextInput, required: true }),
      description: t.arg({ type: TranslatedTextInput }),
    },
    resolve: (_root, args, ctx) =>
      createOrgUnit(ctx, args.organisationId, args.name, args.description),
  }),
  updateOrgUnit: t.field({
    type: OrgUnitRef,
    authScopes: { editor: true },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      name: t.arg({ type: TranslatedTextInput }),
      description: t.arg({ type: TranslatedTextInput }),
    },
    resolve: (_root, args, ctx) =>
      updateOrgUnit(ctx, args.id, args.version, args.name, args.description),
  }),
  setOrganisationCoverage: linkMutation(t, 'COVERS'),
  setOrganisationNetworks: linkMutation(t, 'MEMBER_OF'),
  setOrganisationCounterparts: linkMutation(t, 'COUNTERPART_OF'),
}));

/** The field builder of mutations, for helpers that define several similar mutations. */
type MutationFields = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

function statusMutation(t: MutationFields, status: 'ACTIVE' | 'ARCHIVED') {
  return t.field({
    type: OrganisationRef,
    authScopes: (_parent, args) => ({ editorOfAllItServes: args.id }),
    description:
      status === 'ARCHIVED'
        ? 'Archives it: history is kept, it disappears from who-to-call.'
        : 'Brings an archived organisation back.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, ctx) => setOrganisationStatus(ctx, id, version, status),
  });
}

function linkMutation(t: MutationFields, kind: OrganisationLink) {
  return t.field({
    type: OrganisationRef,
    authScopes: { editor: true },
    description: `Replaces the organisation's ${LINK_FIELD[kind]}.`,
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      ids: t.arg.idList({ required: true }),
    },
    resolve: (_root, args, ctx) => setOrganisationLinks(ctx, kind, args),
  });
}
