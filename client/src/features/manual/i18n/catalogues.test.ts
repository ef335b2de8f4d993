import { expect, test } from 'vitest';
import { en as appEn } from '../../../i18n/en';
import { fr as appFr } from '../../../i18n/fr';
import { nl as appNl } from '../../../i18n/nl';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the manual has the same texts in Dutch, French and English', () => {
  const keys = Object.keys(nl).sort();
  expect(Object.keys(fr).sort()).toEqual(keys);
  expect(Object.keys(en).sort()).toEqual(keys);
  for (const key of keys as (keyof typeof nl)[]) {
    expect(fr[key].trim(), `fr ${key}`).not.toBe('');
    expect(en[key].trim(), `en ${key}`).not.toBe('');
    expect(placeholders(fr[key]), `fr ${key}`).toEqual(placeholders(nl[key]));
    expect(placeholders(en[key]), `en ${key}`).toEqual(placeholders(nl[key]));
  }
});

test("the manual names codes as the app's catalogue does", () => {
  for (const [own, app] of [
    [nl, appNl],
    [fr, appFr],
    [en, appEn],
  ] as const) {
    for (const [key, text] of Object.entries(own)) {
      if (key in app) expect(text, key).toBe(app[key as keyof typeof app]);
    }
  }
});
