/**
 * The edit forms' fields per kind of record: how stored properties become form values, which
 * rules apply (the server's own, from shared/rules/), and how changed fields become the API's
 * patch. Pure functions.
 */

import { z } from 'zod';
import {
  agreementChoices,
  agreementDetails,
  agreementParties,
} from '../../../../../shared/rules/agreement';
import {
  chooseOne,
  email,
  LANGUAGE_CODES,
  LANGUAGE_SUFFIXES,
  optional,
} from '../../../../../shared/rules/common';
import { contactPointDetails } from '../../../../../shared/rules/contact-point';
import { referenceTexts } from '../../../../../shared/rules/measure';
import { organisationDetails } from '../../../../../shared/rules/organisation';
import { personDetails, tieDetails, tieEnd, tieMove } from '../../../../../shared/rules/person';
import { phone } from '../../../../../shared/rules/phone';
import { regionCode, regionCreate } from '../../../../../shared/rules/region';
import { unitDetails } from '../../../../../shared/rules/unit';
import { newUser } from '../../../../../shared/rules/user';
import { formatPhone } from '../../../utils/phone';
import type { Values } from './conflict';
import type { Check } from './validation';
import { toE164 } from './validation';

export { LANGUAGE_SUFFIXES };
export const CONTACT_LANGUAGES = LANGUAGE_CODES;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** A list that is sent only when it holds something (a new record: none means every form). */
const someOf = (value: unknown): string[] | undefined => {
  const items = list(value);
  return items.length > 0 ? items : undefined;
};

/** The changed languages of a translated text, e.g. description → { nl: '…' }; '' clears one. */
export function translated(
  values: Values,
  prefix: string,
  changed: readonly string[],
): Record<string, string> | undefined {
  const text: Record<string, string> = {};
  for (const suffix of LANGUAGE_SUFFIXES) {
    const field = `${prefix}${suffix}`;
    if (changed.includes(field)) text[suffix.toLowerCase()] = str(values[field]).trim();
  }
  return Object.keys(text).length ? text : undefined;
}

/** The given fields of a translated text that are filled in, for a new record. */
function allTranslated(values: Values, prefix: string): Record<string, string> | undefined {
  return translated(
    values,
    prefix,
    LANGUAGE_SUFFIXES.map((s) => `${prefix}${s}`).filter((f) => str(values[f]).trim() !== ''),
  );
}

const trimmed = (values: Values, fields: readonly string[]): Values =>
  Object.fromEntries(
    fields.map((f) => [
      f,
      typeof values[f] === 'string' ? (values[f] as string).trim() : values[f],
    ]),
  );

/** A plain field of a patch: the trimmed text ('' clears an optional one). */
function plain(values: Values, fields: readonly string[], changed: readonly string[]) {
  return Object.fromEntries(
    fields
      .filter((f) => changed.includes(f))
      .map((f) => [f, typeof values[f] === 'string' ? (values[f] as string).trim() : values[f]]),
  );
}

// ------------------------------------------------------------------------------- organisations

export const ORGANISATION_FIELDS = [
  'name',
  'shortName',
  'type',
  'country',
  'website',
  'descriptionNl',
  'descriptionFr',
  'descriptionEn',
  'exploitationForms',
] as const;

export const ORGANISATION_CHECKS: Record<string, Check> = organisationDetails.shape;

/** A coordinator's new organisation covers at least one region of theirs. */
export const COVERAGE_CHECKS: Record<string, Check> = { coverage: chooseOne };

export function organisationValues(stored: Values): Values {
  return Object.fromEntries(
    ORGANISATION_FIELDS.map((f) => [
      f,
      f === 'exploitationForms' ? list(stored[f]) : str(stored[f]),
    ]),
  );
}

export function organisationPatch(values: Values, changed: readonly string[]) {
  const description = translated(values, 'description', changed);
  return {
    ...plain(
      values,
      ['name', 'shortName', 'type', 'country', 'website', 'exploitationForms'],
      changed,
    ),
    ...(description ? { description } : {}),
  };
}

