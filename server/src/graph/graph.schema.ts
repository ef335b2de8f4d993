/** Exploration: neighbourhoods and shortest paths, as plain nodes and edges for the network view. */
import { canSeePersonalData, notePersonRead } from '../auth/personal-data';
import { builder } from '../builder';
import type { Context } from '../context';
import { UserError } from '../errors';
import { loadAll } from '../repositories';
import {
  DEFAULT_PATH_LINK_KINDS,
  GRAPH_NODE_TYPES,
  type GraphNodeType,
  PATH_LINK_KINDS,
} from '../shared/codes';
import { CountryEnum, RoleEnum } from '../shared/codes.schema';
import { pick } from '../shared/language';
import { langArgs } from '../shared/language.schema';
import { LegalBasisRef } from '../sharing/sharing.schema';
import type { GraphEdgeRow, GraphNodeRow, GraphSlice } from './slice';

const GraphNodeTypeEnum = builder.enumType('GraphNodeType', { values: GRAPH_NODE_TYPES });

const GraphNodeRef = builder.objectRef<GraphNodeRow>('GraphNode').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({
      type: GraphNodeTypeEnum,
      resolve: (n) => n.label as GraphNodeType,
    }),
    label: t.string({
      description: 'What to write on the node.',
      args: langArgs,
      resolve: (n, { lang }) =>
        n.firstName || n.lastName
          ? `${n.firstName ?? ''} ${n.lastName ?? ''}`.trim()
          : (n.name ?? pick(n, 'name', lang) ?? n.code ?? n.id),
    }),
    country: t.exposeString('country', { nullable: true }),
    subtype: t.string({
      nullable: true,
      description: 'Organisation or region type, contact kind or barrier code.',
      resolve: (n) => n.type ?? n.kind ?? n.code ?? null,
    }),
  }),
});

const GraphEdgeRef = builder.objectRef<GraphEdgeRow>('GraphEdge').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.exposeString('type', {
      description: 'HAS_ROLE, COVERS, SHARES_WITH, COUNTERPART_OF, CONTACT_FOR, PART_OF, …',
    }),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    role: t.exposeString('role', { nullable: true }),
    priority: t.exposeString('priority', { nullable: true }),
    crossBorder: t.exposeBoolean('crossBorder', { nullable: true }),
    mutual: t.exposeBoolean('mutual', { nullable: true }),
    dataCategories: t.exposeStringList('dataCategories', { nullable: true }),
    agreementId: t.exposeID('agreementId', { nullable: true }),
    legalBases: t.field({
      type: [LegalBasisRef],
      resolve: (e, _a, { loaders }) => loadAll(loaders.legalBasis, e.legalBasisIds ?? []),
    }),
  }),
});

const GraphSliceRef = builder.objectRef<GraphSlice>('GraphSlice').implement({
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (s) => s.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (s) => s.edges }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when the cap left nodes out: expand further from a node to see them.',
    }),
  }),
});

const GraphFilterInput = builder.inputType('GraphFilter', {
  fields: (t) => ({
    nodeTypes: t.field({ type: [GraphNodeTypeEnum] }),
    barrier: t.string({ description: 'Only this barrier (code) among barrier nodes.' }),
    role: t.field({ type: RoleEnum, description: 'Only role edges of this role.' }),
    country: t.field({ type: CountryEnum }),
  }),
});

const GraphLinkKindEnum = builder.enumType('GraphLinkKind', {
  description:
    'Kinds of ties a shortest path may use: AGREEMENT (data-sharing agreement), COUNTERPART ' +
    '(across the border), STRUCTURE (units, contact points, people of an organisation), NETWORK ' +
    '(cooperation network), GEOGRAPHY (areas covered, areas within areas).',
  values: PATH_LINK_KINDS,
});

const MAX_NODES = 500;

/** The persons a view shows count against the caller's hourly budget, as on any other read. */
async function countPersons<S extends GraphSlice | null>(ctx: Context, slice: S): Promise<S> {
  for (const node of slice?.nodes ?? []) {
    if (node.label === 'Person') await notePersonRead(ctx, node.id);
  }
  return slice;
}

builder.queryFields((t) => ({
  neighbourhood: t.field({
    type: GraphSliceRef,
    nullable: true,
    description: 'What lies within `depth` hops of an entity, capped at `limit` nodes.',
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: '1 to 3.' }),
      filter: t.arg({ type: GraphFilterInput }),
      limit: t.arg.int({ defaultValue: 150, description: `1 to ${MAX_NODES} nodes.` }),
    },
    resolve: async (_root, args, ctx) => {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 150;
      if (!Number.isInteger(depth) || depth < 1 || depth > 3) {
        throw new UserError('BAD_USER_INPUT', 'depth must be between 1 and 3', { field: 'depth' });
      }
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NODES) {
        throw new UserError('BAD_USER_INPUT', `limit must be between 1 and ${MAX_NODES}`, {
          field: 'limit',
        });
      }
      const includePersons = canSeePersonalData(ctx);
      const f = args.filter;
      const nodeTypes = f?.nodeTypes?.filter((n) => includePersons || n !== 'Person') ?? null;
      const slice = await ctx.repos.graph.neighbourhood(
        args.id,
        depth,
        {
          nodeTypes: nodeTypes?.length ? nodeTypes : null,
          barrier: f?.barrier?.toUpperCase() ?? null,
          role: f?.role ?? null,
          country: f?.country ?? null,
        },
        limit,
        includePersons,
      );
      return countPersons(ctx, slice);
    },
  }),
  path: t.field({
    type: GraphSliceRef,
    description: 'The shortest connections between two entities (empty when none within maxHops).',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: 8, description: '1 to 8.' }),
      via: t.arg({
        type: [GraphLinkKindEnum],
        description: 'The kinds of ties the path may use (default: all but NETWORK).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const maxHops = args.maxHops ?? 6;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 8) {
        throw new UserError('BAD_USER_INPUT', 'maxHops must be between 1 and 8', {
          field: 'maxHops',
        });
      }
      const slice = await ctx.repos.graph.path(
        args.from,
        args.to,
        maxHops,
        canSeePersonalData(ctx),
        args.via ?? DEFAULT_PATH_LINK_KINDS,
      );
      return countPersons(ctx, slice);
    },
  }),
}));
