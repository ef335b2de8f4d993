/**
 * From API slices to what the view shows, as pure functions: slices merge into one model; the
 * view state (focus, shown nodes, expansions, hidden nodes, filters, path) picks what is drawn.
 */
import { ROLES, type Role } from '../../../lib/schema';
import { type GraphEdge, type GraphNode, type GraphSlice, NODE_TYPES } from './types';
import type { Expansion, GraphFilters, ViewState } from './view-state';

/** A neighbour of a probed node, with the edges that connect them, in the API's order. */
export interface Neighbour {
  id: string;
  edges: GraphEdge[];
}

export interface Probe {
  neighbours: Neighbour[];
  /** The API's cap left neighbours out. */
  truncated: boolean;
}

/** Every node and edge loaded so far, and each probed node's neighbours. */
export interface GraphModel {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  probes: Map<string, Probe>;
  path: { nodeIds: string[]; edgeIds: string[] } | null;
}

/** "N more" for an expansion that had more neighbours than its cap. */
export interface MoreStub {
  id: string;
  /** The expanded node. */
  parent: string;
  expansion: Expansion;
  count: number;
  /** The API's cap was reached: there may be more than `count`. */
  atLeast: boolean;
}

export interface RoleGroup {
  role: Role;
  members: GraphNode[];
}

export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  more: MoreStub[];
  /** The barrier view: the barrier's partners grouped by role (else null). */
  groups: RoleGroup[] | null;
  path: { nodeIds: Set<string>; edgeIds: Set<string>; hops: number } | null;
  /** Focus mode: the nodes within `steps` of `id` over the drawn edges (the rest is faded). */
  near: { id: string; steps: number; nodeIds: Set<string> } | null;
  focus: string | null;
}

