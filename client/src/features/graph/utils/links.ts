/** Where a node's own page is, when it has one. */
import type { GraphNode } from './types';

/** The app page of a node (organisation, barrier, municipality, contact, signal), or null. */
export function entityLink(node: GraphNode): string | null {
  const id = encodeURIComponent(node.id);
  switch (node.type) {
    case 'Organisation':
      return `/organisation/${id}`;
    case 'Barrier':
      return node.subtype ? `/barrier/${encodeURIComponent(node.subtype)}` : null;
    case 'Region':
      return node.subtype === 'MUNICIPALITY' ? `/municipality/${id}` : null;
    case 'ContactPoint':
    case 'Person':
      return `/contact/${id}`;
    case 'Indicator':
      return `/?indicator=${id}`;
    default:
      return null;
  }
}
