import { expect, test } from 'vitest';
import { csvCell, exportName, toCsv, toJson } from './export';
import { GENK, GENK_SLICE } from './fixtures';
import { buildModel, visibleGraph } from './graph-model';
import { parseViewState } from './view-state';

const view = visibleGraph(
  buildModel(new Map([[GENK.id, GENK_SLICE]])),
  parseViewState(`?focus=${GENK.id}`),
);

test('the CSV has a row per shown node and edge, with agreements in full', () => {
  const lines = toCsv(view).trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'element,id,type,label,country,subtype,source,target,role,crossBorder,mutual,legalBases,dataCategories',
  );
  expect(lines).toHaveLength(1 + view.nodes.length + view.edges.length);
  expect(lines).toContain('node,org-stad-genk,Organisation,stad-genk,BE,MUNICIPALITY,,,,,,,');
  expect(lines).toContain(
    'edge,agr-genk-carma,SHARES_WITH,,,,org-stad-genk,org-pz-carma,,false,true,BE_LAW_2024_01_15,IDENTITY_DATA; ADDRESS_DATA',
  );
});

test('cells are quoted when needed and never start a formula', () => {
  expect(csvCell('a,b')).toBe('"a,b"');
  expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
  expect(csvCell(null)).toBe('');
});

test('the JSON carries the link that opens the same view', () => {
  const json = JSON.parse(toJson(view, 'http://x/graph?focus=org-stad-genk'));
  expect(json.view).toBe('http://x/graph?focus=org-stad-genk');
  expect(json.nodes).toHaveLength(view.nodes.length);
  expect(exportName('org-stad-genk', 'png', new Date('2026-01-02T10:00:00Z'))).toBe(
    'netwerk-org-stad-genk-2026-01-02.png',
  );
});
