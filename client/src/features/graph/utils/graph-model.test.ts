import { describe, expect, test } from 'vitest';
import {
  ARIEC,
  ARIEC_SLICE,
  CARMA,
  edge,
  GENK,
  GENK_SLICE,
  HOUSING,
  HOUSING_SLICE,
  node,
  REGION,
  RIEC,
  WORK,
} from './fixtures';
import {
  buildModel,
  expansionCandidates,
  neighbourCounts,
  pathRoute,
  probeIds,
  pruneExpansions,
  visibleGraph,
} from './graph-model';
import type { GraphSlice } from './types';
import { collapse, expand, hide, parseViewState, setFilters, setNear } from './view-state';

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

describe('merging slices', () => {
  test('nodes and edges appear once; each probe knows its neighbours by relationship', () => {
    const model = buildModel(
      new Map([
        [GENK.id, GENK_SLICE],
        [HOUSING.id, HOUSING_SLICE],
      ]),
    );
    expect(model.nodes.size).toBe(7);
    expect(model.edges.size).toBe(8);
    const genk = model.probes.get(GENK.id);
    // Most telling first: agreements, then roles, then coverage; names in order within each.
    expect(genk?.neighbours.map((n) => n.id)).toEqual([
      ARIEC.id,
      CARMA.id,
      HOUSING.id,
      WORK.id,
      REGION.id,
    ]);
    expect(genk?.neighbours.find((n) => n.id === HOUSING.id)?.edges.map((e) => e.role)).toEqual([
      'SIGNAL',
      'ADMIN_ENFORCE',
    ]);
    expect(neighbourCounts(model, GENK.id)).toEqual(
      new Map([
        ['HAS_ROLE', 2],
        ['COVERS', 1],
        ['SHARES_WITH', 2],
      ]),
    );
  });
});

