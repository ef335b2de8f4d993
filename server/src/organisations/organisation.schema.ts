/** Organisation: a public body (or unit of one) that plays a role in the barrier model. */
import { builder } from '../builder';
import {
  type COUNTRIES,
  CountryEnum,
  type ORGANISATION_TYPES,
  OrganisationTypeEnum,
  type STATUSES,
  StatusEnum,
} from '../shared/codes.schema';
import { langArgs, pick } from '../shared/language.schema';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination';
import type { OrganisationRow } from './organisation.repository';

type Row = OrganisationRow & {
  type: (typeof ORGANISATION_TYPES)[number];
  country: (typeof COUNTRIES)[number];
  status: (typeof STATUSES)[number];
};

export const OrganisationRef = builder.objectRef<Row>('Organisation').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: 'Official name, as the organisation writes it.' }),
    shortName: t.exposeString('shortName', { nullable: true }),
    type: t.expose('type', { type: OrganisationTypeEnum }),
    country: t.expose('country', { type: CountryEnum }),
    website: t.exposeString('website', { nullable: true }),
    description: t.string({
      nullable: true,
      args: langArgs,
      resolve: (o, { lang }) => pick(o, 'description', lang),
    }),
    status: t.expose('status', { type: StatusEnum }),
    version: t.exposeInt('version'),
  }),
});

const OrganisationEdge = builder
  .objectRef<{ cursor: string; node: Row }>('OrganisationEdge')
  .implement({
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      node: t.field({ type: OrganisationRef, resolve: (e) => e.node }),
    }),
  });

const PageInfo = builder
  .objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo')
  .implement({
    fields: (t) => ({
      hasNextPage: t.exposeBoolean('hasNextPage'),
      endCursor: t.exposeString('endCursor', { nullable: true }),
    }),
  });

const OrganisationConnection = builder
  .objectRef<{
    totalCount: number;
    edges: { cursor: string; node: Row }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }>('OrganisationConnection')
  .implement({
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount'),
      edges: t.field({ type: [OrganisationEdge], resolve: (c) => c.edges }),
      pageInfo: t.field({ type: PageInfo, resolve: (c) => c.pageInfo }),
    }),
  });

builder.queryFields((t) => ({
  organisation: t.field({
    type: OrganisationRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { loaders }) =>
      (await loaders.organisation.load(String(id))) as Row | null,
  }),
  organisations: t.field({
    type: OrganisationConnection,
    description: 'Organisations by name, a page at a time.',
    args: {
      first: t.arg.int({ description: 'Page size, 1 to 100 (default 20).' }),
      after: t.arg.string({ description: 'The endCursor of the previous page.' }),
      country: t.arg({ type: CountryEnum }),
      type: t.arg({ type: OrganisationTypeEnum }),
      status: t.arg({ type: StatusEnum, defaultValue: 'ACTIVE' }),
    },
    resolve: async (_root, args, { repos }) => {
      const size = pageSize(args.first);
      const { total, organisations } = await repos.organisations.page(
        { country: args.country, type: args.type, status: args.status },
        size + 1,
        decodeCursor(args.after),
      );
      const nodes = organisations.slice(0, size) as Row[];
      const edges = nodes.map((node) => ({ cursor: encodeCursor(node.name, node.id), node }));
      return {
        totalCount: total,
        edges,
        pageInfo: {
          hasNextPage: organisations.length > size,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
}));
