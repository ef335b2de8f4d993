/**
 * Lays out a large graph off the main thread: a headless Cytoscape with fcose gets the nodes and
 * edges, and the positions go back to the page, which applies them in one preset layout.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

export interface LayoutJob {
  nodes: { id: string; w: number; h: number }[];
  edges: { source: string; target: string }[];
  options: LayoutOptions;
}

export type LayoutResult =
  | { positions: Record<string, { x: number; y: number }> }
  | { error: string };

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutJob>) => {
  const { nodes, edges, options } = event.data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h } })),
        ...edges.map((e, i) => ({
          group: 'edges' as const,
          data: { id: `e${i}`, source: e.source, target: e.target },
        })),
      ],
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    });
    cy.layout({ ...options, animate: false, fit: false } as LayoutOptions).run();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = node.position();
    });
    cy.destroy();
    self.postMessage({ positions } satisfies LayoutResult);
  } catch (error) {
    self.postMessage({ error: String(error) } satisfies LayoutResult);
  }
};