export function organisationInput(values: Values, coverage: string[]) {
  const v = trimmed(values, ORGANISATION_FIELDS);
  return {
    name: v.name,
    shortName: v.shortName || undefined,
    type: v.type,
    country: v.country,
    website: v.website || undefined,
    description: allTranslated(values, 'description'),
    coverage,
    exploitationForms: someOf(values.exploitationForms),
  };
}

// ------------------------------------------------------------------------------- units

export const UNIT_FIELDS = [
  'nameNl',
  'nameFr',
  'nameEn',
  'descriptionNl',
  'descriptionFr',
  'descriptionEn',
] as const;

export const UNIT_CHECKS: Record<string, Check> = unitDetails.shape;

export function unitValues(stored: Values): Values {
  return Object.fromEntries(UNIT_FIELDS.map((f) => [f, str(stored[f])]));
}

export function unitArguments(values: Values, changed: readonly string[]) {
  return {
    name: translated(values, 'name', changed),
    description: translated(values, 'description', changed),
  };
}

export function newUnitArguments(values: Values) {
  return {
    name: allTranslated(values, 'name') ?? { nl: '' },
    description: allTranslated(values, 'description'),
  };
}

// -------------------------------------------------------------------------------- regions

export const REGION_FIELDS = ['nameNl', 'nameFr', 'nameEn', 'code'] as const;

/** Its names as a new region's; a code only when one is given (some regions have none). */
export const REGION_CHECKS: Record<string, Check> = {
  nameNl: regionCreate.shape.nameNl,
  nameFr: regionCreate.shape.nameFr,
  nameEn: regionCreate.shape.nameEn,
  code: (values) => (str(values.code).trim() === '' ? z.literal('') : regionCode),
};

export function regionValues(stored: Values): Values {
  return Object.fromEntries(REGION_FIELDS.map((f) => [f, str(stored[f])]));
}

/** A new region's code is required (the API's rule); its names as for an edit. */
export const NEW_REGION_CHECKS: Record<string, Check> = { ...REGION_CHECKS, code: regionCode };

export function newRegionArguments(values: Values) {
  return {
    name: allTranslated(values, 'name') ?? { nl: '' },
    code: str(values.code).trim(),
  };
}

export function regionArguments(values: Values, changed: readonly string[]) {
  return {
    name: translated(values, 'name', changed),
    code: changed.includes('code') ? str(values.code).trim() : undefined,
  };
}

// ------------------------------------------------------------------------------- contacts

/** How a contact is reached (a staff member's report of a change, too). */
export const REACH_CHECKS: Record<string, Check> = {
  email: optional(email),
  phone: optional(phone),
};

export const CONTACT_POINT_FIELDS = [
  'kind',
  'nameNl',
  'nameFr',
  'nameEn',
  'email',
  'phone',
  'hoursNl',
  'hoursFr',
  'hoursEn',
  'languages',
  'exploitationForms',
] as const;

export const CONTACT_POINT_CHECKS: Record<string, Check> = contactPointDetails.shape;

export const PERSON_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'languages',
  'exploitationForms',
] as const;

export const PERSON_CHECKS: Record<string, Check> = personDetails.shape;

/** The tie of a new person: function and start date. */
export const TIE_CHECKS: Record<string, Check> = tieDetails.shape;

/** A tie that ends: its last day, not before its first (`since`). */
export const TIE_END_CHECKS: Record<string, Check> = {
  end: (values) => tieEnd(typeof values.since === 'string' ? values.since : null),
};

/** A move to another workplace. */
export const TIE_MOVE_CHECKS: Record<string, Check> = tieMove;

