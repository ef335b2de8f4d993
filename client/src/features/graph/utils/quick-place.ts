/**
 * A first placement for a large graph, in a few milliseconds, shown while the worker computes the
 * real layout: rings of hops around the focus (or the busiest node), each ring an annulus packed
 * with as many rows as its nodes need, and every node at about its parent's angle, so a node
 * stands near the one that brought it in and the edges mostly run outwards. Nodes no path reaches
 * form the outermost ring. Not a good layout; a readable picture until the good one arrives.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { hopRings } from './layouts';
import type { Point } from './spread';

/** Centre to centre distance between neighbouring places (model pixels). */
const SPACING = 44;
/** Room between two hop rings. */
const RING_GAP = 90;

export function quickPlacement(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string }[],
  root: string | null,
): Record<string, Point> {
  const positions: Record<string, Point> = {};
  const { rings, parent } = hopRings(nodeIds, edges, root);
  const start = rings[0]?.[0];
  if (!start) return positions;

  positions[start] = { x: 0, y: 0 };
  const angle = new Map<string, number>([[start, 0]]);
  let inner = 0;
  rings.slice(1).forEach((ring, r) => {
    // Slots: rows of an annulus from `inner` outwards until there are enough of them.
    const slots: { x: number; y: number; a: number }[] = [];
    let radius = inner + (r === 0 ? RING_GAP : RING_GAP / 2);
    while (slots.length < ring.length) {
      const count = Math.max(1, Math.floor((2 * Math.PI * radius) / SPACING));
      // Each row a little turned, so rows do not line up into spokes.
      const turn = (radius / SPACING) * 0.37;
      for (let i = 0; i < count; i++) {
        const a = ((i + turn) / count) * 2 * Math.PI;
        slots.push({ x: Math.cos(a) * radius, y: Math.sin(a) * radius, a: a % (2 * Math.PI) });
      }
      radius += SPACING;
    }
    inner = radius;
    slots.sort((p, q) => p.a - q.a);
    // Nodes in the order of their parents' angles (a parent's children together).
    const order = ring.map((id, i) => ({ id, i, a: angle.get(parent.get(id) ?? '') ?? 0 }));
    order.sort((p, q) => p.a - q.a || p.i - q.i);
    const step = slots.length / order.length;
    order.forEach(({ id }, i) => {
      const slot = slots[Math.floor(i * step)] as { x: number; y: number; a: number };
      positions[id] = { x: slot.x, y: slot.y };
      angle.set(id, slot.a);
    });
  });
  return positions;
}

/** Zoom and pan that show all of `positions` in a canvas of `width` × `height` pixels. */
export function viewportFor(
  positions: Readonly<Record<string, Point>>,
  width: number,
  height: number,
  minZoom: number,
  maxZoom: number,
  padding = 40,
): { zoom: number; pan: Point } {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const p of Object.values(positions)) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (x1 > x2) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  // The marks reach about half a node beyond their centres.
  const margin = 30;
  const zoom = Math.min(
    maxZoom,
    1.25,
    Math.max(
      minZoom,
      Math.min(
        (width - 2 * padding) / (x2 - x1 + margin),
        (height - 2 * padding) / (y2 - y1 + margin),
      ),
    ),
  );
  return {
    zoom,
    pan: { x: width / 2 - ((x1 + x2) / 2) * zoom, y: height / 2 - ((y1 + y2) / 2) * zoom },
  };
}

/** Elements added at a time, and the time one task may take adding them. */
const SLICE = 100;
const TASK_MS = 40;

/** Lets the browser handle input and draw before the next task (no timer clamping). */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Adds `definitions` (nodes first, then edges) in slices, styled and measured (the costly part of
 * a first drawing) as they come, in tasks of about TASK_MS each, so the page stays responsive.
 * The caller keeps them out of view meanwhile: a frame drawn in between would draw them all
 * again. Rejects with AbortError when the view is replaced meanwhile.
 */
export async function addInSlices(
  cy: Core,
  definitions: readonly ElementDefinition[],
  signal: AbortSignal,
): Promise<void> {
  const ordered = [
    ...definitions.filter((d) => d.group === 'nodes'),
    ...definitions.filter((d) => d.group !== 'nodes'),
  ];
  let taskStart = performance.now();
  for (let i = 0; i < ordered.length; i += SLICE) {
    if (signal.aborted || cy.destroyed()) throw new DOMException('View replaced', 'AbortError');
    cy.add(ordered.slice(i, i + SLICE)).boundingBox();
    if (performance.now() - taskStart > TASK_MS) {
      await yieldToBrowser();
      taskStart = performance.now();
    }
  }
}
