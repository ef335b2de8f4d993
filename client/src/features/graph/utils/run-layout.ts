/**
 * Runs a layout on the view's Cytoscape instance. Large fcose layouts are computed in a worker
 * (layout.worker.ts) and applied as one preset layout, so the page can still be scrolled and read
 * meanwhile; everything else runs here, without animation, after the status has been painted.
 */
import type { Core, Position } from 'cytoscape';
import type { LayoutJob, LayoutResult } from './layout.worker';
import { type LayoutRequest, layoutOptions } from './layouts';

const PADDING = 40;
/** A few nodes fitted to the canvas would be drawn huge: fitting stops at this zoom. */
const MAX_FIT_ZOOM = 1.25;

function limitZoom(cy: Core) {
  // A phone shows the whole drawing (nothing cut off at the sides); the named nodes' names stay
  // readable at that zoom (graph-canvas), the others come with zooming in.
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else setTimeout(resolve, 0);
  });
}

function inWorker(job: LayoutJob, signal: AbortSignal): Promise<Record<string, Position>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Layout replaced', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutResult>) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      if ('positions' in event.data) resolve(event.data.positions);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(job);
  });
}

/** Lays out `cy`; resolves when the nodes are in place (rejects with AbortError if replaced). */
export async function runLayout(
  cy: Core,
  request: LayoutRequest,
  signal: AbortSignal,
): Promise<void> {
  await nextFrame();
  if (signal.aborted || cy.destroyed()) throw new DOMException('Layout replaced', 'AbortError');
  // The container may have changed size with the view (the barrier view grows downwards).
  cy.resize();
  const options = layoutOptions(cy, request);
  if (options.name === 'fcose' && request.large) {
    const job: LayoutJob = {
      nodes: cy.nodes().map((n) => n.id()),
      // From the data: asking each edge for its source node builds a collection per call.
      edges: cy.edges().map((e) => ({ source: e.data('source'), target: e.data('target') })),
      options,
    };
    let positions: Record<string, Position>;
    try {
      if (typeof Worker === 'undefined') throw new Error('No workers here');
      positions = await inWorker(job, signal);
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      // A worker that cannot start (old browser, strict policy): lay out here instead.
      const { largeLayout } = await import('./layout.worker');
      positions = largeLayout(job);
    }
    if (signal.aborted || cy.destroyed()) throw new DOMException('Layout replaced', 'AbortError');
    cy.layout({ name: 'preset', positions, animate: false, fit: true, padding: PADDING }).run();
    limitZoom(cy);
    return;
  }
  cy.layout(options).run();
  limitZoom(cy);
}
