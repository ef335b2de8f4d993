/**
 * Places of large views seen before, so coming back to one (another view and back, a reload of
 * the tab) draws it at once without laying it out again. Kept in memory and in sessionStorage
 * (the tab's own, gone with it; only ids and numbers, and never a view with a contact person in
 * it), the last few views only.
 * A view is the same when its layout and its set of nodes are.
 */
import type { Point } from './spread';

const STORAGE_KEY = 'confine.graph.places';
/** Views kept: in memory, and of those in sessionStorage (about 50 kB each at 2,000 nodes). */
const KEEP = 6;
const KEEP_STORED = 3;

type Places = Record<string, [number, number]>;

const memory = new Map<string, Places>();
let loaded = false;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function load() {
  if (loaded) return;
  loaded = true;
  try {
    const stored = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]') as [string, Places][];
    for (const [key, places] of stored) memory.set(key, places);
  } catch {
    // Unreadable or absent: start empty.
  }
}

/** A view with contact persons (seen signed in) stays in memory only: the tab may outlive the session. */
const holdsPersons = (places: Places) => Object.keys(places).some((id) => id.startsWith('person-'));

function save() {
  try {
    const kept = [...memory].filter(([, places]) => !holdsPersons(places)).slice(-KEEP_STORED);
    storage()?.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // Full or refused (private mode): memory still has them.
  }
}

/** A short key for a layout and a set of node ids (order does not matter). */
export function viewKey(layout: string, nodeIds: readonly string[]): string {
  // FNV-1a over the sorted ids, twice with different seeds: collisions would need both to match.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const id of [...nodeIds].sort()) {
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 10, 0x01000193);
    h2 = Math.imul(h2 ^ 10, 0x5bd1e995);
  }
  return `${layout}#${nodeIds.length}#${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

/** The places kept for this view, when every one of its nodes has one. */
export function recallPlaces(
  key: string,
  nodeIds: readonly string[],
): Record<string, Point> | null {
  load();
  const places = memory.get(key);
  if (!places) return null;
  const positions: Record<string, Point> = {};
  for (const id of nodeIds) {
    const p = places[id];
    if (!p) return null;
    positions[id] = { x: p[0], y: p[1] };
  }
  // Most recently used last: it is kept longest.
  memory.delete(key);
  memory.set(key, places);
  return positions;
}

/** Keeps a view's places (whole model pixels are precise enough). */
export function rememberPlaces(key: string, positions: Readonly<Record<string, Point>>): void {
  load();
  const places: Places = {};
  for (const [id, p] of Object.entries(positions)) places[id] = [Math.round(p.x), Math.round(p.y)];
  memory.delete(key);
  memory.set(key, places);
  while (memory.size > KEEP) memory.delete(memory.keys().next().value as string);
  save();
}

/** For tests: forget everything, in memory and stored. */
export function forgetPlaces(): void {
  memory.clear();
  loaded = true;
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
