/**
 * A quick force-directed refinement for large graphs (Fruchterman–Reingold with a grid, so each
 * step costs about as much as the graph is big), then a few passes that push apart any two nodes
 * still closer than their marks are wide. fcose's spectral pass gives the large graph its shape
 * in a second but leaves nodes with the same neighbours on top of each other, and fcose's own
 * refinement takes minutes at 2,000 nodes; this pulls them apart in a few hundred ms.
 */
export interface Point {
  x: number;
  y: number;
}

export interface SpreadOptions {
  /**
   * The ideal distance between neighbours, in model pixels. The many long edges of a large
   * network pull it much tighter than this: at 120, half the nodes of the benchmark's graph end
   * nearer than 45 to another.
   */
  distance?: number;
  iterations?: number;
  /** No two nodes end closer than this, centre to centre: the default keeps the largest marks
   * (the focus, 46 wide, next to a 30-wide organisation) apart. */
  separation?: number;
}

/** Positions spread out from `start` (any scale), with about `distance` between neighbours. */
export function spreadLayout(
  ids: readonly string[],
  start: Readonly<Record<string, Point>>,
  edges: readonly { source: string; target: string }[],
  { distance = 120, iterations = 80, separation = 40 }: SpreadOptions = {},
): Record<string, Point> {
  const n = ids.length;
  const k = distance;
  const index = new Map(ids.map((id, i) => [id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);

  // Scale the start to an area of about k² per node, centred, with a little deterministic jitter
  // so that nodes placed on the same spot can be told apart.
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  ids.forEach((id, i) => {
    const p = start[id] ?? { x: 0, y: 0 };
    xs[i] = p.x;
    ys[i] = p.y;
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  });
  const side = k * Math.sqrt(n);
  const scale = side / Math.max(maxX - minX, maxY - minY, 1e-9);
  for (let i = 0; i < n; i++) {
    const jitter = (Math.sin(i * 12.9898) * 43758.5453) % 1;
    const jitter2 = (Math.sin(i * 78.233) * 12543.1234) % 1;
    xs[i] = ((xs[i] as number) - (minX + maxX) / 2) * scale + jitter * k * 0.5;
    ys[i] = ((ys[i] as number) - (minY + maxY) / 2) * scale + jitter2 * k * 0.5;
  }

  const links: [number, number][] = [];
  const degree = new Float64Array(n);
  for (const { source, target } of edges) {
    const a = index.get(source);
    const b = index.get(target);
    if (a === undefined || b === undefined || a === b) continue;
    links.push([a, b]);
    degree[a] = (degree[a] as number) + 1;
    degree[b] = (degree[b] as number) + 1;
  }

  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  // Nodes repel within three ideal distances (a grid of cells that size finds them).
  const cell = 3 * k;
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    // Repulsion between nearby nodes, found through the grid.
    grid(xs, ys, cell).forEachNearPair((i, j) => {
      let ddx = (xs[i] as number) - (xs[j] as number);
      let ddy = (ys[i] as number) - (ys[j] as number);
      let d2 = ddx * ddx + ddy * ddy;
      if (d2 >= cell * cell) return;
      if (d2 < 1e-6) {
        ddx = ((i - j) % 7) + 0.5;
        ddy = ((i + j) % 5) - 2.5;
        d2 = ddx * ddx + ddy * ddy;
      }
      const f = (k * k) / d2;
      dx[i] = (dx[i] as number) + ddx * f;
      dy[i] = (dy[i] as number) + ddy * f;
      dx[j] = (dx[j] as number) - ddx * f;
      dy[j] = (dy[j] as number) - ddy * f;
    });
    // Attraction along edges; weaker towards hubs (a barrier with hundreds of partners), so their
    // neighbours get room around them instead of a tight ring.
    for (const [a, b] of links) {
      const ddx = (xs[a] as number) - (xs[b] as number);
      const ddy = (ys[a] as number) - (ys[b] as number);
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1e-3;
      const f = d / (k * Math.sqrt(Math.max(degree[a] as number, degree[b] as number)));
      dx[a] = (dx[a] as number) - ddx * f;
      dy[a] = (dy[a] as number) - ddy * f;
      dx[b] = (dx[b] as number) + ddx * f;
      dy[b] = (dy[b] as number) + ddy * f;
    }
    // Move, no further than the temperature, which cools linearly.
    const temperature = k * 2 * (1 - step / iterations) + k * 0.05;
    for (let i = 0; i < n; i++) {
      const mx = dx[i] as number;
      const my = dy[i] as number;
      const length = Math.sqrt(mx * mx + my * my);
      if (length === 0) continue;
      const move = Math.min(length, temperature) / length;
      xs[i] = (xs[i] as number) + mx * move;
      ys[i] = (ys[i] as number) + my * move;
    }
  }

  separate(xs, ys, separation);

  const positions: Record<string, Point> = {};
  ids.forEach((id, i) => {
    positions[id] = { x: xs[i] as number, y: ys[i] as number };
  });
  return positions;
}

/** Nodes bucketed on a grid of `cell`-sized squares: the nodes near one are in the 3×3 around. */
function grid(xs: Float64Array, ys: Float64Array, cell: number) {
  const n = xs.length;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, xs[i] as number);
    y0 = Math.min(y0, ys[i] as number);
    x1 = Math.max(x1, xs[i] as number);
    y1 = Math.max(y1, ys[i] as number);
  }
  const cols = Math.max(1, Math.ceil((x1 - x0) / cell) + 1);
  const rows = Math.max(1, Math.ceil((y1 - y0) / cell) + 1);
  const head = new Int32Array(cols * rows).fill(-1);
  const next = new Int32Array(n);
  const colOf = (i: number) => Math.floor(((xs[i] as number) - x0) / cell);
  const rowOf = (i: number) => Math.floor(((ys[i] as number) - y0) / cell);
  for (let i = 0; i < n; i++) {
    const c = rowOf(i) * cols + colOf(i);
    next[i] = head[c] as number;
    head[c] = i;
  }
  return {
    /**
     * Calls `visit(i, j)` once for every two nodes (i < j) in the same or a neighbouring cell,
     * each node's cell read when its turn comes (a visit may move nodes).
     */
    forEachNearPair(visit: (i: number, j: number) => void): void {
      for (let i = 0; i < n; i++) {
        const col = colOf(i);
        const row = rowOf(i);
        for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
          for (let c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
            // A cell's nodes: from head[cell] along next[] until -1.
            for (let j = head[r * cols + c] as number; j !== -1; j = next[j] as number) {
              if (j > i) visit(i, j);
            }
          }
        }
      }
    },
  };
}

