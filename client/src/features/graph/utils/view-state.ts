/**
 * What the network view shows lives in the URL, so a view can be bookmarked and sent:
 * `/graph?focus=org-stad-genk&expand=org-stad-genk,org-nla~COVERS~50&hide=region-be&country=NL`.
 * `parseViewState` and `toSearch` are its only reader and writer; the other functions are the
 * view's actions, each a pure step from one state to the next.
 */
import { DEFAULT_PATH_LINK_KINDS } from '../../../../../shared/codes';
import {
  COUNTRIES,
  type Country,
  type LinkKind,
  type OrganisationType,
  PATH_LINK_KINDS,
  ROLES,
  type Role,
} from '../../../lib/schema';
import { type GraphEdgeType, isEdgeType } from './types';

export type LayoutName = 'fcose' | 'concentric' | 'hierarchy';
export const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'hierarchy'];

/** A kind of tie a shortest connection may use (the API's GraphLinkKind). */
export type { LinkKind };
/** Every kind, in the order the path form lists them. */
export const LINK_KINDS = PATH_LINK_KINDS;
/** Without a choice in the URL, a path uses every kind but networks (as the API does). */
export const DEFAULT_VIA: readonly LinkKind[] = DEFAULT_PATH_LINK_KINDS;

/** How many neighbours one expansion adds before it shows "N more". */
export const EXPAND_CAP = 25;
/** Upper bound of one expansion (the API answers at most 500 nodes per neighbourhood). */
export const EXPAND_MAX = 500;
/** At most this many ids per list in a URL. */
const MAX_LIST = 300;

/** Neighbours of `id` (through `type`, or any relationship when null), the first `count`. */
export interface Expansion {
  id: string;
  type: GraphEdgeType | null;
  count: number;
}

export interface GraphFilters {
  country: Country | null;
  orgType: OrganisationType | null;
  role: Role | null;
  /** A barrier code: other barriers are left out. */
  barrier: string | null;
}

/** Focus mode around a node: how many steps stay in full colour. */
export interface Near {
  id: string;
  steps: number;
}
/** Focus mode reaches at most this many steps. */
export const NEAR_MAX = 3;

export interface ViewState {
  /** The starting point: drawn larger, the root of the concentric and hierarchical layouts. */
  focus: string | null;
  /** Nodes shown as they are, e.g. the partners of a who-to-call answer. */
  show: string[];
  expand: Expansion[];
  hide: string[];
  filters: GraphFilters;
  layout: LayoutName;
  /** `role`: a barrier's partners grouped by role; `none`: the network; null: by the focus. */
  group: 'role' | 'none' | null;
  /** Two ends whose shortest connections are drawn and highlighted. */
  path: [string, string] | null;
  /** The kinds of ties the path may use, in LINK_KINDS order. */
  via: readonly LinkKind[];
  /** Focus mode: the nodes within `steps` of `id` stand out, the rest is faded (not removed). */
  near: Near | null;
  /** The node or edge whose details the side panel shows. */
  selected: string | null;
}

export const NO_FILTERS: GraphFilters = { country: null, orgType: null, role: null, barrier: null };

export const EMPTY_VIEW: ViewState = {
  focus: null,
  show: [],
  expand: [],
  hide: [],
  filters: NO_FILTERS,
  layout: 'fcose',
  group: null,
  path: null,
  via: DEFAULT_VIA,
  near: null,
  selected: null,
};

const ID = /^[a-z][a-z0-9-]{0,127}$/;
const ELEMENT_ID = /^[A-Za-z0-9][A-Za-z0-9:_~.-]{0,199}$/;
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

function list(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  if (!value) return [];
  const ids = value.split(',').filter((id) => ID.test(id));
  return [...new Set(ids)].slice(0, MAX_LIST);
}

function parseExpansion(text: string): Expansion | null {
  const [id = '', type = '', count = ''] = text.split('~');
  if (!ID.test(id)) return null;
  if (type && !isEdgeType(type)) return null;
  const n = count ? Number(count) : EXPAND_CAP;
  if (!Number.isInteger(n) || n < 1) return null;
  return { id, type: type ? (type as GraphEdgeType) : null, count: Math.min(n, EXPAND_MAX) };
}