/** The ids within `steps` hops of `id` over `edges` (breadth first), `id` included. */
export function withinSteps(
  id: string,
  steps: number,
  edges: readonly Pick<GraphEdge, 'source' | 'target'>[],
): Set<string> {
  const adjacent = new Map<string, string[]>();
  for (const e of edges) {
    adjacent.set(e.source, [...(adjacent.get(e.source) ?? []), e.target]);
    adjacent.set(e.target, [...(adjacent.get(e.target) ?? []), e.source]);
  }
  const found = new Set([id]);
  let frontier = [id];
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const other of adjacent.get(at) ?? []) {
        if (!found.has(other)) {
          found.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return found;
}

/** Merges neighbourhood probes (by the id they start from) and a path into one model. */
export function buildModel(
  probes: ReadonlyMap<string, GraphSlice>,
  path: GraphSlice | null = null,
): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const probed = new Map<string, Probe>();
  const add = (slice: GraphSlice) => {
    for (const node of slice.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of slice.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  };
  for (const [id, slice] of probes) {
    add(slice);
    const byNeighbour = new Map<string, GraphEdge[]>();
    for (const node of slice.nodes) if (node.id !== id) byNeighbour.set(node.id, []);
    for (const edge of slice.edges) {
      const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
      if (other !== null && other !== id) byNeighbour.get(other)?.push(edge);
    }
    const neighbours = [...byNeighbour]
      .filter(([, es]) => es.length > 0)
      .map(([nid, es]) => ({ id: nid, edges: es }));
    probed.set(id, { neighbours: byRelevance(neighbours, nodes), truncated: slice.truncated });
  }
  if (path) add(path);
  return {
    nodes,
    edges,
    probes: probed,
    path: path
      ? { nodeIds: path.nodes.map((n) => n.id), edgeIds: path.edges.map((e) => e.id) }
      : null,
  };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

/**
 * Neighbours most worth showing first (a cap shows these): by relationship (agreements and
 * counterparts before roles, coverage and contacts, measures and documents last), then by node
 * type, then by name.
 */
function byRelevance(neighbours: Neighbour[], nodes: ReadonlyMap<string, GraphNode>): Neighbour[] {
  const rank = (n: Neighbour) =>
    Math.min(...n.edges.map((e) => RELEVANCE.indexOf(e.type)).map((i) => (i < 0 ? 99 : i)));
  const typeRank = (n: Neighbour) => {
    const type = nodes.get(n.id)?.type;
    return type ? NODE_TYPES.indexOf(type) : 99;
  };
  return [...neighbours].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      typeRank(a) - typeRank(b) ||
      collator.compare(nodes.get(a.id)?.label ?? a.id, nodes.get(b.id)?.label ?? b.id),
  );
}

const RELEVANCE: readonly string[] = [
  'SHARES_WITH',
  'COUNTERPART_OF',
  'HAS_ROLE',
  'COVERS',
  'CONTACT_FOR',
  'BELONGS_TO',
  'WORKS_AT',
  'PART_OF',
  'MEMBER_OF',
  'BASED_ON',
  'CAN_APPLY',
  'RAISES',
  'SIGNALS',
  'POINTS_TO',
  'SEEN_IN',
  'SOURCED_FROM',
];

/** Whether a node passes the filters (nodes without a country pass the country filter). */
export function nodePasses(node: GraphNode, filters: GraphFilters): boolean {
  if (filters.country && node.country && node.country !== filters.country) return false;
  if (filters.orgType && node.type === 'Organisation' && node.subtype !== filters.orgType) {
    return false;
  }
  if (filters.barrier && node.type === 'Barrier' && node.subtype !== filters.barrier) return false;
  return true;
}

/** Whether an edge passes the filters: the role filter keeps role edges of that role only. */
export function edgePasses(edge: GraphEdge, filters: GraphFilters): boolean {
  if (filters.role && edge.role && edge.role !== filters.role) return false;
  return true;
}

/** The neighbours an expansion may add, in order: matching type, not hidden, passing filters. */
export function expansionCandidates(
  model: GraphModel,
  expansion: Pick<Expansion, 'id' | 'type'>,
  filters: GraphFilters,
  hidden: ReadonlySet<string> = new Set(),
): string[] {
  const probe = model.probes.get(expansion.id);
  if (!probe) return [];
  return probe.neighbours
    .filter((n) => {
      const node = model.nodes.get(n.id);
      if (!node || hidden.has(n.id) || !nodePasses(node, filters)) return false;
      return n.edges.some(
        (e) => (expansion.type === null || e.type === expansion.type) && edgePasses(e, filters),
      );
    })
    .map((n) => n.id);
}

/** How many neighbours of `id` each relationship type leads to (for "expand by type"). */
export function neighbourCounts(model: GraphModel, id: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const neighbour of model.probes.get(id)?.neighbours ?? []) {
    for (const type of new Set(neighbour.edges.map((e) => e.type))) {
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
  }
  return counts;
}

/** Whether the view is the barrier's partners grouped by role. */
export function isGrouped(model: GraphModel, state: ViewState): boolean {
  if (state.group === 'none' || !state.focus) return false;
  return model.nodes.get(state.focus)?.type === 'Barrier';
}

/** What the view draws for a state, from the model loaded so far. */
export function visibleGraph(model: GraphModel, state: ViewState): VisibleGraph {
  if (isGrouped(model, state)) return groupedGraph(model, state);
  const { filters, focus } = state;
  const hidden = new Set(state.hide);
  const pathNodes = new Set(model.path?.nodeIds ?? []);
  const shown = new Set<string>();
  const allowed = (id: string) => {
    const node = model.nodes.get(id);
    if (!node) return false;
    if (id === focus || pathNodes.has(id)) return true;
    return !hidden.has(id) && nodePasses(node, filters);
  };

  for (const id of [focus, ...state.show]) if (id && allowed(id)) shown.add(id);
  for (const id of pathNodes) if (model.nodes.has(id)) shown.add(id);

  // Expansions apply while their node is shown; one may bring the node of another, so repeat.
  const more: MoreStub[] = [];
  const applied = new Set<number>();
  let changed = true;
  while (changed) {
    changed = false;
    state.expand.forEach((expansion, index) => {
      if (applied.has(index) || !shown.has(expansion.id) || !model.probes.has(expansion.id)) return;
      applied.add(index);
      changed = true;
      const candidates = expansionCandidates(model, expansion, filters, hidden);
      for (const id of candidates.slice(0, expansion.count)) shown.add(id);
      const rest = candidates.length - expansion.count;
      const truncated = model.probes.get(expansion.id)?.truncated ?? false;
      if (rest > 0 || (truncated && candidates.length >= expansion.count)) {
        more.push({
          id: `more~${expansion.id}~${expansion.type ?? ''}`,
          parent: expansion.id,
          expansion,
          count: Math.max(rest, 0),
          atLeast: truncated,
        });
      }
    });
  }

  const pathEdges = new Set(model.path?.edgeIds ?? []);
  const edges = [...model.edges.values()].filter(
    (e) =>
      shown.has(e.source) &&
      shown.has(e.target) &&
      e.source !== e.target &&
      (pathEdges.has(e.id) || edgePasses(e, filters)),
  );
  const near =
    state.near && shown.has(state.near.id)
      ? { ...state.near, nodeIds: withinSteps(state.near.id, state.near.steps, edges) }
      : null;
  return {
    nodes: [...shown].map((id) => model.nodes.get(id) as GraphNode),
    edges,
    more,
    near,
    groups: null,
    path:
      model.path && state.path
        ? {
            nodeIds: new Set(model.path.nodeIds.filter((id) => shown.has(id))),
            edgeIds: new Set(model.path.edgeIds),
            hops: pathRoute(model, state.path[0], state.path[1]).edges.length,
          }
        : null,
    focus,
  };
}

/** The barrier's partners by role, in the model's role order, names sorted. */
function groupedGraph(model: GraphModel, state: ViewState): VisibleGraph {
  const barrierId = state.focus as string;
  const barrier = model.nodes.get(barrierId) as GraphNode;
  const hidden = new Set(state.hide);
  const byRole = new Map<Role, GraphNode[]>();
  const edges: GraphEdge[] = [];
  const members = new Map<string, GraphNode>();
  for (const neighbour of model.probes.get(barrierId)?.neighbours ?? []) {
    const node = model.nodes.get(neighbour.id);
    if (node?.type !== 'Organisation' || hidden.has(node.id)) continue;
    if (!nodePasses(node, state.filters)) continue;
    for (const edge of neighbour.edges) {
      if (edge.type !== 'HAS_ROLE' || !edge.role || !edgePasses(edge, state.filters)) continue;
      const list = byRole.get(edge.role) ?? [];
      if (!list.includes(node)) list.push(node);
      byRole.set(edge.role, list);
      edges.push(edge);
      members.set(node.id, node);
    }
  }
  const groups = ROLES.filter((role) => byRole.has(role)).map((role) => ({
    role,
    members: [...(byRole.get(role) ?? [])].sort((a, b) => collator.compare(a.label, b.label)),
  }));
  return {
    nodes: [barrier, ...members.values()],
    edges,
    more: [],
    groups,
    path: null,
    near: null,
    focus: barrierId,
  };
}

/** Ids to ask the API about: every node the state starts from or expands. */
export function probeIds(state: ViewState): string[] {
  const ids = new Set<string>();
  if (state.focus) ids.add(state.focus);
  for (const id of state.show) ids.add(id);
  for (const e of state.expand) ids.add(e.id);
  return [...ids];
}

/** Drops expansions that no longer apply (their node left the view), e.g. after a collapse. */
export function pruneExpansions(model: GraphModel, state: ViewState): ViewState {
  const visible = new Set(visibleGraph(model, state).nodes.map((n) => n.id));
  const expand = state.expand.filter((e) => visible.has(e.id) || !model.probes.has(e.id));
  return expand.length === state.expand.length ? state : { ...state, expand };
}

/** One shortest route through a path slice: its nodes and edges in order (empty when none). */
export function pathRoute(
  model: GraphModel,
  from: string,
  to: string,
): { nodeIds: string[]; edges: GraphEdge[] } {
  if (!model.path) return { nodeIds: [], edges: [] };
  const pathEdges = new Set(model.path.edgeIds);
  const adjacent = new Map<string, { next: string; edge: GraphEdge }[]>();
  const link = (a: string, b: string, edge: GraphEdge) =>
    adjacent.set(a, [...(adjacent.get(a) ?? []), { next: b, edge }]);
  for (const edge of model.edges.values()) {
    if (!pathEdges.has(edge.id)) continue;
    link(edge.source, edge.target, edge);
    link(edge.target, edge.source, edge);
  }
  const previous = new Map<string, { id: string; edge: GraphEdge } | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length && !previous.has(to); i++) {
    const id = queue[i] as string;
    for (const { next, edge } of adjacent.get(id) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, { id, edge });
      queue.push(next);
    }
  }
  if (!previous.has(to) || from === to) return { nodeIds: [], edges: [] };
  const nodeIds = [to];
  const edges: GraphEdge[] = [];
  for (let step = previous.get(to); step; step = previous.get(step.id)) {
    nodeIds.unshift(step.id);
    edges.unshift(step.edge);
  }
  return { nodeIds, edges };
}
