/** An organisation's rules: its name, short name, website and description. */
import { z } from 'zod';
import { LIMITS, line, optional, text, translated, url } from './common';

/** Each field's rule on its own (the CSV import checks cell by cell). */
export const organisationFields = {
  name: line(LIMITS.name, LIMITS.nameMin),
  shortName: line(LIMITS.shortName),
  website: url,
  description: text(LIMITS.description),
};

/** A new organisation's details (type, country and coverage are checked by the schema's enums). */
export const organisationDetails = z.object({
  name: organisationFields.name,
  shortName: optional(organisationFields.shortName),
  website: optional(organisationFields.website),
  ...translated('description', organisationFields.description),
});

/** A change to an organisation's details: only the fields given. */
export const organisationPatch = organisationDetails.partial();

/** What a new organisation needs besides its name. */
export const ORGANISATION_REQUIRED = ['type', 'country'] as const;
