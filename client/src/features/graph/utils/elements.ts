/**
 * From what the view shows to Cytoscape elements: a pure mapping, so the canvas component only
 * adds, removes and updates what changed. Classes carry every style decision (type, country,
 * relationship, cross-border, path, selection); the stylesheet turns them into pixels.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Role } from '../../../lib/schema';
import type { MoreStub, VisibleGraph } from './graph-model';
import type { GraphEdge, GraphNode } from './types';

/** One drawn edge: the API's edges, with parallel role (or contact) edges merged into one. */
export interface VisualEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  members: GraphEdge[];
  crossBorder: boolean;
}

/** The words the canvas writes, in the reader's language. */
export interface ElementText {
  role: (role: Role) => string;
  edgeType: (type: string) => string;
  more: (count: number, atLeast: boolean) => string;
  group: (role: Role, count: number) => string;
  dataCategories: (count: number) => string;
}

const MERGED = new Set(['HAS_ROLE', 'CONTACT_FOR']);

/** Whether an edge crosses the border: by its agreement, as a counterpart pair, or by its ends. */
export function crossesBorder(edge: GraphEdge, nodes: ReadonlyMap<string, GraphNode>): boolean {
  if (edge.crossBorder === true || edge.type === 'COUNTERPART_OF') return true;
  const a = nodes.get(edge.source)?.country;
  const b = nodes.get(edge.target)?.country;
  return Boolean(a && b && a !== b);
}

/** Merges parallel role and contact edges (one per role in the API) into one drawn edge. */
export function visualEdges(
  edges: readonly GraphEdge[],
  nodes: ReadonlyMap<string, GraphNode>,
): VisualEdge[] {
  const byId = new Map<string, VisualEdge>();
  for (const edge of edges) {
    const id = MERGED.has(edge.type) ? `${edge.type}:${edge.source}:${edge.target}` : edge.id;
    const existing = byId.get(id);
    if (existing) {
      existing.members.push(edge);
      existing.crossBorder ||= crossesBorder(edge, nodes);
    } else {
      byId.set(id, {
        id,
        type: edge.type,
        source: edge.source,
        target: edge.target,
        members: [edge],
        crossBorder: crossesBorder(edge, nodes),
      });
    }
  }
  return [...byId.values()];
}

