/**
 * For the catalogues' tests: a namespace's Dutch, French and English texts have the same keys,
 * no empty text and the same {placeholders}.
 */
import { expect } from 'vitest';

type Catalogue = Record<string, string>;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

export function expectSameTexts(nl: Catalogue, fr: Catalogue, en: Catalogue): void {
  const keys = Object.keys(nl).sort();
  expect(Object.keys(fr).sort()).toEqual(keys);
  expect(Object.keys(en).sort()).toEqual(keys);
  for (const key of keys) {
    const want = placeholders(nl[key] ?? '');
    for (const [lang, catalogue] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      expect(catalogue[key]?.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(catalogue[key] ?? ''), `${lang} ${key}`).toEqual(want);
    }
  }
}
