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

/** The form of a new account: name, e-mail (both needed) and an optional chosen password. */
export const newUser = {
  name: required(userFields.name),
  email: required(userFields.email),
  password: chosenPassword,
};
