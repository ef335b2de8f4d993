/**
 * The network view's Cytoscape stylesheet, a typed constant: node types by shape, colour and
 * glyph; countries by fill (organisations) or border (BE solid, NL double); relationships by
 * colour, line style and arrow; cross-border ties in the app's cross-border teal and wider; the
 * path and the selection with the focus colour. Large graphs get a shorter, cheaper variant.
 */
import type { StylesheetJson, StylesheetStyle } from 'cytoscape';
import { glyphUri, NODE_SHAPE } from './glyphs';
import { COUNTRY_COLOUR, EDGE_COLOUR, NODE_COLOUR, TOKENS } from './palette';
import { NODE_TYPES } from './types';

/** From this many nodes (or edges × 2.5) on, the view switches to its large-graph settings. */
export const LARGE_NODES = 400;
export const LARGE_EDGES = 1000;

/** Whether a graph of this size gets the large-graph stylesheet and renderer options. */
export function isLarge(nodes: number, edges: number): boolean {
  return nodes >= LARGE_NODES || edges >= LARGE_EDGES;
}

const byType: StylesheetStyle[] = NODE_TYPES.map((type) => ({
  selector: `node.${type}`,
  style: {
    shape: NODE_SHAPE[type],
    'background-color':
      type === 'Organisation' ? COUNTRY_COLOUR.none : NODE_COLOUR[type as keyof typeof NODE_COLOUR],
    'background-image': glyphUri(type),
  },
}));

const BASE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 30,
      height: 30,
      label: 'data(label)',
      'font-size': 11,
      color: TOKENS.text,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'border-width': 1.5,
      'border-color': TOKENS.text,
      'background-width': '62%',
      'background-height': '62%',
      'min-zoomed-font-size': 7,
    },
  },
  ...byType,
  { selector: 'node.Person, node.ContactPoint, node.OrgUnit', style: { width: 24, height: 24 } },
  { selector: 'node.Barrier', style: { width: 36, height: 36 } },
  {
    selector: 'node.Organisation.country-BE',
    style: { 'background-color': COUNTRY_COLOUR.BE, 'border-width': 2.5 },
  },
  {
    selector: 'node.Organisation.country-NL',
    style: {
      'background-color': COUNTRY_COLOUR.NL,
      'border-style': 'double',
      'border-width': 5,
    },
  },
  {
    selector: 'node[country = "BE"][type != "Organisation"]',
    style: { 'border-color': COUNTRY_COLOUR.BE, 'border-width': 3.5 },
  },
  {
    selector: 'node[country = "NL"][type != "Organisation"]',
    style: { 'border-color': COUNTRY_COLOUR.NL, 'border-style': 'double', 'border-width': 5 },
  },
  {
    selector: 'node.focus',
    style: { width: 46, height: 46, 'font-size': 13, 'font-weight': 'bold' },
  },
  {
    selector: 'node.more',
    style: {
      shape: 'round-rectangle',
      width: 'label',
      height: 26,
      padding: '6px',
      'background-color': TOKENS['surface-sunken'],
      'border-color': EDGE_COLOUR.more,
      'border-style': 'dashed',
      'border-width': 1.5,
      'text-valign': 'center',
      'text-margin-y': 0,
      'font-weight': 'bold',
    },
  },
  {
    // Inside a role group, members read like a list: a small mark with the name to its right.
    selector: 'node.member',
    style: {
      width: 16,
      height: 16,
      'font-size': 13,
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 5,
      'text-margin-y': 0,
      'text-wrap': 'wrap',
      'text-max-width': '200px',
      'line-height': 1.1,
      'border-width': 1.5,
      'background-width': '70%',
      'background-height': '70%',
    },
  },
  { selector: 'node.member.country-NL', style: { 'border-width': 4 } },
  {
    selector: 'node.group',
    style: {
      shape: 'round-rectangle',
      'background-color': TOKENS['primary-soft'],
      'border-color': TOKENS.primary,
      'border-width': 1.5,
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -6,
      'font-size': 16,
      'font-weight': 'bold',
      'text-wrap': 'none',
      padding: '10px',
      'min-zoomed-font-size': 4,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': EDGE_COLOUR.context,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: TOKENS['text-muted'],
      'text-rotation': 'autorotate',
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'arrow-scale': 0.9,
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'edge.e-HAS_ROLE',
    style: { width: 2, 'line-color': EDGE_COLOUR.role, 'target-arrow-shape': 'triangle' },
  },
  {
    selector: 'edge.e-CONTACT_FOR',
    style: {
      'line-color': EDGE_COLOUR.contact,
      'line-style': 'dashed',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': EDGE_COLOUR.contact,
    },
  },
  {
    selector: 'edge.e-SHARES_WITH',
    style: {
      width: 3.5,
      'line-color': EDGE_COLOUR.agreement,
      'target-arrow-shape': 'triangle',
      'target-arrow-color': EDGE_COLOUR.agreement,
      color: TOKENS.primary,
    },
  },
  { selector: 'edge.e-SHARES_WITH.mutual', style: { 'source-arrow-shape': 'triangle' } },
  {
    selector: 'edge.e-COVERS, edge.e-MEMBER_OF, edge.e-CAN_APPLY, edge.e-RAISES, edge.e-BASED_ON',
    style: { 'line-style': 'dotted', width: 2 },
  },
  {
    // Context edges say less: their labels appear only when zoomed in.
    selector:
      'edge.e-MEMBER_OF, edge.e-CAN_APPLY, edge.e-RAISES, edge.e-BASED_ON, edge.e-PART_OF, edge.e-BELONGS_TO, edge.e-WORKS_AT, edge.e-SIGNALS, edge.e-POINTS_TO, edge.e-SEEN_IN, edge.e-SOURCED_FROM',
    style: { 'min-zoomed-font-size': 13 },
  },
  {
    selector: 'edge.cross-border',
    style: {
      width: 5,
      'line-color': EDGE_COLOUR.crossBorder,
      'target-arrow-color': EDGE_COLOUR.crossBorder,
      'source-arrow-color': EDGE_COLOUR.crossBorder,
      color: EDGE_COLOUR.crossBorder,
      'font-weight': 'bold',
    },
  },
  {
    selector: 'edge.e-COUNTERPART_OF',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [10, 5], 'target-arrow-shape': 'none' },
  },
  {
    selector: 'edge.more-edge',
    style: { 'line-style': 'dashed', 'line-color': EDGE_COLOUR.more, width: 1.5 },
  },
  {
    selector: '.on-path',
    style: { 'underlay-color': TOKENS.focus, 'underlay-opacity': 1, 'underlay-padding': 6 },
  },
  // The route's names stay readable when the whole graph is in view.
  { selector: 'node.on-path', style: { 'font-size': 15, 'font-weight': 'bold', 'z-index': 10 } },
  { selector: 'edge.on-path', style: { 'underlay-padding': 5, 'z-index': 10 } },
  // Large views: unnamed nodes and edges write their names only up close, or when hovered.
  { selector: 'node.quiet', style: { 'min-zoomed-font-size': 15 } },
  { selector: 'edge.quiet', style: { 'min-zoomed-font-size': 16 } },
  { selector: 'node.hover', style: { 'min-zoomed-font-size': 0, 'z-index': 30 } },
  { selector: '.faded', style: { opacity: 0.25 } },
  // Focus mode: the centre gets the focus colour's halo; its surroundings keep full colour.
  {
    selector: 'node.near-centre',
    style: { 'underlay-color': TOKENS.focus, 'underlay-opacity': 0.6, 'underlay-padding': 8 },
  },
  {
    selector: 'node.selected',
    style: {
      'outline-width': 3,
      'outline-color': TOKENS['focus-inner'],
      'outline-offset': 3,
      'underlay-color': TOKENS.focus,
      'underlay-opacity': 1,
      'underlay-padding': 9,
    },
  },
  {
    selector: 'edge.selected',
    style: { 'underlay-color': TOKENS.focus, 'underlay-opacity': 1, 'underlay-padding': 7 },
  },
];