/** A legal basis's name short enough for an edge: its own short form, or its start. */
export function shortLegalName(name: string): string {
  const short = /\(([^()\s]{2,16})\)\s*$/.exec(name)?.[1];
  if (short) return short;
  const head = (name.split(/[,(]/)[0] ?? name).trim();
  if (head.length <= 28) return head;
  const cut = head.slice(0, 28);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 10 ? cut.lastIndexOf(' ') : 27).trimEnd()}…`;
}

function edgeLabel(edge: VisualEdge, text: ElementText): string {
  const roles = edge.members.map((m) => m.role).filter((r): r is Role => r !== null);
  if (roles.length > 0) {
    const names = roles.slice(0, 2).map(text.role);
    return roles.length > 2 ? `${names.join(', ')} +${roles.length - 2}` : names.join(', ');
  }
  const first = edge.members[0];
  if (edge.type === 'SHARES_WITH' && first) {
    const [basis, ...others] = first.legalBases;
    const bases = basis
      ? `§ ${shortLegalName(basis.name)}${others.length > 0 ? ` +${others.length}` : ''}`
      : '';
    const categories = first.dataCategories?.length ?? 0;
    return [bases, categories > 0 ? text.dataCategories(categories) : '']
      .filter(Boolean)
      .join('\n');
  }
  return text.edgeType(edge.type);
}

/** Up to this many nodes, every name is written. */
export const NAME_ALL = 30;
/** The names of this many best-connected nodes stay readable however far the view is zoomed out. */
export const NAME_TOP = 15;

/**
 * Which nodes keep a readable name at any zoom (null: the barrier view, drawn at full size): the
 * focus, the selection, the path, the focus mode's centre and the best-connected nodes. In a
 * large view the others show their name when hovered or zoomed in, so ~100 nodes do not write
 * over each other.
 */
export function namedNodes(view: VisibleGraph, selected: string | null): Set<string> | null {
  if (view.groups) return null;
  const degree = new Map<string, number>();
  for (const e of view.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const top = [...view.nodes]
    .map((n) => n.id)
    .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0))
    .slice(0, NAME_TOP)
    .filter((id) => (degree.get(id) ?? 0) > 1);
  const named = new Set(top);
  for (const id of [view.focus, selected, view.near?.id]) if (id) named.add(id);
  for (const id of view.path?.nodeIds ?? []) named.add(id);
  return named;
}

/** Element id of a node drawn inside a role group (an organisation can sit in several groups). */
export const groupMemberId = (role: Role, id: string) => `${role}~${id}`;
export const groupId = (role: Role) => `group~${role}`;

/** Cytoscape elements for a visible graph; `selected` is a node or drawn edge id. */
export function toElements(
  view: VisibleGraph,
  selected: string | null,
  text: ElementText,
): ElementDefinition[] {
  const nodes = new Map(view.nodes.map((n) => [n.id, n]));
  const path = view.path;
  const near = view.near;
  const named = namedNodes(view, selected);
  const large = view.nodes.length > NAME_ALL;
  // A path or focus mode puts what it names forward; everything else steps back (stays drawn).
  const emphasis = (path !== null && path.edgeIds.size > 0) || near !== null;
  const fade = (forward: boolean) => (emphasis && !forward ? ' faded' : '');
  const nodeClasses = (node: GraphNode) => {
    const onPath = path?.nodeIds.has(node.id) ?? false;
    const isNear = near?.nodeIds.has(node.id) ?? false;
    return [
      node.type,
      node.country ? `country-${node.country}` : '',
      node.id === view.focus ? 'focus' : '',
      node.id === selected ? 'selected' : '',
      onPath ? 'on-path' : '',
      isNear ? 'near' : '',
      node.id === near?.id ? 'near-centre' : '',
      // The starting point keeps its name in every view, the barrier view included.
      named?.has(node.id) || node.id === view.focus ? 'key' : large ? 'quiet' : '',
    ]
      .filter(Boolean)
      .join(' ')
      .concat(fade(onPath || isNear));
  };

  if (view.groups) {
    const barrier = view.nodes.find((n) => n.id === view.focus);
    const elements: ElementDefinition[] = [];
    if (barrier) {
      elements.push({
        group: 'nodes',
        data: { id: barrier.id, entityId: barrier.id, label: barrier.label, type: barrier.type },
        classes: nodeClasses(barrier),
      });
    }
    for (const { role, members } of view.groups) {
      elements.push({
        group: 'nodes',
        data: { id: groupId(role), label: text.group(role, members.length), role },
        classes: 'group',
        selectable: false,
      });
      for (const node of members) {
        elements.push({
          group: 'nodes',
          data: {
            id: groupMemberId(role, node.id),
            entityId: node.id,
            parent: groupId(role),
            label: node.label,
            type: node.type,
          },
          classes: `${nodeClasses(node)} member`,
        });
      }
    }
    return elements;
  }

  const elements: ElementDefinition[] = view.nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: node.id,
      entityId: node.id,
      label: node.label,
      type: node.type,
      country: node.country ?? '',
    },
    classes: nodeClasses(node),
  }));
  for (const edge of visualEdges(view.edges, nodes)) {
    const onPath = edge.members.some((m) => path?.edgeIds.has(m.id));
    const isNear = Boolean(near?.nodeIds.has(edge.source) && near.nodeIds.has(edge.target));
    const mutual = edge.members.some((m) => m.mutual);
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: edgeLabel(edge, text),
      },
      classes: [
        `e-${edge.type}`,
        edge.crossBorder ? 'cross-border' : '',
        mutual ? 'mutual' : '',
        onPath ? 'on-path' : '',
        isNear ? 'near' : '',
        edge.id === selected ? 'selected' : '',
        large && !onPath && edge.id !== selected ? 'quiet' : '',
      ]
        .filter(Boolean)
        .join(' ')
        .concat(fade(onPath || isNear)),
    });
  }
  for (const stub of view.more) elements.push(...moreElements(stub, text, fade(false)));
  return elements;
}

function moreElements(stub: MoreStub, text: ElementText, faded: string): ElementDefinition[] {
  return [
    {
      group: 'nodes',
      data: { id: stub.id, entityId: stub.parent, label: text.more(stub.count, stub.atLeast) },
      classes: `more${faded}`,
    },
    {
      group: 'edges',
      data: { id: `${stub.id}:edge`, source: stub.parent, target: stub.id, label: '' },
      classes: `more-edge${faded}`,
    },
  ];
}
