/** A unit's rules (a department or team of an organisation): its translated name and description. */
import { z } from 'zod';
import { LIMITS, text, translated, translatedName } from './common';

export const unitDetails = z.object({
  ...translatedName(),
  ...translated('description', text(LIMITS.description)),
});

export const unitPatch = unitDetails.partial();
