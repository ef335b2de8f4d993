/** A contact point's rules: a translated name, e-mail, phone, opening hours and languages. */
import { z } from 'zod';
import type { Country } from '../codes';
import { email, LIMITS, languages, line, optional, translated, translatedName } from './common';
import { phoneIn } from './phone';

/** How a contact is reached; persons share it. Phone numbers are read as `country`'s first. */
export const reachIn = (country?: Country | null) => ({
  email: optional(email),
  phone: optional(phoneIn(country)),
  languages: languages.optional(),
});

/** How a contact is reached when its organisation's country is not known. */
export const reach = reachIn();

/** Each field's rule on its own (the CSV import checks cell by cell). */
export const contactPointFields = {
  name: line(LIMITS.name),
  nameNl: line(LIMITS.name, LIMITS.nameMin),
  hours: line(LIMITS.label),
};

/** A contact point's details, its phone read as a number of `country` first. */
export const contactPointDetailsIn = (country?: Country | null) =>
  z.object({
    ...translatedName(),
    ...reachIn(country),
    ...translated('hours', contactPointFields.hours),
  });

export const contactPointDetails = contactPointDetailsIn();

export const contactPointPatch = contactPointDetails.partial();

/** What a new contact point needs (the import's column: name_nl). */
export const CONTACT_POINT_REQUIRED = ['nameNl'] as const;