function writeExpansion({ id, type, count }: Expansion): string {
  if (count === EXPAND_CAP) return type ? `${id}~${type}` : id;
  return `${id}~${type ?? ''}~${count}`;
}

/** Reads a view from a query string; values of the wrong shape are left out. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const focusParam = params.get('focus');
  const focus = focusParam && ID.test(focusParam) ? focusParam : null;

  const expandParam = params.get('expand');
  let expand: Expansion[] = [];
  if (expandParam === null) {
    // A bare `?focus=x` (the links from other pages) opens x with its neighbours.
    if (focus) expand = [{ id: focus, type: null, count: EXPAND_CAP }];
  } else {
    const seen = new Set<string>();
    for (const text of expandParam.split(',')) {
      const expansion = parseExpansion(text);
      const key = expansion && `${expansion.id}~${expansion.type ?? ''}`;
      if (expansion && key && !seen.has(key)) {
        seen.add(key);
        expand.push(expansion);
      }
    }
    expand = expand.slice(0, MAX_LIST);
  }

  const country = params.get('country');
  const orgType = params.get('orgType');
  const role = params.get('role');
  const barrier = params.get('barrier');
  const layout = params.get('layout');
  const group = params.get('group');
  const path = (params.get('path') ?? '').split('~');
  const selected = params.get('selected');
  const [nearId = '', nearSteps = ''] = (params.get('near') ?? '').split('~');
  const steps = Number(nearSteps || 1);
  const near =
    ID.test(nearId) && Number.isInteger(steps) && steps >= 1 && steps <= NEAR_MAX
      ? { id: nearId, steps }
      : null;
  const viaParam = params.get('via');
  const via =
    viaParam === null
      ? DEFAULT_VIA
      : LINK_KINDS.filter((kind) => viaParam.split(',').includes(kind));

  return {
    focus,
    show: list(params, 'show'),
    expand,
    hide: list(params, 'hide'),
    filters: {
      country: COUNTRIES.includes(country as Country) ? (country as Country) : null,
      orgType: orgType && CODE.test(orgType) ? (orgType as OrganisationType) : null,
      role: ROLES.includes(role as Role) ? (role as Role) : null,
      barrier: barrier && CODE.test(barrier) ? barrier : null,
    },
    layout: LAYOUTS.includes(layout as LayoutName) ? (layout as LayoutName) : 'fcose',
    group: group === 'role' || group === 'none' ? group : null,
    path:
      path.length === 2 && path[0] && path[1] && ID.test(path[0]) && ID.test(path[1])
        ? [path[0], path[1]]
        : null,
    via,
    near,
    selected: selected && ELEMENT_ID.test(selected) ? selected : null,
  };
}

/** Writes a view as a query string in a stable order ("" for the empty view). */
export function toSearch(state: ViewState): string {
  const parts: string[] = [];
  const add = (key: string, value: string | null | undefined) => {
    // Ids are slugs: commas and tildes stay readable; anything else is escaped.
    if (value) parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  };
  add('focus', state.focus);
  add('show', state.show.join(','));
  if (state.focus || state.expand.length > 0) {
    // Written even when empty: a collapsed focus must stay collapsed on reload.
    parts.push(`expand=${state.expand.map(writeExpansion).join(',')}`);
  }
  add('hide', state.hide.join(','));
  add('country', state.filters.country);
  add('orgType', state.filters.orgType);
  add('role', state.filters.role);
  add('barrier', state.filters.barrier);
  add('group', state.group);
  if (state.layout !== 'fcose') add('layout', state.layout);
  add('path', state.path?.join('~'));
  if (state.via.join(',') !== DEFAULT_VIA.join(',')) parts.push(`via=${state.via.join(',')}`);
  add('near', state.near && `${state.near.id}~${state.near.steps}`);
  add('selected', state.selected);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

// ---------------------------------------------------------------------------------------------
// Actions

const sameExpansion = (a: Expansion, id: string, type: GraphEdgeType | null) =>
  a.id === id && a.type === type;

/** Adds the neighbours of `id` (through `type`, or all); expanding again shows a batch more. */
export function expand(state: ViewState, id: string, type: GraphEdgeType | null): ViewState {
  const existing = state.expand.find((e) => sameExpansion(e, id, type));
  if (existing) return showMore(state, id, type);
  return {
    ...state,
    hide: state.hide.filter((h) => h !== id),
    expand: [...state.expand, { id, type, count: EXPAND_CAP }],
  };
}

/** Shows `batch` more neighbours of an expansion (all of them when `batch` is Infinity). */
export function showMore(
  state: ViewState,
  id: string,
  type: GraphEdgeType | null,
  batch = EXPAND_CAP,
): ViewState {
  return {
    ...state,
    expand: state.expand.map((e) =>
      sameExpansion(e, id, type) ? { ...e, count: Math.min(e.count + batch, EXPAND_MAX) } : e,
    ),
  };
}

/** Takes back every expansion of `id`: the neighbours it brought leave the view. */
export function collapse(state: ViewState, id: string): ViewState {
  return { ...state, expand: state.expand.filter((e) => e.id !== id) };
}

/** Leaves a node out of the view (and whatever only it brought in). */
export function hide(state: ViewState, id: string): ViewState {
  if (id === state.focus || state.hide.includes(id)) return state;
  return {
    ...state,
    hide: [...state.hide, id],
    show: state.show.filter((s) => s !== id),
    selected: state.selected === id ? null : state.selected,
  };
}

/** Shows the hidden nodes again. */
export function unhideAll(state: ViewState): ViewState {
  return { ...state, hide: [] };
}

/** Starts over from `id` with its neighbours; filters and layout stay. */
export function focusOn(state: ViewState, id: string): ViewState {
  return {
    ...EMPTY_VIEW,
    filters: state.filters,
    layout: state.layout,
    via: state.via,
    focus: id,
    expand: [{ id, type: null, count: EXPAND_CAP }],
    group: 'none',
    selected: id,
  };
}

/** Only the partners with a role on the barrier `id`, grouped by role. */
export function focusBarrier(state: ViewState, id: string): ViewState {
  return {
    ...EMPTY_VIEW,
    filters: { ...state.filters, barrier: null },
    focus: id,
    group: 'role',
    selected: id,
  };
}

/** Adds `id` to the view as it is (e.g. a node picked from a list). */
export function addNode(state: ViewState, id: string): ViewState {
  if (state.show.includes(id)) return state;
  return { ...state, show: [...state.show, id], hide: state.hide.filter((h) => h !== id) };
}

export function setFilters(state: ViewState, filters: Partial<GraphFilters>): ViewState {
  return { ...state, filters: { ...state.filters, ...filters } };
}

export function setLayout(state: ViewState, layout: LayoutName): ViewState {
  return { ...state, layout };
}

/** Draws the shortest connections between `from` and `to`; null clears them. */
export function setPath(state: ViewState, path: [string, string] | null): ViewState {
  return { ...state, path: path && path[0] !== path[1] ? path : null };
}

/** The kinds of ties the path may use (kept in LINK_KINDS order). */
export function setVia(state: ViewState, via: readonly LinkKind[]): ViewState {
  return { ...state, via: LINK_KINDS.filter((kind) => via.includes(kind)) };
}

/** Focus mode around `id` (null: everything in full colour again). */
export function setNear(state: ViewState, near: Near | null): ViewState {
  if (!near) return { ...state, near: null };
  return { ...state, near: { id: near.id, steps: Math.min(Math.max(near.steps, 1), NEAR_MAX) } };
}

export function select(state: ViewState, id: string | null): ViewState {
  return { ...state, selected: id };
}

/** From the grouped barrier view to the network around the barrier, and back. */
export function setGroup(state: ViewState, group: 'role' | 'none'): ViewState {
  if (group === 'none' && state.focus && !state.expand.some((e) => e.id === state.focus)) {
    return {
      ...state,
      group,
      expand: [...state.expand, { id: state.focus, type: null, count: EXPAND_CAP }],
    };
  }
  return { ...state, group };
}
