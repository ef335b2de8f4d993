import { readFileSync } from 'node:fs';
import path from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { NODE_SHAPE } from './glyphs';
import { COUNTRY_COLOUR, contrast, EDGE_COLOUR, NODE_COLOUR, TOKENS } from './palette';
import { GRAPH_STYLE, isLarge, LARGE_GRAPH_STYLE } from './stylesheet';
import { NODE_TYPES } from './types';

describe('colours', () => {
  test('every colour is a design token of tokens.css', () => {
    const css = readFileSync(path.resolve('client/src/styles/tokens.css'), 'utf8');
    for (const [name, value] of Object.entries(TOKENS)) {
      expect(css, `--color-${name}`).toMatch(new RegExp(`--color-${name}:\\s*${value};`, 'i'));
    }
  });

  test('fills carry white glyphs and stand out on white (3:1); labels read at 4.5:1', () => {
    const fills = [...Object.values(NODE_COLOUR), ...Object.values(COUNTRY_COLOUR)];
    for (const fill of fills) expect(contrast(fill, '#ffffff'), fill).toBeGreaterThanOrEqual(3);
    for (const line of Object.values(EDGE_COLOUR))
      expect(contrast(line, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(TOKENS.text, TOKENS.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(TOKENS['text-muted'], TOKENS.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(TOKENS.text, TOKENS['primary-soft'])).toBeGreaterThanOrEqual(4.5);
    // Belgium and the Netherlands differ in more than hue: lightness too.
    expect(contrast(COUNTRY_COLOUR.BE, COUNTRY_COLOUR.NL)).toBeGreaterThan(1.5);
  });
});

describe('stylesheet', () => {
  test('Cytoscape accepts both variants and styles every node type by shape', () => {
    for (const style of [GRAPH_STYLE, LARGE_GRAPH_STYLE]) {
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        style,
        elements: NODE_TYPES.map((type) => ({
          data: { id: type, label: type, type, country: '' },
          classes: type,
        })),
      });
      for (const type of NODE_TYPES)
        expect(cy.$id(type).style('shape'), type).toBe(NODE_SHAPE[type]);
      cy.destroy();
    }
  });

  test('large graphs get haystack edges without labels or arrows, and labels only up close', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: LARGE_GRAPH_STYLE,
      elements: [
        {
          data: { id: 'a', label: 'A', type: 'Organisation', country: 'BE' },
          classes: 'Organisation country-BE',
        },
        {
          data: { id: 'b', label: 'B', type: 'Organisation', country: 'NL' },
          classes: 'Organisation country-NL',
        },
        {
          data: { id: 'e', source: 'a', target: 'b', label: 'x' },
          classes: 'e-SHARES_WITH cross-border',
        },
      ],
    });
    expect(cy.$id('e').style('curve-style')).toBe('haystack');
    expect(cy.$id('e').style('target-arrow-shape')).toBe('none');
    expect(cy.$id('e').style('label')).toBe('');
    expect(Number.parseFloat(cy.$id('a').style('min-zoomed-font-size'))).toBeGreaterThanOrEqual(12);
    expect(cy.$id('b').style('border-style')).toBe('double');
    cy.destroy();
  });

  test('the large settings start at 400 nodes or 1,000 edges', () => {
    expect(isLarge(399, 999)).toBe(false);
    expect(isLarge(400, 10)).toBe(true);
    expect(isLarge(10, 1000)).toBe(true);
  });

  test('the stylesheet stays short', () => {
    // 47 rules with focus mode and the key names (each rule is matched against every element).
    expect(GRAPH_STYLE.length).toBeLessThan(50);
    expect(LARGE_GRAPH_STYLE.length).toBeLessThan(50);
  });
});