/**
 * Pushes apart every two nodes closer than `separation`, each by half the shortfall, until none
 * are (or after a bounded number of passes, for a graph packed too tightly to get there).
 */
function separate(xs: Float64Array, ys: Float64Array, separation: number): void {
  const min2 = separation * separation;
  for (let pass = 0; pass < 60; pass++) {
    let moved = false;
    grid(xs, ys, separation).forEachNearPair((i, j) => {
      let ddx = (xs[j] as number) - (xs[i] as number);
      let ddy = (ys[j] as number) - (ys[i] as number);
      let d2 = ddx * ddx + ddy * ddy;
      if (d2 >= min2) return;
      if (d2 < 1e-6) {
        // On the same spot: apart in a direction of their own.
        ddx = Math.cos(i * 2.399 + j);
        ddy = Math.sin(i * 2.399 + j);
        d2 = 1;
      }
      const d = Math.sqrt(d2);
      // A hair more than half each, so rounding does not leave them just short.
      const push = ((separation - d) / d) * 0.501;
      xs[i] = (xs[i] as number) - ddx * push;
      ys[i] = (ys[i] as number) - ddy * push;
      xs[j] = (xs[j] as number) + ddx * push;
      ys[j] = (ys[j] as number) + ddy * push;
      moved = true;
    });
    if (!moved) return;
  }
}