/** A contact's stored fields as form values; the phone as people write it. */
export function contactValues(stored: Values, fields: readonly string[]): Values {
  return Object.fromEntries(
    fields.map((f) => [
      f,
      f === 'languages' || f === 'exploitationForms'
        ? list(stored[f])
        : f === 'phone'
          ? formatPhone(str(stored[f]))
          : str(stored[f]),
    ]),
  );
}

/** What the server normalises, as the form shows it: e-mail in lower case, the phone formatted. */
export function normaliseReach(values: Values): Values {
  const phone = str(values.phone).trim();
  return {
    ...values,
    email: str(values.email).trim().toLowerCase(),
    phone: phone ? formatPhone(toE164(phone) ?? phone) : '',
  };
}

export function contactPointPatch(values: Values, changed: readonly string[]) {
  const name = translated(values, 'name', changed);
  const hours = translated(values, 'hours', changed);
  return {
    ...plain(values, ['kind', 'email', 'phone', 'languages', 'exploitationForms'], changed),
    ...(name ? { name } : {}),
    ...(hours ? { hours } : {}),
  };
}

export function contactPointInput(values: Values, ownerId: string) {
  return {
    ownerId,
    kind: values.kind,
    name: allTranslated(values, 'name') ?? { nl: '' },
    hours: allTranslated(values, 'hours'),
    email: str(values.email).trim() || undefined,
    phone: str(values.phone).trim() || undefined,
    languages: list(values.languages),
    exploitationForms: someOf(values.exploitationForms),
  };
}

export function personPatch(values: Values, changed: readonly string[]) {
  return plain(values, PERSON_FIELDS, changed);
}

export function personInput(values: Values, workplaceId: string) {
  return {
    workplaceId,
    firstName: str(values.firstName).trim(),
    lastName: str(values.lastName).trim(),
    email: str(values.email).trim() || undefined,
    phone: str(values.phone).trim() || undefined,
    languages: list(values.languages),
    exploitationForms: someOf(values.exploitationForms),
    function: str(values.function).trim() || undefined,
    from: str(values.from) || undefined,
  };
}

// ------------------------------------------------------------------------------- agreements

export const AGREEMENT_FIELDS = [
  'mutual',
  'dataCategories',
  'conditionsNl',
  'conditionsFr',
  'conditionsEn',
] as const;

export const AGREEMENT_CHECKS: Record<string, Check> = {
  ...agreementChoices,
  ...agreementDetails.shape,
};

/** A new agreement's other party and legal bases. */
export const AGREEMENT_PARTY_CHECKS: Record<string, Check> = agreementParties;

export function agreementValues(stored: Values): Values {
  return {
    mutual: stored.mutual === true,
    dataCategories: list(stored.dataCategories),
    conditionsNl: str(stored.conditionsNl),
    conditionsFr: str(stored.conditionsFr),
    conditionsEn: str(stored.conditionsEn),
  };
}

export function agreementPatch(values: Values, changed: readonly string[]) {
  const conditions = translated(values, 'conditions', changed);
  return {
    ...plain(values, ['mutual', 'dataCategories'], changed),
    ...(conditions ? { conditions } : {}),
  };
}

// ------------------------------------------------------------------------------- measures

export const MEASURE_FIELDS = [
  'nameNl',
  'nameFr',
  'nameEn',
  'descriptionNl',
  'descriptionFr',
  'descriptionEn',
] as const;

export const MEASURE_CHECKS: Record<string, Check> = referenceTexts.shape;

// ------------------------------------------------------------------------------- users

export const NEW_USER_CHECKS: Record<string, Check> = newUser;

export function measureValues(stored: Values): Values {
  return Object.fromEntries(MEASURE_FIELDS.map((f) => [f, str(stored[f])]));
}

export function measurePatch(values: Values, changed: readonly string[]) {
  const name = translated(values, 'name', changed);
  const description = translated(values, 'description', changed);
  return { ...(name ? { name } : {}), ...(description ? { description } : {}) };
}

/** The values as the server stores them: texts trimmed. */
export function trimAll(values: Values): Values {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
  );
}
