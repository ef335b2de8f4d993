/**
 * Layouts: fcose by default, concentric rings or a hierarchy around the focus as alternatives,
 * and a fixed grid for the barrier's role groups. None animates; large graphs use fcose's quick
 * spectral pass and a quick spread (spread.ts), computed in a worker so the page stays responsive
 * (see layout.worker.ts).
 */
import type { Core, LayoutOptions, Position } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { groupMemberId } from './elements';
import type { RoleGroup } from './graph-model';
import type { LayoutName } from './view-state';

export interface LayoutRequest {
  name: LayoutName | 'grouped';
  large: boolean;
  focus: string | null;
  /** Nodes already have places: refine them rather than start over. */
  incremental: boolean;
  /** Fixed places (the grouped view). */
  positions?: Record<string, Position>;
  /** A shortest route to lay out in a line, left to right (fcose only). */
  route?: readonly string[];
}

const PADDING = 40;

/**
 * Breadth first from `root` (or, without it, the node with the most ties): the rings of hops
 * (ring 0 is the start), the node that reached each node first, and, as one more ring, the nodes
 * no path reaches. Ties of a node to itself are left out. Empty for a graph without nodes.
 */
export function hopRings(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string }[],
  root: string | null,
): { rings: string[][]; parent: Map<string, string | null> } {
  const adjacent = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
  for (const { source, target } of edges) {
    if (source === target) continue;
    adjacent.get(source)?.push(target);
    adjacent.get(target)?.push(source);
  }
  const start = root && adjacent.has(root) ? root : busiest(adjacent);
  const parent = new Map<string, string | null>();
  if (!start) return { rings: [], parent };
  parent.set(start, null);
  const rings: string[][] = [[start]];
  for (
    let ring = rings[0] as string[];
    ring.length > 0;
    ring = rings[rings.length - 1] as string[]
  ) {
    const next: string[] = [];
    for (const id of ring) {
      for (const n of adjacent.get(id) ?? []) {
        if (parent.has(n)) continue;
        parent.set(n, id);
        next.push(n);
      }
    }
    if (next.length === 0) break;
    rings.push(next);
  }
  const unreached = nodeIds.filter((id) => !parent.has(id));
  if (unreached.length > 0) rings.push(unreached);
  return { rings, parent };
}

/** Distance (in hops) of every node from `root`; nodes it cannot reach get the largest + 1. */
export function hopLevels(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string }[],
  root: string | null,
): Map<string, number> {
  const levels = new Map<string, number>();
  hopRings(nodeIds, edges, root).rings.forEach((ring, level) => {
    for (const id of ring) levels.set(id, level);
  });
  return levels;
}

function busiest(adjacent: Map<string, string[]>): string | null {
  let best: string | null = null;
  let degree = -1;
  for (const [id, next] of adjacent) {
    if (next.length > degree) {
      best = id;
      degree = next.length;
    }
  }
  return best;
}

