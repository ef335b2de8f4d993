/**
 * Phone numbers as people write them ("089 12 34 56", "06 12345678", "+31 20 123 4567"), stored
 * as E.164 ("+3289123456"). Parsing and validation are libphonenumber-js with its full ("max")
 * metadata: the smaller default metadata checks lengths only, and would take the Dutch mobile
 * "06 12345678" for a Belgian number (+32 612345678). A number without a country code is read as
 * a number of the organisation's country when that is known, then as Belgian, then as Dutch.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import type { Country } from '../codes';

/** The countries a number without a country code is tried in when nothing else is known. */
export const PHONE_COUNTRIES: readonly Country[] = ['BE', 'NL'];

/** The countries to try, the organisation's own first. */
function countriesFor(country?: Country | null): Country[] {
  return [...new Set([...(country ? [country] : []), ...PHONE_COUNTRIES])];
}

/** A phone number as stored (E.164), or null when it is not a valid number. */
export function toE164(raw: string, country?: Country | null): string | null {
  // Spaces, dots, dashes, slashes and brackets only group the digits.
  const text = raw.replace(/[\s.\-()/]/g, '');
  if (!/^\+?\d+$/.test(text) || text.length > 20) return null;
  for (const defaultCountry of countriesFor(country)) {
    const parsed = parsePhoneNumberFromString(text, { defaultCountry, extract: false });
    if (parsed?.isValid()) return parsed.number;
    // A number with its country code does not depend on the default: one try is enough.
    if (text.startsWith('+') || text.startsWith('00')) return null;
  }
  return null;
}

/** The phone rule, reading numbers without a country code as numbers of `country` first. */
export const phoneIn = (country?: Country | null) =>
  z.string().transform((raw, ctx) => {
    const e164 = toE164(raw, country);
    if (e164 === null) {
      ctx.addIssue({ code: 'custom', params: { code: 'invalid_phone' }, input: raw });
      return z.NEVER;
    }
    return e164;
  });

/** The phone rule when the organisation's country is not known (Belgian, then Dutch). */
export const phone = phoneIn();
