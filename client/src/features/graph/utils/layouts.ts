/**
 * Layouts: fcose by default, concentric rings or a hierarchy around the focus as alternatives,
 * and a fixed grid for the barrier's role groups. None animates; large graphs use fcose's quick
 * spectral pass, computed in a worker so the page stays responsive (see layout.worker.ts).
 */
import type { Core, LayoutOptions, Position } from 'cytoscape';
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
}

const PADDING = 40;

/** Distance (in hops) of every node from `root`; nodes it cannot reach get the largest + 1. */
export function hopLevels(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string }[],
  root: string | null,
): Map<string, number> {
  const adjacent = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
  for (const { source, target } of edges) {
    adjacent.get(source)?.push(target);
    adjacent.get(target)?.push(source);
  }
  const start = root && adjacent.has(root) ? root : busiest(adjacent);
  const levels = new Map<string, number>();
  if (!start) return levels;
  levels.set(start, 0);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const next of adjacent.get(id) ?? []) {
      if (levels.has(next)) continue;
      levels.set(next, (levels.get(id) ?? 0) + 1);
      queue.push(next);
    }
  }
  const far = Math.max(0, ...levels.values()) + 1;
  for (const id of nodeIds) if (!levels.has(id)) levels.set(id, far);
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
  return {
    name: 'fcose',
    ...common,
    quality: request.large ? 'draft' : request.incremental ? 'proof' : 'default',
    randomize: request.large || !request.incremental,
    nodeDimensionsIncludeLabels: !request.large,
    idealEdgeLength: request.large ? 40 : 120,
    nodeRepulsion: request.large ? 2500 : 12000,
    nodeSeparation: 90,
    numIter: request.large ? 500 : 2500,
  } as LayoutOptions;
}

const CELL_W = 170;
const CELL_H = 78;
const GROUP_GAP = 70;

/**
 * Places for the barrier's role groups: each group a grid of its members, the groups packed in
 * rows (about twice as wide as high), the barrier above them.
 */
export function groupedPositions(
  barrierId: string,
  groups: readonly RoleGroup[],
): Record<string, Position> {
  const boxes = groups.map((group) => {
    const cols = Math.max(1, Math.min(4, Math.ceil(Math.sqrt(group.members.length / 1.5))));
    const rows = Math.ceil(group.members.length / cols);
    return { group, cols, w: cols * CELL_W, h: rows * CELL_H };
  });
  const area = boxes.reduce((sum, b) => sum + (b.w + GROUP_GAP) * (b.h + GROUP_GAP), 0);
  const rowWidth = Math.max(Math.sqrt(area * 2), ...boxes.map((b) => b.w));
  const positions: Record<string, Position> = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let widest = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.w > rowWidth) {
      x = 0;
      y += rowHeight + GROUP_GAP;
      rowHeight = 0;
    }
    box.group.members.forEach((member, i) => {
      positions[groupMemberId(box.group.role, member.id)] = {
        x: x + (i % box.cols) * CELL_W + CELL_W / 2,
        y: y + Math.floor(i / box.cols) * CELL_H + CELL_H / 2,
      };
    });
    x += box.w + GROUP_GAP;
    widest = Math.max(widest, x - GROUP_GAP);
    rowHeight = Math.max(rowHeight, box.h);
  }
  positions[barrierId] = { x: widest / 2, y: -GROUP_GAP - 40 };
  return positions;
}
