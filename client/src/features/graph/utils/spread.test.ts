import { expect, test } from 'vitest';
import { type Point, spreadLayout } from './spread';

/** A hub-and-spoke network like the large benchmark's: hubs in a chain, each with its leaves. */
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
  return { ids, edges };
}

const distance = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

// What fcose's spectral pass leaves: every leaf on the very spot of its hub, the hubs on a line.
const { ids, edges } = network(40, 24);
const start = Object.fromEntries(
  ids.map((id) => [id, { x: Number(/^h(\d+)/.exec(id)?.[1]) * 0.01, y: 0 }]),
);
const positions = spreadLayout(ids, start, edges);
const at = (id: string) => positions[id] as Point;

test('no two marks overlap, not even those that started on the same spot', () => {
  const points = ids.map(at);
  expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  let nearest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      nearest = Math.min(nearest, distance(points[i] as Point, points[j] as Point));
    }
  }
  // The widest neighbours: the focus (46 wide) next to an organisation (30).
  expect(nearest).toBeGreaterThanOrEqual(38);
});

test('neighbours stay near: a leaf by its hub, hubs along their chain', () => {
  const linked = edges.map((e) => distance(at(e.source), at(e.target)));
  const random = ids.map((id, i) =>
    distance(at(id), at(ids[(i * 37 + 11) % ids.length] as string)),
  );
  expect(mean(linked)).toBeLessThan(mean(random) / 3);
  // Leaves sit by their own hub, not by the one next door (a few where two hubs' leaves meet).
  let strays = 0;
  for (let h = 1; h < 40; h++) {
    for (let l = 0; l < 24; l++) {
      const leaf = at(`h${h}-${l}`);
      if (distance(leaf, at(`h${h}`)) >= distance(leaf, at(`h${h - 1}`))) strays++;
    }
  }
  expect(strays / (39 * 24)).toBeLessThan(0.05);
});

test('the same graph gets the same picture', () => {
  expect(spreadLayout(ids, start, edges)).toEqual(positions);
});