/** Labels readable over lines: a light plate behind them (skipped for large graphs). */
const DETAIL: StylesheetJson = [
  {
    selector: 'node, edge',
    style: {
      'text-background-color': TOKENS.surface,
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
    },
  },
  { selector: 'node.group', style: { 'text-background-opacity': 0 } },
];

/** Large graphs: haystack lines without arrows or edge labels, no glyphs, labels only up close. */
const LARGE: StylesheetJson = [
  // No glyph images: thousands of them per frame cost more than they tell at this size.
  { selector: 'node', style: { 'min-zoomed-font-size': 14, 'background-image': 'none' } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      'source-arrow-shape': 'none',
      label: '',
    },
  },
];

/**
 * Edge properties a large graph never shows (no edge labels, no arrows): left out of its rules,
 * because each property of each matching rule is applied to each of thousands of edges.
 */
const UNSHOWN_EDGE_PROPERTIES = new Set([
  'label',
  'font-size',
  'font-weight',
  'color',
  'text-rotation',
  'text-wrap',
  'text-max-width',
  'min-zoomed-font-size',
  'arrow-scale',
  'curve-style',
  'target-arrow-shape',
  'source-arrow-shape',
  'target-arrow-color',
  'source-arrow-color',
]);

function withoutUnshownEdgeProperties(rules: StylesheetJson): StylesheetJson {
  return (rules as StylesheetStyle[]).flatMap((rule) => {
    if (!rule.selector.startsWith('edge')) return [rule];
    const style = Object.fromEntries(
      Object.entries(rule.style).filter(([property]) => !UNSHOWN_EDGE_PROPERTIES.has(property)),
    );
    return Object.keys(style).length > 0 ? [{ ...rule, style } as StylesheetStyle] : [];
  });
}

export const GRAPH_STYLE: StylesheetJson = [...BASE, ...DETAIL];
export const LARGE_GRAPH_STYLE: StylesheetJson = [
  ...withoutUnshownEdgeProperties([...BASE, ...LARGE]),
  // Straight lines without arrows or labels (the defaults for what was left out above).
  { selector: 'edge', style: { 'curve-style': 'haystack' } },
];
