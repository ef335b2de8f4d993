/**
 * Administrators maintain the geography: create a region, rename it or change its code, set the
 * regions it is part of, merge regions into a successor, archive one. Coordinators and staff
 * cannot change it (authScopes: admin).
 */
import { builder } from '../builder';
import { CountryEnum, RegionTypeEnum } from '../shared/codes.schema';
import { TranslatedTextInput } from '../shared/inputs.schema';
import { RegionRef } from './region.schema';
import {
  archiveRegion,
  createRegion,
  mergeRegions,
  setRegionParents,
  updateRegion,
} from './region.use-cases';

const NewRegionInput = builder.inputType('NewRegionInput', {
  description: 'The successor a merger creates: its type and country are those of the merged.',
  fields: (t) => ({
    name: t.field({ type: TranslatedTextInput, required: true }),
    code: t.string({ required: true, description: 'Official code: NIS, CBS (GM0855) or own.' }),
    parentIds: t.idList({
      description: 'Regions it is part of; by default those the merged regions were part of.',
    }),
  }),
});

const RegionInput = builder.inputType('RegionInput', {
  fields: (t) => ({
    type: t.field({ type: RegionTypeEnum, required: true }),
    country: t.field({ type: CountryEnum, required: true }),
    name: t.field({ type: TranslatedTextInput, required: true }),
    code: t.string({ required: true, description: 'Unique within the country.' }),
    parentIds: t.idList({ description: 'Regions it is part of (PART_OF).' }),
  }),
});

const RegionPatch = builder.inputType('RegionPatch', {
  description: 'Only the fields given change.',
  fields: (t) => ({
    name: t.field({ type: TranslatedTextInput }),
    code: t.string(),
  }),
});

const MergeRegionsInput = builder.inputType('MergeRegionsInput', {
  fields: (t) => ({
    type: t.field({
      type: RegionTypeEnum,
      required: true,
      description: 'What is merged: every region named must be of this type.',
    }),
    formerIds: t.idList({ required: true, description: 'The regions that merge (A, B…).' }),
    into: t.id({ description: 'An existing successor (C); or give `successor`.' }),
    successor: t.field({ type: NewRegionInput, description: 'A new successor (C).' }),
    since: t.field({
      type: 'Date',
      required: true,
      description: 'The first day of the successor: the former regions end the day before.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createRegion: t.field({
    type: RegionRef,
    authScopes: { admin: true },
    args: { input: t.arg({ type: RegionInput, required: true }) },
    resolve: (_root, { input }, ctx) => createRegion(ctx, input),
  }),
  updateRegion: t.field({
    type: RegionRef,
    authScopes: { admin: true },
    description: 'Renames it or changes its code; `version` as read (CONFLICT when stale).',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: RegionPatch, required: true }),
    },
    resolve: (_root, { id, version, patch }, ctx) => updateRegion(ctx, id, version, patch),
  }),
  setRegionParents: t.field({
    type: RegionRef,
    authScopes: { admin: true },
    description: 'Replaces the regions it is part of (PART_OF); a loop is refused.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      parentIds: t.arg.idList({ required: true }),
    },
    resolve: (_root, { id, version, parentIds }, ctx) =>
      setRegionParents(ctx, id, version, parentIds),
  }),
  mergeRegions: t.field({
    type: RegionRef,
    authScopes: { admin: true },
    description:
      'Merges regions into a successor (existing or new) in one transaction: coverage, scopes ' +
      'and sub-regions move to it; the former regions stay, REPLACED_BY it. Returns the successor.',
    args: { input: t.arg({ type: MergeRegionsInput, required: true }) },
    resolve: (_root, { input }, ctx) => mergeRegions(ctx, input),
  }),
  archiveRegion: t.field({
    type: RegionRef,
    authScopes: { admin: true },
    description: 'Ends a region without successor; refused while anything still points at it.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      since: t.arg({ type: 'Date', required: true }),
    },
    resolve: (_root, { id, version, since }, ctx) => archiveRegion(ctx, id, version, since),
  }),
}));