describe('what the view shows', () => {
  const model = buildModel(
    new Map([
      [GENK.id, GENK_SLICE],
      [ARIEC.id, ARIEC_SLICE],
    ]),
  );
  const start = parseViewState(`?focus=${GENK.id}`);

  test('the focus with its neighbours, and the edges between what is shown', () => {
    const view = visibleGraph(model, start);
    expect(ids(view.nodes)).toEqual(ids([GENK, CARMA, ARIEC, HOUSING, WORK, REGION]));
    expect(view.edges).toHaveLength(6);
    expect(view.more).toEqual([]);
  });

  test('focus mode keeps every node but marks those within the steps around one', () => {
    const all = visibleGraph(model, start);
    const view = visibleGraph(model, setNear(start, { id: CARMA.id, steps: 1 }));
    expect(ids(view.nodes)).toEqual(ids(all.nodes));
    expect(view.near?.nodeIds.has(CARMA.id)).toBe(true);
    expect(view.near?.nodeIds.has(GENK.id)).toBe(true);
    expect(view.near?.nodeIds.size).toBeLessThan(all.nodes.length);
    const wider = visibleGraph(model, setNear(start, { id: CARMA.id, steps: 2 }));
    expect(wider.near?.nodeIds.size).toBeGreaterThan(view.near?.nodeIds.size ?? 0);
  });

  test('an expansion by relationship type adds only those neighbours', () => {
    const state = expand({ ...start, expand: [] }, GENK.id, 'SHARES_WITH');
    expect(ids(visibleGraph(model, state).nodes)).toEqual(ids([GENK, CARMA, ARIEC]));
  });

  test('a cap leaves a clear "N more" instead of every neighbour', () => {
    const state = { ...start, expand: [{ id: GENK.id, type: null, count: 2 }] };
    const view = visibleGraph(model, state);
    expect(view.nodes).toHaveLength(3);
    expect(view.more).toEqual([
      expect.objectContaining({ parent: GENK.id, count: 3, atLeast: false }),
    ]);
  });

  test('the API cap shows as "or more"', () => {
    const capped = buildModel(new Map([[GENK.id, { ...GENK_SLICE, truncated: true }]]));
    const view = visibleGraph(capped, {
      ...start,
      expand: [{ id: GENK.id, type: null, count: 5 }],
    });
    expect(view.more).toEqual([expect.objectContaining({ count: 0, atLeast: true })]);
  });

  test('expansions chain, and collapsing takes back what only they brought', () => {
    const state = expand(start, ARIEC.id, null);
    expect(ids(visibleGraph(model, state).nodes)).toContain(RIEC.id);
    const collapsed = collapse(state, GENK.id);
    const view = visibleGraph(model, collapsed);
    // ARIEC came from Genk's expansion: without it, ARIEC and its own neighbours go too.
    expect(ids(view.nodes)).toEqual([GENK.id]);
    expect(pruneExpansions(model, collapsed).expand).toEqual([]);
  });

  test('a hidden node and what only it brought leave the view', () => {
    const state = hide(expand(start, ARIEC.id, null), ARIEC.id);
    const shown = ids(visibleGraph(model, state).nodes);
    expect(shown).not.toContain(ARIEC.id);
    expect(shown).not.toContain(RIEC.id);
  });

  test('filters: country, organisation type, role, barrier', () => {
    const nl = visibleGraph(model, setFilters(expand(start, ARIEC.id, null), { country: 'NL' }));
    // Belgian nodes go, except the focus; nodes without a country stay.
    expect(ids(nl.nodes)).toEqual(ids([GENK, HOUSING, WORK]));
    const police = visibleGraph(model, setFilters(start, { orgType: 'POLICE' }));
    expect(ids(police.nodes)).not.toContain(ARIEC.id);
    expect(ids(police.nodes)).toContain(CARMA.id);
    const enforce = visibleGraph(model, setFilters(start, { role: 'ADMIN_ENFORCE' }));
    expect(enforce.edges.filter((e) => e.type === 'HAS_ROLE').map((e) => e.role)).toEqual([
      'ADMIN_ENFORCE',
    ]);
    // Work is only reached through a SIGNAL role: with the filter it is not a candidate.
    expect(ids(enforce.nodes)).not.toContain(WORK.id);
    const housing = visibleGraph(model, setFilters(start, { barrier: 'HOUSING' }));
    expect(ids(housing.nodes)).not.toContain(WORK.id);
    expect(
      expansionCandidates(
        model,
        { id: GENK.id, type: 'HAS_ROLE' },
        { country: null, orgType: null, role: null, barrier: 'HOUSING' },
      ),
    ).toEqual([HOUSING.id]);
  });

  test('a shown list (a who-to-call answer) shows those nodes and the edges between them', () => {
    const view = visibleGraph(model, parseViewState(`?show=${GENK.id},${ARIEC.id},${HOUSING.id}`));
    expect(ids(view.nodes)).toEqual(ids([GENK, ARIEC, HOUSING]));
    expect(view.edges.map((e) => e.id).sort()).toEqual(['agr-genk-ariec', 'r1', 'r2']);
  });

  test('probe ids: the focus, the shown nodes and the expanded ones, once each', () => {
    expect(probeIds(expand(parseViewState(`?focus=a&show=b,a`), 'c', null))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('the barrier view', () => {
  const model = buildModel(new Map([[HOUSING.id, HOUSING_SLICE]]));

  test('a barrier focus groups its partners by role, in the model order', () => {
    const view = visibleGraph(model, parseViewState(`?focus=${HOUSING.id}`));
    expect(view.groups?.map((g) => [g.role, g.members.map((m) => m.id)])).toEqual([
      ['SIGNAL', [CARMA.id, GENK.id]],
      ['ADMIN_ENFORCE', [GENK.id]],
      ['COORDINATE', [RIEC.id]],
    ]);
    expect(ids(view.nodes)).toEqual(ids([HOUSING, GENK, CARMA, RIEC]));
  });

  test('filters apply to the groups; group=none shows the network instead', () => {
    const nl = visibleGraph(model, parseViewState(`?focus=${HOUSING.id}&country=NL`));
    expect(nl.groups?.map((g) => g.role)).toEqual(['COORDINATE']);
    const network = visibleGraph(model, parseViewState(`?focus=${HOUSING.id}&group=none`));
    expect(network.groups).toBeNull();
    expect(network.nodes).toHaveLength(4);
  });
});

describe('the shortest connection', () => {
  const path: GraphSlice = {
    nodes: [GENK, ARIEC, RIEC, node('region-nl', 'Region', 'NL', 'COUNTRY')],
    edges: [
      edge('agr-genk-ariec', 'SHARES_WITH', GENK.id, ARIEC.id),
      edge('cp1', 'COUNTERPART_OF', RIEC.id, ARIEC.id),
      edge('x', 'COVERS', RIEC.id, 'region-nl'),
    ],
    truncated: false,
  };
  const model = buildModel(new Map([[GENK.id, GENK_SLICE]]), path);

  test('path nodes join the view and are marked; a route reads in order', () => {
    const view = visibleGraph(
      model,
      parseViewState(`?focus=${GENK.id}&path=${GENK.id}~${RIEC.id}&country=BE`),
    );
    // The path is shown whatever the filters say.
    expect(ids(view.nodes)).toContain(RIEC.id);
    expect(view.path?.hops).toBe(2);
    expect(view.path?.edgeIds.has('cp1')).toBe(true);
    const route = pathRoute(model, GENK.id, RIEC.id);
    expect(route.nodeIds).toEqual([GENK.id, ARIEC.id, RIEC.id]);
    expect(route.edges.map((e) => e.id)).toEqual(['agr-genk-ariec', 'cp1']);
    expect(pathRoute(model, GENK.id, 'nowhere')).toEqual({ nodeIds: [], edges: [] });
  });
});
