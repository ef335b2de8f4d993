/**
 * The benchmark page: the network view's own canvas component, mappers and stylesheet, given a
 * generated graph (size from the query string). It reports through `window.bench`: the time from
 * handing over the elements to a finished layout, and the longest main-thread task meanwhile.
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
  layoutMs?: number;
  canvasLayoutMs?: number;
  longestTaskMs: number;
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
window.bench = { elements: elements.length, large, longestTaskMs: 0 };

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
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
      onSelect={() => undefined}
      onActivate={() => undefined}
      onLayout={(status) => {
        if (status.state === 'done') {
          // The first frame after the layout is the finished picture.
          requestAnimationFrame(() => {
            window.bench.layoutMs = performance.now() - started;
            window.bench.canvasLayoutMs = status.ms;
          });
        }
      }}
    />,
  );
}
