/** Region: municipality, police zone, arrondissement, province, RIEC region or country. */
import { builder } from '../builder';
import { loadAll } from '../repositories';
import { CountryEnum, RegionTypeEnum } from '../shared/codes.schema';
import { pick } from '../shared/language';
import { LanguageEnum, langArgs } from '../shared/language.schema';
import type { RegionRow } from './region.repository';

export const RegionRef = builder.objectRef<RegionRow>('Region');

RegionRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { nullable: true }),
    type: t.expose('type', { type: RegionTypeEnum }),
    country: t.expose('country', { type: CountryEnum }),
    name: t.string({ args: langArgs, resolve: (r, { lang }) => pick(r, 'name', lang) ?? r.id }),
    version: t.int({
      description: 'Bumped by every edit; give it back when changing the region.',
      resolve: (r) => r.version ?? 1,
    }),
    validTo: t.field({
      type: 'Date',
      nullable: true,
      description: 'The last day it was in force (a former region); null while in force.',
      resolve: (r) => r.validTo ?? null,
    }),
    parents: t.field({
      type: [RegionRef],
      description: 'The larger regions it is part of.',
      resolve: (r, _a, { loaders }) => loadAll(loaders.region, r.parentIds),
    }),
  }),
});

builder.queryFields((t) => ({
  regions: t.field({
    type: [RegionRef],
    description: 'Regions, e.g. the municipalities of a country, sorted by name in `lang`.',
    args: {
      type: t.arg({ type: RegionTypeEnum }),
      country: t.arg({ type: CountryEnum }),
      lang: t.arg({ type: LanguageEnum, required: true, defaultValue: 'NL' }),
    },
    resolve: (_root, args, { repos }) =>
      repos.regions.list(args.type ?? null, args.country ?? null, args.lang),
  }),
  region: t.field({
    type: RegionRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { loaders }) => loaders.region.load(id),
  }),
}));