/** Cytoscape layout options for a request, given the graph it will lay out. */
export function layoutOptions(cy: Core, request: LayoutRequest): LayoutOptions {
  const common = { animate: false, fit: true, padding: PADDING };
  if (request.name === 'grouped' || request.positions) {
    return { name: 'preset', positions: request.positions ?? {}, ...common };
  }
  if (request.name === 'concentric' || request.name === 'hierarchy') {
    const nodes = cy.nodes();
    const levels = hopLevels(
      nodes.map((n) => n.id()),
      cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
      request.focus,
    );
    const top = Math.max(0, ...levels.values());
    if (request.name === 'concentric') {
      return {
        name: 'concentric',
        ...common,
        concentric: (node) => top - (levels.get(node.id()) ?? top),
        levelWidth: () => 1,
        minNodeSpacing: request.large ? 4 : 36,
        avoidOverlap: !request.large,
      };
    }
    const root = [...levels].find(([, level]) => level === 0)?.[0];
    return {
      name: 'breadthfirst',
      ...common,
      roots: root ? [root] : undefined,
      directed: false,
      spacingFactor: request.large ? 0.6 : 1.1,
      avoidOverlap: !request.large,
    };
  }
  // fcose: spectral placement only for large graphs (seconds instead of minutes); small graphs
  // are refined, and when they grow, from where their nodes already are.
  const route = request.large ? [] : (request.route ?? []).filter((id) => cy.hasElementWithId(id));
  const constraints =
    route.length > 1
      ? {
          alignmentConstraint: { horizontal: [route] },
          relativePlacementConstraint: route
            .slice(1)
            .map((right, i) => ({ left: route[i] as string, right, gap: 140 })),
        }
      : {};
  const fcose: FcoseLayoutOptions = {
    name: 'fcose',
    ...common,
    ...constraints,
    quality: request.large ? 'draft' : request.incremental ? 'proof' : 'default',
    randomize: request.large || !request.incremental,
    nodeDimensionsIncludeLabels: !request.large,
    idealEdgeLength: request.large ? 40 : 120,
    nodeRepulsion: request.large ? 2500 : 12000,
    nodeSeparation: 90,
    numIter: request.large ? 500 : 2500,
  };
  return fcose as LayoutOptions;
}

const CELL_W = 230;
const CELL_H = 26;
/** Between groups: vertically room for the group's title, horizontally a gutter. */
const GROUP_GAP = 56;
const GUTTER = 32;

/** Long names wrap (about 28 characters fit on a line): their rows are taller. */
const rowHeight = (label: string) => CELL_H + (Math.ceil(label.length / 28) - 1) * 16;

/** How many role-group columns fit across `width` pixels at full size. */
export function groupColumns(width: number): number {
  return Math.max(1, Math.floor((width - 2 * PADDING + GUTTER) / (CELL_W + GUTTER)));
}

/**
 * Places for the barrier's role groups: each group a list of its members (a mark with the name to
 * its right), the groups stacked in `columns` columns like a newspaper (each group to the
 * shortest column), the barrier above them. Drawn at full size, the canvas grows downwards.
 */
export function groupedPositions(
  barrierId: string,
  groups: readonly RoleGroup[],
  maxColumns: number,
): Record<string, Position> {
  const heights = groups.map(
    (g) => g.members.reduce((sum, m) => sum + rowHeight(m.label), 0) + GROUP_GAP,
  );
  const columns = Math.max(1, Math.min(groups.length, maxColumns));
  const columnHeights: number[] = Array(columns).fill(0);
  const positions: Record<string, Position> = {};
  groups.forEach((group, i) => {
    // The next group goes to the shortest column.
    const column = columnHeights.indexOf(Math.min(...columnHeights));
    const x = column * (CELL_W + GUTTER);
    const top = columnHeights[column] ?? 0;
    let y = top;
    for (const member of group.members) {
      const h = rowHeight(member.label);
      positions[groupMemberId(group.role, member.id)] = { x, y: y + h / 2 };
      y += h;
    }
    columnHeights[column] = top + (heights[i] ?? 0);
  });
  const widest = (columns - 1) * (CELL_W + GUTTER) + CELL_W;
  positions[barrierId] = { x: widest / 2 - 10, y: -GROUP_GAP - 50 };
  return positions;
}

/** The canvas height (pixels) that shows fixed positions at full size, or smaller to fit `width`. */
export function canvasHeightFor(positions: Record<string, Position>, width: number): number {
  const points = Object.values(positions);
  if (points.length === 0) return 0;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  // Labels stand right of the marks; group titles and padding add to the height.
  const w = Math.max(...xs) - Math.min(...xs) + CELL_W;
  const h = Math.max(...ys) - Math.min(...ys) + 2 * GROUP_GAP;
  const zoom = Math.min(1, (width - 2 * PADDING) / w);
  return Math.ceil(h * zoom + 2 * PADDING);
}
