/** The coordinator screens' catalogues: same keys, same placeholders, no empty text, plurals in pairs. */
import { describe, expect, test } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { NAV_TEXT } from './nav';
import { nl } from './nl';

const catalogues = { nl, fr, en } as Record<string, Record<string, string>>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('coordinator catalogues', () => {
  test('NL, FR and EN have exactly the same keys', () => {
    const keys = Object.keys(nl).sort();
    expect(Object.keys(fr).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  test('no message is empty, and none is left untranslated by accident', () => {
    for (const [lang, messages] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
    // Words that are the same in every language are few; most texts must differ from the Dutch.
    const same = Object.keys(nl).filter(
      (key) => fr[key as keyof typeof fr] === nl[key as keyof typeof nl],
    );
    expect(same.length).toBeLessThan(15);
  });

  test('every translation has the same {placeholders} as the Dutch text', () => {
    for (const [key, text] of Object.entries(nl)) {
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

  test('the header words exist in every language', () => {
    expect(Object.keys(NAV_TEXT).sort()).toEqual(['EN', 'FR', 'NL']);
    for (const text of Object.values(NAV_TEXT)) {
      expect(Object.keys(text).sort()).toEqual(['coordinate', 'queue', 'users']);
    }
  });
});
