/**
 * The benchmark page: the network view's own canvas component, mappers and stylesheet, given a
 * generated graph (size from the query string). It reports through `window.bench`, all times
 * from handing over the elements (performance.now() before React renders the canvas):
 * - firstPictureMs: the second animation frame after the canvas reports every element in place
 *   at its first places (onPlaced: a quick placement or the places of a view seen before); the
 *   first of those frames is the one that draws them, so the picture is on screen by then.
 * - layoutMs: the first animation frame after the finished layout has been applied.
 * - longestTaskMs: the longest main-thread task (PerformanceObserver 'longtask', which reports
 *   tasks over 50 ms) until the finished layout; run.ts reads `tasks` for the panning too.
 * `?webgl=auto|on|off` is the canvas's choice of renderer for large graphs; `webgl` reports
 * whether a WebGL canvas was drawn.
 */
import { createRoot } from 'react-dom/client';
import { GraphCanvas } from '../../client/src/features/graph/components/graph-canvas';
import { toElements } from '../../client/src/features/graph/utils/elements';
import { buildModel, visibleGraph } from '../../client/src/features/graph/utils/graph-model';
import { isLarge } from '../../client/src/features/graph/utils/stylesheet';
import { EMPTY_VIEW, type LayoutName } from '../../client/src/features/graph/utils/view-state';
import { generateSlice } from './generate';
import './bench.css';

interface BenchState {
  elements: number;
  large: boolean;
  firstPictureMs?: number;
  layoutMs?: number;
  canvasLayoutMs?: number;
  longestTaskMs: number;
  /** Every long task: when it started (ms since navigation) and how long it took. */
  tasks: { start: number; duration: number }[];
  webgl: boolean;
}

declare global {
  interface Window {
    bench: BenchState;
  }
}

const params = new URLSearchParams(window.location.search);
const nodeCount = Number(params.get('nodes') ?? 2000);
const edgeCount = Number(params.get('edges') ?? 5000);
const layout = (params.get('layout') ?? 'fcose') as LayoutName;
const webglChoice = (params.get('webgl') ?? 'off') as 'auto' | 'on' | 'off';

const slice = generateSlice(nodeCount, edgeCount);
// The real path: a model from the slice, every node shown, elements from the mapper.
const model = buildModel(new Map([['bench', slice]]));
const view = visibleGraph(model, { ...EMPTY_VIEW, show: slice.nodes.map((n) => n.id) });
const elements = toElements(view, null, {
  role: (role) => role,
  edgeType: (type) => type,
  more: (count) => `+${count}`,
  group: (role, count) => `${role} (${count})`,
  dataCategories: (count) => `${count}`,
});
const large = isLarge(view.nodes.length, view.edges.length);
window.bench = { elements: elements.length, large, longestTaskMs: 0, tasks: [], webgl: false };

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.bench.tasks.push({ start: entry.startTime, duration: entry.duration });
    if (window.bench.layoutMs === undefined) {
      window.bench.longestTaskMs = Math.max(window.bench.longestTaskMs, entry.duration);
    }
  }
}).observe({ type: 'longtask', buffered: true });

const started = performance.now();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <GraphCanvas
      elements={elements}
      layout={{ name: layout, focus: null }}
      large={large}
      label="benchmark"
      webgl={webglChoice}
      onSelect={() => undefined}
      onPlaced={() => {
        window.bench.webgl = document.querySelector('canvas[data-id="layer3-webgl"]') !== null;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            window.bench.firstPictureMs ??= performance.now() - started;
          }),
        );
      }}
      onActivate={() => undefined}
      onLayout={(status) => {
        if (status.state === 'done') {
          // The first frame after the layout is the finished picture.
          requestAnimationFrame(() => {
            window.bench.firstPictureMs ??= performance.now() - started;
            window.bench.layoutMs = performance.now() - started;
            window.bench.canvasLayoutMs = status.ms;
          });
        }
      }}
    />,
  );
}
