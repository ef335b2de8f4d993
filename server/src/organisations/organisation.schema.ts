/** Organisation: a public body that plays a role in the barrier model; its units and networks. */
import { builder } from '../builder';
import { RegionRef } from '../regions/region.schema';
import { type Loaders, loadAll, loadOne } from '../repositories';
import { CountryEnum, OrganisationTypeEnum, StatusEnum } from '../shared/codes.schema';
import { pick } from '../shared/language';
import { langArgs } from '../shared/language.schema';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination';
import type {
  NetworkRow,
  OrganisationRefRow,
  OrganisationRow,
  UnitRefRow,
  UnitRow,
} from './organisation.repository';
import { pageParts, primePage } from './organisation-page';

/** A reference (own fields) or a full row; the relationship fields load what a reference lacks. */
export const OrganisationRef = builder.objectRef<OrganisationRefRow | OrganisationRow>(
  'Organisation',
);
export const OrgUnitRef = builder.objectRef<UnitRefRow | UnitRow>('OrgUnit');
export const NetworkRef = builder.objectRef<NetworkRow>('Network');

/** The organisation's links: a full row has them, a reference loads them (batched). */
export async function organisationLinks(o: OrganisationRefRow | OrganisationRow, loaders: Loaders) {
  return 'roles' in o ? o : loadOne(loaders.organisationDetails, o.id);
}

/** The unit's links: a full row has them, a search hit loads them (batched). */
export async function unitLinks(u: UnitRefRow | UnitRow, loaders: Loaders) {
  return 'organisationId' in u ? u : loadOne(loaders.unit, u.id);
}

OrganisationRef.implement({
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
    coverage: t.field({
      type: [RegionRef],
      description: 'The regions it serves.',
      resolve: async (o, _a, { loaders }) =>
        loadAll(loaders.region, (await organisationLinks(o, loaders)).coverageIds),
    }),
    units: t.field({
      type: [OrgUnitRef],
      resolve: async (o, _a, { loaders }) =>
        loadAll(loaders.unit, (await organisationLinks(o, loaders)).unitIds),
    }),
    networks: t.field({
      type: [NetworkRef],
      resolve: async (o, _a, { loaders }) =>
        loadAll(loaders.network, (await organisationLinks(o, loaders)).networkIds),
    }),
    counterparts: t.field({
      type: [OrganisationRef],
      description: 'Its counterparts across the border.',
      resolve: async (o, _a, { loaders }) =>
        loadAll(loaders.organisation, (await organisationLinks(o, loaders)).counterpartIds),
    }),
  }),
});

OrgUnitRef.implement({
  description: 'A department or team of an organisation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ args: langArgs, resolve: (u, { lang }) => pick(u, 'name', lang) ?? u.id }),
    description: t.string({
      nullable: true,
      args: langArgs,
      resolve: (u, { lang }) => pick(u, 'description', lang),
    }),
    organisation: t.field({
      type: OrganisationRef,
      resolve: async (u, _a, { loaders }) =>
        loadOne(loaders.organisation, (await unitLinks(u, loaders)).organisationId),
    }),
  }),
});

NetworkRef.implement({
  description: 'A cooperation: the RIEC covenant, an ARIEC protocol, CONFINE, EURIEC.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { nullable: true }),
    name: t.string({ args: langArgs, resolve: (n, { lang }) => pick(n, 'name', lang) ?? n.id }),
    description: t.string({
      nullable: true,
      args: langArgs,
      resolve: (n, { lang }) => pick(n, 'description', lang),
    }),
    members: t.field({
      type: [OrganisationRef],
      resolve: (n, _a, { loaders }) => loadAll(loaders.organisation, n.memberIds),
    }),
  }),
});

type Edge = { cursor: string; node: OrganisationRow };
const OrganisationEdge = builder.objectRef<Edge>('OrganisationEdge').implement({
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
    edges: Edge[];
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
    // A page of its own: the organisation and the lists the request asks for in one query, handed
    // to the loaders, instead of a query per list and level.
    resolve: async (_root, { id }, { repos, loaders }, info) => {
      const page = await repos.organisations.withRelated(id, pageParts(info));
      if (!page) return null;
      primePage(loaders, page);
      return page.organisation;
    },
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
    resolve: async (_root, args, { repos, loaders }) => {
      const size = pageSize(args.first);
      const { total, ids } = await repos.organisations.page(
        { country: args.country, type: args.type, status: args.status },
        size + 1,
        decodeCursor(args.after),
      );
      const nodes = await loadAll(loaders.organisationDetails, ids.slice(0, size));
      const edges = nodes.map((node) => ({ cursor: encodeCursor(node.name, node.id), node }));
      return {
        totalCount: total,
        edges,
        pageInfo: {
          hasNextPage: ids.length > size,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
  network: t.field({
    type: NetworkRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { loaders }) => loaders.network.load(id),
  }),
}));
