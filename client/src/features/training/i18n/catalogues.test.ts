import { test } from 'vitest';
import { expectSameTexts } from '../../../i18n/same-texts';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

test('the training has the same texts in Dutch, French and English', () => {
  expectSameTexts(nl, fr, en);
});
