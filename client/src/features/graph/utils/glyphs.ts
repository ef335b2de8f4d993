/**
 * Shapes and white glyphs by node type, shared by the canvas (Cytoscape shapes and background
 * images) and the legend (the same drawing as a small SVG), so both always agree.
 */
import type { Country } from '../../../lib/schema';
import { COUNTRY_COLOUR, nodeColour, TOKENS } from './palette';
import type { GraphNodeType } from './types';

export type NodeShape =
  | 'round-rectangle'
  | 'rectangle'
  | 'ellipse'
  | 'octagon'
  | 'diamond'
  | 'cut-rectangle'
  | 'tag'
  | 'concave-hexagon'
  | 'triangle'
  | 'round-triangle'
  | 'barrel';

export const NODE_SHAPE: Record<GraphNodeType, NodeShape> = {
  Organisation: 'round-rectangle',
  OrgUnit: 'rectangle',
  ContactPoint: 'ellipse',
  Person: 'ellipse',
  Barrier: 'octagon',
  Region: 'diamond',
  LegalBasis: 'cut-rectangle',
  Measure: 'tag',
  Network: 'concave-hexagon',
  Indicator: 'triangle',
  ExploitationForm: 'round-triangle',
  Sector: 'barrel',
  Document: 'rectangle',
};

const STROKE = 'fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round"';

/** The glyph of each type: SVG content on a 24 × 24 grid, drawn in white. */
const GLYPH: Record<GraphNodeType, string> = {
  Organisation:
    '<path fill-rule="evenodd" d="M5 21V4h10v5h4v12h-5v-4h-4v4zM7 6v2h2V6zm4 0v2h2V6zm-4 4v2h2v-2zm4 0v2h2v-2zm4 1v2h2v-2zm-8 3v2h2v-2zm4 0v2h2v-2zm4 0v2h2v-2z"/>',
  OrgUnit: '<path d="M3 4h8v7H3zm10 0h8v7h-8zM3 13h8v7H3zm10 0h8v7h-8z"/>',
  ContactPoint:
    '<path d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"/>',
  Person: '<circle cx="12" cy="7.5" r="4"/><path d="M4 21c0-4.4 3.6-7.5 8-7.5s8 3.1 8 7.5z"/>',
  Barrier: '<rect x="3.5" y="9.5" width="17" height="5" rx="1"/>',
  Region:
    '<path fill-rule="evenodd" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"/>',
  LegalBasis: `<path ${STROKE} d="M15 5.5c-.8-1.5-5-2-6 .2-1.3 3 6 3.5 6 7 0 2.3-3.4 3-5.3 2M9 18.5c.8 1.5 5 2 6-.2 1.3-3-6-3.5-6-7 0-2.3 3.4-3 5.3-2"/>`,
  Measure: '<path d="M12 2l8 3v6c0 5-3.4 9.4-8 11-4.6-1.6-8-6-8-11V5z"/>',
  Network: `<path ${STROKE} d="M6 6h12L12 18z"/><circle cx="6" cy="6" r="3"/><circle cx="18" cy="6" r="3"/><circle cx="12" cy="18" r="3"/>`,
  Indicator:
    '<rect x="10.5" y="3" width="3" height="12" rx="1.5"/><circle cx="12" cy="19.5" r="2"/>',
  ExploitationForm: `<path ${STROKE} d="M10.5 13.5a3.5 3.5 0 0 1 0-5l3-3a3.5 3.5 0 0 1 5 5l-1.5 1.5M13.5 10.5a3.5 3.5 0 0 1 0 5l-3 3a3.5 3.5 0 0 1-5-5l1.5-1.5"/>`,
  Sector: '<path d="M2 21V10l6 4v-4l6 4V3h5v18z"/>',
  Document: '<path d="M6 2h8l5 5v15H6z"/>',
};

const svg = (content: string, size = 24) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${size}" height="${size}" fill="#fff">${content}</svg>`;

const dataUri = (markup: string) => `data:image/svg+xml;utf8,${encodeURIComponent(markup)}`;

/** The white glyph of a node type, as a data URI for a Cytoscape background image. */
export function glyphUri(type: GraphNodeType): string {
  return dataUri(svg(GLYPH[type]));
}

/** Outline of each shape on a 24 × 24 grid, for the legend. */
const SHAPE_PATH: Record<NodeShape, string> = {
  'round-rectangle': 'M5 1h14a4 4 0 0 1 4 4v14a4 4 0 0 1-4 4H5a4 4 0 0 1-4-4V5a4 4 0 0 1 4-4z',
  rectangle: 'M2 2h20v20H2z',
  ellipse: 'M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22z',
  octagon: 'M8 1h8l7 7v8l-7 7H8l-7-7V8z',
  diamond: 'M12 0l12 12-12 12L0 12z',
  'cut-rectangle': 'M6 1h12l5 5v12l-5 5H6l-5-5V6z',
  tag: 'M1 2h15l7 10-7 10H1z',
  'concave-hexagon': 'M1 2h22l-4 10 4 10H1l4-10z',
  triangle: 'M12 1l11 21H1z',
  'round-triangle':
    'M12 1c1 0 1.6.6 2 1.3l8.6 16.4c.8 1.6-.2 3.3-2 3.3H3.4c-1.8 0-2.8-1.7-2-3.3L10 2.3c.4-.7 1-1.3 2-1.3z',
  barrel: 'M4 2h16c2 3 3 6 3 10s-1 7-3 10H4C2 19 1 16 1 12s1-7 3-10z',
};

/** The legend's picture of a node: its shape, fill and country border, with the glyph on top. */
export function nodeSwatchUri(type: GraphNodeType, country: Country | null = null): string {
  const path = SHAPE_PATH[NODE_SHAPE[type]];
  const fill = nodeColour(type, country);
  const ring = country ? COUNTRY_COLOUR[country] : TOKENS.text;
  // The canvas draws a Dutch border double: a thin light line inside a thick coloured one.
  const inner =
    country === 'NL' ? `<path d="${path}" fill="none" stroke="#fff" stroke-width="0.8"/>` : '';
  const glyph = `<g transform="translate(5.5 5.5) scale(0.54)">${GLYPH[type]}</g>`;
  return dataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 28 28" width="28" height="28"><path d="${path}" fill="${fill}" stroke="${ring}" stroke-width="${country ? 3 : 1}"/>${inner}<g fill="#fff">${glyph}</g></svg>`,
  );
}
