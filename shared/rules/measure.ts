/** The rules of reference data (measures, indicators, networks): a code, a name, a description. */
import { z } from 'zod';
import { code, LIMITS, text, translated, translatedName } from './common';

export const referenceTexts = z.object({
  ...translatedName(),
  ...translated('description', text(LIMITS.longText)),
});

export const referenceCreate = referenceTexts.extend({ code });

export const referencePatch = referenceTexts.partial();
