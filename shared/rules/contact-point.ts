/** A contact point's rules: a translated name, e-mail, phone, opening hours and languages. */
import { z } from 'zod';
import {
  email,
  LIMITS,
  languages,
  line,
  optional,
  phone,
  translated,
  translatedName,
} from './common';

/** How a contact is reached; persons share it. */
export const reach = {
  email: optional(email),
  phone: optional(phone),
  languages: languages.optional(),
};

/** Each field's rule on its own (the CSV import checks cell by cell). */
export const contactPointFields = {
  name: line(LIMITS.name),
  nameNl: line(LIMITS.name, LIMITS.nameMin),
  hours: line(LIMITS.label),
};

export const contactPointDetails = z.object({
  ...translatedName(),
  ...reach,
  ...translated('hours', contactPointFields.hours),
});

export const contactPointPatch = contactPointDetails.partial();

/** What a new contact point needs (the import's column: name_nl). */
export const CONTACT_POINT_REQUIRED = ['nameNl'] as const;
