import cytoscape from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { type ElementText, shortLegalName, toElements, visualEdges } from './elements';
import {
  ARIEC,
  ARIEC_SLICE,
  CARMA,
  GENK,
  GENK_SLICE,
  HOUSING,
  HOUSING_SLICE,
  RIEC,
} from './fixtures';
import { buildModel, visibleGraph } from './graph-model';
import { GRAPH_STYLE } from './stylesheet';
import { expand, parseViewState } from './view-state';

const text: ElementText = {
  role: (role) => role.toLowerCase(),
  edgeType: (type) => type.toLowerCase(),
  more: (count, atLeast) => `+${count}${atLeast ? '+' : ''}`,
  group: (role, count) => `${role} (${count})`,
  dataCategories: (count) => `${count} categories`,
};

const classesOf = (elements: ReturnType<typeof toElements>, id: string) =>
  String(elements.find((e) => e.data.id === id)?.classes ?? '').split(' ');

describe('elements for Cytoscape', () => {
  const model = buildModel(
    new Map([
      [GENK.id, GENK_SLICE],
      [ARIEC.id, ARIEC_SLICE],
    ]),
  );

  test('nodes carry their type, country and focus; role edges merge into one labelled edge', () => {
    const view = visibleGraph(model, parseViewState(`?focus=${GENK.id}`));
    const elements = toElements(view, null, text);
    // The starting point keeps its name at any zoom ('key').
    expect(classesOf(elements, GENK.id)).toEqual(['Organisation', 'country-BE', 'focus', 'key']);
    expect(classesOf(elements, HOUSING.id)).toEqual(['Barrier', 'key']);
    const roles = elements.find((e) => e.data.id === `HAS_ROLE:${GENK.id}:${HOUSING.id}`);
    expect(roles?.data.label).toBe('signal, admin_enforce');
    expect(elements.filter((e) => e.data.type === 'HAS_ROLE')).toHaveLength(2);
  });

  test('an agreement shows its legal basis and data categories; mutual gets both arrows', () => {
    const view = visibleGraph(model, parseViewState(`?focus=${GENK.id}`));
    const agreement = toElements(view, null, text).find((e) => e.data.id === 'agr-genk-carma');
    expect(agreement?.data.label).toBe('§ DIOB-wet\n2 categories');
    expect(agreement?.classes).toBe('e-SHARES_WITH mutual');
  });

  test('counterparts and agreements across the border are marked cross-border', () => {
    const view = visibleGraph(model, expand(parseViewState(`?focus=${GENK.id}`), ARIEC.id, null));
    const elements = toElements(view, null, text);
    expect(classesOf(elements, 'cp1')).toEqual(['e-COUNTERPART_OF', 'cross-border']);
    expect(classesOf(elements, RIEC.id)).toContain('country-NL');
    expect(classesOf(elements, 'agr-genk-carma')).not.toContain('cross-border');
    const nodes = new Map(view.nodes.map((n) => [n.id, n]));
    expect(
      visualEdges(view.edges, nodes)
        .filter((e) => e.crossBorder)
        .map((e) => e.id),
    ).toEqual(['cp1']);
  });

  test('a path fades what is not on it; the selection is marked', () => {
    const view = visibleGraph(model, parseViewState(`?focus=${GENK.id}`));
    const withPath = {
      ...view,
      path: {
        nodeIds: new Set([GENK.id, CARMA.id]),
        edgeIds: new Set(['agr-genk-carma']),
        hops: 1,
      },
    };
    const elements = toElements(withPath, CARMA.id, text);
    expect(classesOf(elements, CARMA.id)).toEqual([
      'Organisation',
      'country-BE',
      'selected',
      'on-path',
      'key',
    ]);
    expect(classesOf(elements, HOUSING.id)).toContain('faded');
    expect(classesOf(elements, 'agr-genk-carma')).toContain('on-path');
  });

  test('"N more" is a node of its own, tied to the expanded node', () => {
    const view = visibleGraph(model, {
      ...parseViewState(`?focus=${GENK.id}`),
      expand: [{ id: GENK.id, type: null, count: 2 }],
    });
    const elements = toElements(view, null, text);
    const more = elements.find((e) => e.classes === 'more');
    expect(more?.data).toEqual({ id: `more~${GENK.id}~`, entityId: GENK.id, label: '+3' });
    expect(elements.find((e) => e.classes === 'more-edge')?.data).toMatchObject({
      source: GENK.id,
      target: more?.data.id,
    });
  });

  test('the barrier view draws compound role groups; an organisation sits in each of its roles', () => {
    const grouped = visibleGraph(
      buildModel(new Map([[HOUSING.id, HOUSING_SLICE]])),
      parseViewState(`?focus=${HOUSING.id}`),
    );
    const elements = toElements(grouped, GENK.id, text);
    expect(elements.filter((e) => e.classes === 'group').map((e) => e.data.label)).toEqual([
      'SIGNAL (2)',
      'ADMIN_ENFORCE (1)',
      'COORDINATE (1)',
    ]);
    const genk = elements.filter((e) => e.data.entityId === GENK.id);
    expect(genk.map((e) => e.data.parent)).toEqual(['group~SIGNAL', 'group~ADMIN_ENFORCE']);
    expect(genk.every((e) => e.classes?.includes('selected'))).toBe(true);
    expect(elements.some((e) => e.group === 'edges')).toBe(false);
  });

  test('the elements load into headless Cytoscape with the stylesheet', () => {
    const view = visibleGraph(model, expand(parseViewState(`?focus=${GENK.id}`), ARIEC.id, null));
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: GRAPH_STYLE,
      elements: toElements(view, null, text),
    });
    expect(cy.nodes()).toHaveLength(view.nodes.length);
    expect(cy.$('#cp1').style('line-style')).toBe('dashed');
    expect(cy.$(`#${GENK.id}`).style('shape')).toBe('round-rectangle');
    cy.destroy();
  });
});

test('legal bases get a short name on an edge', () => {
  expect(shortLegalName('Wet gemeentelijke bestuurlijke handhaving (DIOB-wet)')).toBe('DIOB-wet');
  expect(
    shortLegalName('AVG, art. 6 en 26 (rechtsgrond en gezamenlijke verantwoordelijkheid)'),
  ).toBe('AVG');
  expect(shortLegalName('Koninklijk besluit van 22 april 2024 (uitvoering van de wet)')).toBe(
    'Koninklijk besluit van 22…',
  );
  expect(shortLegalName('Wet Bibob')).toBe('Wet Bibob');
});
