import { beforeEach, expect, test } from 'vitest';
import { forgetPlaces, recallPlaces, rememberPlaces, viewKey } from './position-cache';

beforeEach(() => forgetPlaces());

test('a view key depends on the layout and the set of nodes, not their order', () => {
  expect(viewKey('fcose', ['a', 'b', 'c'])).toBe(viewKey('fcose', ['c', 'a', 'b']));
  expect(viewKey('fcose', ['a', 'b'])).not.toBe(viewKey('fcose', ['a', 'b', 'c']));
  expect(viewKey('fcose', ['ab', 'c'])).not.toBe(viewKey('fcose', ['a', 'bc']));
  expect(viewKey('fcose', ['a'])).not.toBe(viewKey('concentric', ['a']));
});

test('a view seen before gets its places back (rounded); another view gets none', () => {
  const key = viewKey('fcose', ['a', 'b']);
  expect(recallPlaces(key, ['a', 'b'])).toBeNull();
  rememberPlaces(key, { a: { x: 1.4, y: -2.6 }, b: { x: 100, y: 50 } });
  expect(recallPlaces(key, ['a', 'b'])).toEqual({ a: { x: 1, y: -3 }, b: { x: 100, y: 50 } });
  expect(recallPlaces(viewKey('fcose', ['a']), ['a'])).toBeNull();
  // A node without a place (a changed view under the same key) means no places at all.
  expect(recallPlaces(key, ['a', 'b', 'z'])).toBeNull();
});

test('only the last few views are kept', () => {
  for (let i = 0; i < 10; i++)
    rememberPlaces(viewKey('fcose', [`n${i}`]), { [`n${i}`]: { x: i, y: i } });
  expect(recallPlaces(viewKey('fcose', ['n0']), ['n0'])).toBeNull();
  expect(recallPlaces(viewKey('fcose', ['n9']), ['n9'])).toEqual({ n9: { x: 9, y: 9 } });
});

test('a view with a contact person in it is never written to the tab’s storage', () => {
  const stored = new Map<string, string>();
  const tabStorage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  };
  Object.defineProperty(globalThis, 'sessionStorage', { value: tabStorage, configurable: true });
  try {
    rememberPlaces(viewKey('fcose', ['org-a']), { 'org-a': { x: 1, y: 2 } });
    rememberPlaces(viewKey('fcose', ['org-a', 'person-x']), {
      'org-a': { x: 1, y: 2 },
      'person-x': { x: 3, y: 4 },
    });
    const text = [...stored.values()].join('');
    expect(text).toContain('org-a');
    expect(text).not.toContain('person-x');
    // In memory the view is still known for this page's life.
    expect(recallPlaces(viewKey('fcose', ['org-a', 'person-x']), ['org-a', 'person-x'])).toEqual({
      'org-a': { x: 1, y: 2 },
      'person-x': { x: 3, y: 4 },
    });
  } finally {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  }
});
