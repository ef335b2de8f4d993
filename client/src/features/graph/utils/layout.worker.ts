/**
 * Lays out a large graph off the main thread: fcose's spectral pass in a headless Cytoscape gives
 * the shape, a grid-based force step (spread.ts) pulls apart what it left on top of each other,
 * and the positions go back to the page, which applies them in one preset layout.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { type Point, spreadLayout } from './spread';

export interface LayoutJob {
  nodes: string[];
  edges: { source: string; target: string }[];
  options: LayoutOptions;
}

export type LayoutResult = { positions: Record<string, Point> } | { error: string };

cytoscape.use(fcose);

/** The large-graph layout, wherever it runs: spectral shape, then spread. */
export function largeLayout(job: LayoutJob): Record<string, Point> {
  const cy = cytoscape({
    headless: true,
    // The spectral pass needs no sizes or styles: without them the graph is built much faster.
    styleEnabled: false,
    elements: [
      ...job.nodes.map((id) => ({ group: 'nodes' as const, data: { id } })),
      ...job.edges.map((e, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: e.source, target: e.target },
      })),
    ],
  });
  cy.layout({ ...job.options, animate: false, fit: false } as LayoutOptions).run();
  const start: Record<string, Point> = {};
  cy.nodes().forEach((node) => {
    start[node.id()] = node.position();
  });
  cy.destroy();
  return spreadLayout(job.nodes, start, job.edges);
}

// In a worker (not when a test imports this module), answer the page's jobs.
if (typeof window === 'undefined' && typeof self !== 'undefined' && 'postMessage' in self) {
  self.onmessage = (event: MessageEvent<LayoutJob>) => {
    try {
      self.postMessage({ positions: largeLayout(event.data) } satisfies LayoutResult);
    } catch (error) {
      self.postMessage({ error: String(error) } satisfies LayoutResult);
    }
  };
}
