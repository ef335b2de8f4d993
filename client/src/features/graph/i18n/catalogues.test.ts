import { expect, test } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the network view has the same texts in Dutch, French and English', () => {
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
