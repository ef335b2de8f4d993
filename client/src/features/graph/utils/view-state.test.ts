import { describe, expect, test } from 'vitest';
import {
  collapse,
  EMPTY_VIEW,
  EXPAND_CAP,
  expand,
  focusBarrier,
  focusOn,
  hide,
  parseViewState,
  setPath,
  showMore,
  toSearch,
  type ViewState,
} from './view-state';

describe('the view in the URL', () => {
  test('a bare focus (the links from other pages) opens the node with its neighbours', () => {
    const state = parseViewState('?focus=org-stad-genk');
    expect(state.focus).toBe('org-stad-genk');
    expect(state.expand).toEqual([{ id: 'org-stad-genk', type: null, count: EXPAND_CAP }]);
  });

  test('a written view reads back the same', () => {
    const state: ViewState = {
      focus: 'org-stad-genk',
      show: ['org-nla', 'region-mun-genk'],
      expand: [
        { id: 'org-stad-genk', type: null, count: EXPAND_CAP },
        { id: 'org-nla', type: 'COVERS', count: 50 },
        { id: 'region-mun-genk', type: null, count: 75 },
      ],
      hide: ['region-be'],
      filters: { country: 'NL', orgType: 'POLICE', role: 'SIGNAL', barrier: 'HOUSING' },
      layout: 'concentric',
      group: 'none',
      path: ['org-stad-genk', 'org-riec-zeeland-west-brabant'],
      via: ['AGREEMENT', 'COUNTERPART', 'STRUCTURE'],
      near: { id: 'org-nla', steps: 2 },
      selected: '5:abc-def:1139',
    };
    const search = toSearch(state);
    expect(search).toContain('expand=org-stad-genk,org-nla~COVERS~50,region-mun-genk~~75');
    expect(search).toContain('path=org-stad-genk~org-riec-zeeland-west-brabant');
    expect(search).toContain('via=AGREEMENT,COUNTERPART,STRUCTURE');
    expect(parseViewState(search)).toEqual(state);
  });

  test('a collapsed focus stays collapsed on reload', () => {
    const collapsed = collapse(parseViewState('?focus=org-stad-genk'), 'org-stad-genk');
    expect(toSearch(collapsed)).toBe('?focus=org-stad-genk&expand=');
    expect(parseViewState(toSearch(collapsed)).expand).toEqual([]);
  });

  test('values of the wrong shape are left out', () => {
    const state = parseViewState(
      '?focus=ORG%20x&show=ok-id,Bad Id,ok-id&expand=x~NOPE,y~HAS_ROLE~-3,z~HAS_ROLE~9999&country=DE&role=NOPE&layout=spiral&path=a&selected=<script>&via=HAS_ROLE,GEOGRAPHY&near=org-x~9',
    );
    expect(state).toEqual({
      ...EMPTY_VIEW,
      show: ['ok-id'],
      expand: [{ id: 'z', type: 'HAS_ROLE', count: 500 }],
      via: ['GEOGRAPHY'],
    });
  });

  test('the empty view writes nothing', () => {
    expect(toSearch(EMPTY_VIEW)).toBe('');
  });
});

describe('view actions', () => {
  const start = parseViewState('?focus=org-stad-genk');

  test('expanding again shows a batch more; showMore and collapse change only that node', () => {
    let state = expand(start, 'org-nla', 'HAS_ROLE');
    state = expand(state, 'org-nla', 'HAS_ROLE');
    expect(state.expand[1]).toEqual({ id: 'org-nla', type: 'HAS_ROLE', count: 2 * EXPAND_CAP });
    state = showMore(state, 'org-nla', 'HAS_ROLE', Number.POSITIVE_INFINITY);
    expect(state.expand[1]?.count).toBe(500);
    expect(collapse(state, 'org-nla').expand).toEqual(start.expand);
  });

  test('hiding leaves the focus alone and clears a hidden selection', () => {
    expect(hide(start, 'org-stad-genk')).toBe(start);
    const state = hide({ ...start, selected: 'org-nla', show: ['org-nla'] }, 'org-nla');
    expect(state).toMatchObject({ hide: ['org-nla'], show: [], selected: null });
  });

  test('starting over keeps the filters and layout, focusing a barrier groups by role', () => {
    const filtered = {
      ...start,
      filters: { ...start.filters, country: 'NL' as const },
      layout: 'hierarchy' as const,
    };
    expect(focusOn(filtered, 'org-nla')).toMatchObject({
      focus: 'org-nla',
      expand: [{ id: 'org-nla', type: null, count: EXPAND_CAP }],
      filters: { country: 'NL' },
      layout: 'hierarchy',
    });
    expect(focusBarrier(filtered, 'barrier-housing')).toMatchObject({
      focus: 'barrier-housing',
      group: 'role',
      expand: [],
    });
  });

  test('a path needs two different ends', () => {
    expect(setPath(start, ['a', 'a']).path).toBeNull();
    expect(setPath(start, ['a', 'b']).path).toEqual(['a', 'b']);
  });
});
