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

/** Saves a blob under a file name through the browser's download. */
export function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
