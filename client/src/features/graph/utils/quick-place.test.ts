import cytoscape from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { addInSlices, quickPlacement, viewportFor } from './quick-place';
import type { Point } from './spread';

/** Hubs in a chain, each with its leaves; and two nodes no path reaches. */
function network(hubs: number, leaves: number) {
  const ids: string[] = [];
  const edges: { source: string; target: string }[] = [];
  for (let h = 0; h < hubs; h++) {
    ids.push(`h${h}`);
    if (h > 0) edges.push({ source: `h${h}`, target: `h${h - 1}` });
    for (let l = 0; l < leaves; l++) {
      ids.push(`h${h}-${l}`);
      edges.push({ source: `h${h}-${l}`, target: `h${h}` });
    }
  }
  ids.push('alone-1', 'alone-2');
  return { ids, edges };
}

const distance = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);

describe('quickPlacement', () => {
  const { ids, edges } = network(30, 20);
  const positions = quickPlacement(ids, edges, 'h10');
  const at = (id: string) => positions[id] as Point;

  test('places every node, the root in the middle, and no two on one spot', () => {
    expect(Object.keys(positions).sort()).toEqual([...ids].sort());
    expect(at('h10')).toEqual({ x: 0, y: 0 });
    const points = ids.map(at);
    let closest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(closest, distance(points[i] as Point, points[j] as Point));
    expect(closest).toBeGreaterThan(30);
  });

  test('rings by hops: nearer nodes nearer the middle, unreached nodes outermost', () => {
    const radius = (id: string) => distance(at(id), { x: 0, y: 0 });
    expect(radius('h9')).toBeLessThan(radius('h8'));
    expect(radius('h10-0')).toBeLessThan(radius('h8'));
    const reached = ids.filter((id) => !id.startsWith('alone'));
    const outermost = Math.max(...reached.map(radius));
    expect(radius('alone-1')).toBeGreaterThan(outermost);
  });

  test('a leaf stands nearer its hub than the average node does', () => {
    const leaves = ids.filter((id) => /^h\d+-\d+$/.test(id));
    const toHub = leaves.map((id) => distance(at(id), at(id.split('-')[0] as string)));
    const toAny = leaves.map((id, i) =>
      distance(at(id), at(leaves[(i * 7 + 3) % leaves.length] as string)),
    );
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(toHub)).toBeLessThan(mean(toAny));
  });

  test('without a root the busiest node is the middle; an empty graph has no places', () => {
    const star = quickPlacement(
      ['a', 'b', 'c', 'd'],
      [
        { source: 'a', target: 'c' },
        { source: 'b', target: 'c' },
        { source: 'd', target: 'c' },
      ],
      null,
    );
    expect(star.c).toEqual({ x: 0, y: 0 });
    expect(quickPlacement([], [], null)).toEqual({});
  });
});

test('viewportFor shows every place inside the canvas, with the padding', () => {
  const positions = { a: { x: -500, y: -100 }, b: { x: 1500, y: 300 }, c: { x: 0, y: 0 } };
  const { zoom, pan } = viewportFor(positions, 1000, 600, 0.03, 4);
  for (const p of Object.values(positions)) {
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    expect(x).toBeGreaterThanOrEqual(40);
    expect(x).toBeLessThanOrEqual(960);
    expect(y).toBeGreaterThanOrEqual(40);
    expect(y).toBeLessThanOrEqual(560);
  }
  // A few nodes close together are not blown up.
  expect(viewportFor({ a: { x: 0, y: 0 }, b: { x: 10, y: 0 } }, 1000, 600, 0.03, 4).zoom).toBe(
    1.25,
  );
});

describe('addInSlices', () => {
  const definitions = [
    ...Array.from({ length: 250 }, (_, i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
    })),
    ...Array.from({ length: 251 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}` },
      position: { x: i, y: 0 },
    })),
  ];

  test('adds every element, nodes before the edges that need them', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    await addInSlices(cy, definitions, new AbortController().signal);
    expect(cy.nodes().length).toBe(251);
    expect(cy.edges().length).toBe(250);
    expect(cy.$id('n7').position()).toEqual({ x: 7, y: 0 });
    cy.destroy();
  });

  test('stops with an AbortError when the view is replaced', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const controller = new AbortController();
    controller.abort();
    await expect(addInSlices(cy, definitions, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(cy.elements().length).toBe(0);
    cy.destroy();
  });
});
