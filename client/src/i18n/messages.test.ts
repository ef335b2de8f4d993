import { describe, expect, test } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

const catalogues = { nl, fr, en } as Record<string, Record<string, string>>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  test('NL, FR and EN have exactly the same keys', () => {
    const keys = Object.keys(nl).sort();
    expect(Object.keys(fr).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  test('no message is empty', () => {
    for (const [lang, messages] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  test('every translation has the same {placeholders} as the Dutch text', () => {
    for (const [key, text] of Object.entries(nl)) {
      // A plural's "one" form may spell the number out instead of using {count}.
      const want = placeholders(text).filter((p) => !(key.endsWith('.one') && p === 'count'));
      for (const lang of ['fr', 'en']) {
        const got = placeholders(catalogues[lang]?.[key] ?? '').filter(
          (p) => !(key.endsWith('.one') && p === 'count'),
        );
        expect(got, `${lang} ${key}`).toEqual(want);
      }
    }
  });

  test('every plural has a .one and an .other form', () => {
    const keys = Object.keys(nl);
    for (const key of keys.filter((k) => k.endsWith('.one'))) {
      expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
    }
  });
});
