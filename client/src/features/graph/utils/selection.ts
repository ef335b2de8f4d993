/** What the side panel describes: the selected node, drawn edge or "N more" stub. */
import { type VisualEdge, visualEdges } from './elements';
import type { MoreStub, VisibleGraph } from './graph-model';
import type { GraphNode } from './types';

export type Selection =
  | { kind: 'node'; node: GraphNode }
  | { kind: 'edge'; edge: VisualEdge; source: GraphNode; target: GraphNode }
  | { kind: 'more'; stub: MoreStub; parent: GraphNode }
  | null;

/** Finds the selected id among what is shown (null when it is not shown). */
export function resolveSelection(view: VisibleGraph, id: string | null): Selection {
  if (!id) return null;
  const nodes = new Map(view.nodes.map((n) => [n.id, n]));
  const node = nodes.get(id);
  if (node) return { kind: 'node', node };
  const stub = view.more.find((m) => m.id === id);
  const parent = stub && nodes.get(stub.parent);
  if (stub && parent) return { kind: 'more', stub, parent };
  const edge = visualEdges(view.edges, nodes).find((e) => e.id === id);
  const source = edge && nodes.get(edge.source);
  const target = edge && nodes.get(edge.target);
  if (edge && source && target) return { kind: 'edge', edge, source, target };
  return null;
}

/** The drawn edges that touch a node, with the node at the other end. */
export function connectionsOf(
  view: VisibleGraph,
  id: string,
): { edge: VisualEdge; other: GraphNode; outgoing: boolean }[] {
  const nodes = new Map(view.nodes.map((n) => [n.id, n]));
  return visualEdges(view.edges, nodes).flatMap((edge) => {
    if (edge.source !== id && edge.target !== id) return [];
    const outgoing = edge.source === id;
    const other = nodes.get(outgoing ? edge.target : edge.source);
    return other ? [{ edge, other, outgoing }] : [];
  });
}
