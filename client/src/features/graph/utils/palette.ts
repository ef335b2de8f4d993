/**
 * The network view's colours: each one is a design token of client/src/styles/tokens.css (a unit
 * test keeps the two in step). Cytoscape draws on a canvas and cannot read CSS variables, so the
 * values are repeated here, once.
 */
import type { Country } from '../../../lib/schema';
import type { GraphNodeType } from './types';

/** Token values by name (the `--color-` prefix left out). */
export const TOKENS = {
  text: '#1b2330',
  'text-muted': '#4b5565',
  surface: '#ffffff',
  'surface-sunken': '#eef1f5',
  'border-strong': '#6b7686',
  primary: '#1f4e8c',
  'primary-hover': '#163a66',
  'primary-soft': '#e6eef9',
  focus: '#ffbf47',
  'focus-inner': '#1b2330',
  'warning-border': '#b86e00',
  'warning-text': '#6b3900',
  'error-border': '#b42318',
  'error-text': '#8f1d1d',
  'success-border': '#2f7d4f',
  'success-text': '#14532d',
  'scope-national-text': '#4c1d95',
  'scope-cross-border-text': '#0f4452',
} as const;

export type TokenName = keyof typeof TOKENS;

/** Fill of an organisation by its country: Belgian blue, Dutch orange, otherwise grey. */
export const COUNTRY_COLOUR: Record<Country | 'none', string> = {
  BE: TOKENS.primary,
  NL: TOKENS['warning-border'],
  none: TOKENS['text-muted'],
};

/** Fill of the other node types (white glyphs on each reach 3:1 or more). */
export const NODE_COLOUR: Record<Exclude<GraphNodeType, 'Organisation'>, string> = {
  OrgUnit: TOKENS['primary-hover'],
  ContactPoint: TOKENS['success-border'],
  Person: TOKENS['success-text'],
  Barrier: TOKENS['error-border'],
  Region: TOKENS['border-strong'],
  LegalBasis: TOKENS['text-muted'],
  Measure: TOKENS['scope-national-text'],
  Network: TOKENS['scope-cross-border-text'],
  Indicator: TOKENS['warning-text'],
  ExploitationForm: TOKENS['error-text'],
  Sector: TOKENS['border-strong'],
  Document: TOKENS['text-muted'],
};

/** Colour of a node of this type (and country, for organisations). */
export function nodeColour(type: GraphNodeType, country: Country | null): string {
  return type === 'Organisation' ? COUNTRY_COLOUR[country ?? 'none'] : NODE_COLOUR[type];
}

/** Edge colours by meaning. */
export const EDGE_COLOUR = {
  role: TOKENS['text-muted'],
  contact: TOKENS['success-border'],
  agreement: TOKENS.primary,
  crossBorder: TOKENS['scope-cross-border-text'],
  context: TOKENS['border-strong'],
  more: TOKENS['border-strong'],
} as const;

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
