/** A person's rules: their names, how they are reached, and their tie to a workplace. */
import { z } from 'zod';
import type { Country } from '../codes';
import { dateNotBefore, isoDate, LIMITS, line, optional, required } from './common';
import { reachIn } from './contact-point';

/** Each field's rule on its own (the CSV import checks cell by cell). */
export const personFields = {
  firstName: line(80),
  lastName: line(80),
  function: line(LIMITS.label),
};

/** A person's details, their phone read as a number of their workplace's `country` first. */
export const personDetailsIn = (country?: Country | null) =>
  z.object({
    firstName: personFields.firstName,
    lastName: personFields.lastName,
    ...reachIn(country),
  });

export const personDetails = personDetailsIn();

export const personPatch = personDetails.partial();

/** A tie to a workplace: the function and the first day. */
export const tieDetails = z.object({
  function: optional(personFields.function),
  from: optional(isoDate),
});

/** The last day of a tie that began on `since`. */
export const tieEnd = (since: string | null | undefined) => required(dateNotBefore(since));

/** A move to another workplace: where, in what function, from which day. */
export const tieMove = {
  workplaceId: required(line(LIMITS.name)),
  function: optional(personFields.function),
  from: required(isoDate),
};

/** What a new person needs (the import's columns: first_name, last_name). */
export const PERSON_REQUIRED = ['firstName', 'lastName'] as const;
