/** The coordinator screens' catalogues: same keys, same placeholders, no empty text, plurals in pairs. */
import { describe, expect, test } from 'vitest';
import { en as appEn } from '../../../i18n/en';
import { fr as appFr } from '../../../i18n/fr';
import { nl as appNl } from '../../../i18n/nl';
import { en } from './en';
import { fr } from './fr';
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
    // They live in the app's catalogue: the header shows them before these screens load.
    for (const app of [appNl, appFr, appEn] as Record<string, string>[]) {
      for (const key of ['nav.coordinate', 'nav.queue', 'nav.users']) {
        expect(app[key]?.trim(), key).toBeTruthy();
      }
    }
  });
});
