import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { expect, test } from 'vitest';
import { groupId, toElements } from './elements';
import { GENK, GENK_SLICE, HOUSING, HOUSING_SLICE } from './fixtures';
import { buildModel, visibleGraph } from './graph-model';
import { groupedPositions, hopLevels, layoutOptions } from './layouts';
import { GRAPH_STYLE } from './stylesheet';
import { parseViewState } from './view-state';

cytoscape.use(fcose);

const text = {
  role: String,
  edgeType: String,
  more: String,
  group: (role: string) => role,
  dataCategories: String,
};

test('hop levels count from the focus; unreachable nodes go to the outer ring', () => {
  const levels = hopLevels(
    ['a', 'b', 'c', 'z'],
    [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ],
    'a',
  );
  expect([...levels]).toEqual([
    ['a', 0],
    ['b', 1],
    ['c', 2],
    ['z', 3],
  ]);
});

test('each layout places every node, without animation', () => {
  const view = visibleGraph(
    buildModel(new Map([[GENK.id, GENK_SLICE]])),
    parseViewState(`?focus=${GENK.id}`),
  );
  for (const name of ['fcose', 'concentric', 'hierarchy'] as const) {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: GRAPH_STYLE,
      elements: toElements(view, null, text),
    });
    const options = layoutOptions(cy, { name, large: false, focus: GENK.id, incremental: false });
    expect((options as { animate?: boolean }).animate).toBe(false);
    cy.layout(options).run();
    const xs = new Set(cy.nodes().map((n) => Math.round(n.position().x)));
    expect(xs.size, name).toBeGreaterThan(1);
    cy.destroy();
  }
});

test('the role groups do not overlap and the barrier sits above them', () => {
  const view = visibleGraph(
    buildModel(new Map([[HOUSING.id, HOUSING_SLICE]])),
    parseViewState(`?focus=${HOUSING.id}`),
  );
  const groups = view.groups ?? [];
  const positions = groupedPositions(HOUSING.id, groups, 2);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: GRAPH_STYLE,
    elements: toElements(view, null, text),
  });
  cy.layout({ name: 'preset', positions }).run();
  const boxes = groups.map((g) => cy.$id(groupId(g.role)).boundingBox());
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a || !b) continue;
      const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      expect(overlap).toBe(false);
    }
  }
  const top = Math.min(...boxes.map((b) => b.y1));
  expect(cy.$id(HOUSING.id).boundingBox().y2).toBeLessThan(top);
  cy.destroy();
});
