/** A user account's rules: e-mail, name and (when chosen rather than made) a password. */
import { z } from 'zod';
import { email, line, required } from './common';

/** The shortest password a person may choose (a made one is longer). */
export const PASSWORD_MIN_LENGTH = 12;
/** The longest password the server hashes (scrypt input stays bounded). */
export const PASSWORD_MAX_LENGTH = 1024;

export const userFields = {
  email,
  name: line(120, 2),
};

/** The form's check of a chosen password: empty (one is made) or long enough. */
export const chosenPassword = z
  .string()
  .refine((s) => s.trim() === '' || s.trim().length >= PASSWORD_MIN_LENGTH, {
    params: { code: 'too_short_password', min: PASSWORD_MIN_LENGTH },
  });

/** How long a named API token works, in days, unless asked otherwise; and at most. */
export const API_TOKEN_DAYS = { default: 30, max: 365 } as const;

/** A named API token: a name its owner recognises in their list of sessions, and its life. */
export const apiTokenFields = {
  name: line(80),
  days: z.number().refine((n) => Number.isInteger(n) && n >= 1 && n <= API_TOKEN_DAYS.max, {
    params: { code: 'out_of_range', min: 1, max: API_TOKEN_DAYS.max },
  }),
};

/** The form of a new account: name, e-mail (both needed) and an optional chosen password. */
export const newUser = {
  name: required(userFields.name),
  email: required(userFields.email),
  password: chosenPassword,
};
