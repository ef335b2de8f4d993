/**
 * The rules of the geography's maintenance (regions: municipalities up to provinces): a region's
 * names and official code, and a merger's date. Checks against the database (unknown parent, a
 * cycle, a duplicate code, a merger into itself) are the server's (server/src/regions/).
 */
import { z } from 'zod';
import { isoDate, problem, translatedName } from './common';

/** An official code as Statbel, CBS or the seed write it: 71016, GM0855, PV30, BE-VLI, PZ_CARMA. */
export const REGION_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

export const regionCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(1, { abort: true })
      .refine((s) => REGION_CODE_PATTERN.test(s), problem('invalid_region_code')),
  );

/** A new region's names (Dutch required) and code. */
export const regionCreate = z.object({ ...translatedName(), code: regionCode });

/** A change to a region's names or code: only the fields given. */
export const regionPatch = regionCreate.partial();

/** The day a merger or archiving takes effect: the first day the former regions are no longer in force. */
export const regionSince = z.object({ since: isoDate });
