/**
 * The spreadsheet format of the import (docs/import-format.md): one row per contact with its
 * organisation's columns. Each cell is checked with the rules the mutations use; an empty cell
 * means "not given" (for an existing record: leave it as it is).
 */
import { z } from 'zod';
import { email, LIMITS, languages, line } from '../../../shared/rules/common';
import { contactPointFields } from '../../../shared/rules/contact-point';
import { organisationFields } from '../../../shared/rules/organisation';
import { personFields } from '../../../shared/rules/person';
import { phone, phoneIn } from '../../../shared/rules/phone';
import type { FieldError } from '../errors';
import type { RegionRow } from '../regions/region.repository';
import {
  CONTACT_KINDS,
  COUNTRIES,
  type Country,
  ORGANISATION_TYPES,
  type OrganisationType,
  PRIORITIES,
  type Priority,
  ROLES,
  type Role,
} from '../shared/codes';
import { unguardFormula } from '../shared/csv';
import type { Language } from '../shared/language';
import { fieldErrors } from '../shared/validation';
import type { SheetRecord } from '../shared/xlsx';
import { importMessage } from './import.messages';

export const ORGANISATION_COLUMNS = [
  'organisation_id',
  'organisation',
  'organisation_short_name',
  'organisation_type',
  'country',
  'website',
  'coverage',
  'organisation_roles',
  'organisation_forms',
  'organisation_status',
] as const;

export const CONTACT_COLUMNS = [
  'contact_id',
  'contact_kind',
  'unit',
  'name_nl',
  'name_fr',
  'name_en',
  'first_name',
  'last_name',
  'function',
  'email',
  'phone',
  'hours_nl',
  'hours_fr',
  'hours_en',
  'languages',
  'responsibilities',
  'contact_forms',
  'contact_status',
  'last_verified',
] as const;

/** Every column, in the order exports write them. */
export const COLUMNS = [...ORGANISATION_COLUMNS, ...CONTACT_COLUMNS] as const;
export type Column = (typeof COLUMNS)[number];

/** Written by exports for the reader; an import ignores them (status changes happen in the app). */
export const READ_ONLY_COLUMNS: readonly Column[] = [
  'organisation_status',
  'contact_status',
  'last_verified',
];

const CONTACT_POINT_ONLY: readonly Column[] = [
  'name_nl',
  'name_fr',
  'name_en',
  'hours_nl',
  'hours_fr',
  'hours_en',
];
const PERSON_ONLY: readonly Column[] = ['first_name', 'last_name', 'function'];

const ALIASES: Record<string, Column> = {
  organisation_name: 'organisation',
  organization: 'organisation',
  organization_id: 'organisation_id',
  organization_short_name: 'organisation_short_name',
  organization_type: 'organisation_type',
  organization_roles: 'organisation_roles',
  e_mail: 'email',
  organisation_exploitation_forms: 'organisation_forms',
  organization_forms: 'organisation_forms',
  exploitation_forms: 'contact_forms',
};

export const CONTACT_KIND_OR_PERSON = [...CONTACT_KINDS, 'PERSON'] as const;
export type ContactKindOrPerson = (typeof CONTACT_KIND_OR_PERSON)[number];

export interface OrganisationCells {
  id?: string;
  name?: string;
  shortName?: string;
  type?: OrganisationType;
  country?: Country;
  website?: string;
  /** Region ids, resolved from ids, codes or names. */
  coverage?: string[];
  /** BARRIER:ROLE. */
  roles?: string[];
  /** Codes of the forms of exploitation it handles; null: every form (ALL clears the list). */
  exploitationForms?: string[] | null;
}

export interface ContactCells {
  id?: string;
  kind?: ContactKindOrPerson;
  unit?: string;
  nameNl?: string;
  nameFr?: string;
  nameEn?: string;
  firstName?: string;
  lastName?: string;
  function?: string;
  email?: string;
  phone?: string;
  hoursNl?: string;
  hoursFr?: string;
  hoursEn?: string;
  languages?: string[];
  /** BARRIER:ROLE:PRIORITY. */
  responsibilities?: string[];
  /** Codes of the forms of exploitation it handles; null: every form (ALL clears the list). */
  exploitationForms?: string[] | null;
}

export interface ImportRow {
  line: number;
  organisation: OrganisationCells;
  /** Null for a row that only describes an organisation. */
  contact: ContactCells | null;
  errors: FieldError[];
}

export interface Reference {
  barrierCodes: ReadonlySet<string>;
  /** The codes of the forms of exploitation (reference data). */
  formCodes: readonly string[];
  regions: readonly RegionRow[];
}

export interface Header {
  /** Column of each cell position; null for a column the import does not know. */
  columns: (Column | null)[];
  ignored: string[];
  problems: { code: string; params: Record<string, string | number> }[];
}

/** "E-mail " → "email", "Organisatie_Type" → "organisatie_type": the comparable form of a name. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Maps the header cells to known columns; a file needs an organisation or a contact column. */
export function readHeader(cells: string[]): Header {
  const known = new Set<string>(COLUMNS);
  const seen = new Set<Column>();
  const header: Header = { columns: [], ignored: [], problems: [] };
  for (const cell of cells) {
    const name = normaliseName(cell);
    const column = (known.has(name) ? name : ALIASES[name]) as Column | undefined;
    if (!column) {
      header.columns.push(null);
      if (cell.trim() !== '') header.ignored.push(cell.trim());
      continue;
    }
    if (seen.has(column)) header.problems.push({ code: 'duplicate_column', params: { column } });
    seen.add(column);
    header.columns.push(column);
  }
  if (!seen.has('organisation') && !seen.has('organisation_id') && !seen.has('contact_id')) {
    header.problems.push({ code: 'missing_column', params: { column: 'organisation' } });
  }
  return header;
}

const code = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.enum(values));

// Each cell is checked with the rule its field has everywhere (shared/rules/).
const CELLS = {
  organisation_id: line(LIMITS.id).optional(),
  organisation: organisationFields.name.optional(),
  organisation_short_name: organisationFields.shortName.optional(),
  organisation_type: code(ORGANISATION_TYPES).optional(),
  country: code(COUNTRIES).optional(),
  website: organisationFields.website.optional(),
  contact_id: line(LIMITS.id).optional(),
  contact_kind: code(CONTACT_KIND_OR_PERSON).optional(),
  unit: line(LIMITS.name).optional(),
  name_nl: contactPointFields.nameNl.optional(),
  name_fr: contactPointFields.name.optional(),
  name_en: contactPointFields.name.optional(),
  first_name: personFields.firstName.optional(),
  last_name: personFields.lastName.optional(),
  function: personFields.function.optional(),
  email: email.optional(),
  phone: phone.optional(),
  hours_nl: contactPointFields.hours.optional(),
  hours_fr: contactPointFields.hours.optional(),
  hours_en: contactPointFields.hours.optional(),
  languages: languages.optional(),
} satisfies Record<string, z.ZodType>;

const splitList = (value: string, separators: RegExp) =>
  value
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Reads and checks one record; problems are reported per column in the user's language. */
export function readRow(
  record: SheetRecord,
  header: Header,
  ref: Reference,
  lang: Language,
): ImportRow {
  const raw: Partial<Record<Column, string>> = {};
  const errors: FieldError[] = [];
  const problem = (field: string, code: string, params: Record<string, string | number> = {}) =>
    errors.push({ field, code, message: importMessage(lang, code, params) });

  record.cells.forEach((cell, i) => {
    const column = header.columns[i];
    // A workbook's formula is refused, not computed nor read as text (docs/import-format.md).
    const refused = record.refused?.[i];
    if (refused && column && !READ_ONLY_COLUMNS.includes(column)) {
      problem(column, refused.code, { cell: refused.cell });
      return;
    }
    const value = unguardFormula(cell);
    if (column && !READ_ONLY_COLUMNS.includes(column) && value.trim() !== '') raw[column] = value;
  });
  const extra = record.cells.slice(header.columns.length).filter((c) => c.trim() !== '');
  if (extra.length > 0) {
    problem('row', 'too_many_cells', {
      count: record.cells.length,
      columns: header.columns.length,
    });
  }

  const {
    coverage,
    organisation_roles,
    responsibilities,
    organisation_forms,
    contact_forms,
    languages: langs,
    ...plain
  } = raw;
  const given: Record<string, unknown> = { ...plain };
  if (langs !== undefined) given.languages = splitList(langs.toLowerCase(), /[|,;\s]+/);
  // Each cell on its own, so one bad cell leaves the others readable for the report.
  const cells: { [K in keyof typeof CELLS]?: z.output<(typeof CELLS)[K]> } = {};
  // A phone number without a country code is read as one of the row's country when it names one.
  const country = CELLS.country.safeParse(given.country);
  const rowPhone = country.success && country.data ? phoneIn(country.data).optional() : undefined;
  for (const [column, value] of Object.entries(given)) {
    const schema = column === 'phone' && rowPhone ? rowPhone : CELLS[column as keyof typeof CELLS];
    const result = schema.safeParse(value);
    if (result.success) (cells as Record<string, unknown>)[column] = result.data;
    else {
      for (const e of fieldErrors(result.error, lang)) {
        errors.push({ ...e, field: e.field === 'input' ? column : `${column}.${e.field}` });
      }
    }
  }

  const organisation: OrganisationCells = strip({
    id: cells.organisation_id,
    name: cells.organisation,
    shortName: cells.organisation_short_name,
    type: cells.organisation_type,
    country: cells.country,
    website: cells.website,
    coverage: coverage === undefined ? undefined : readCoverage(coverage, ref, problem),
    roles:
      organisation_roles === undefined
        ? undefined
        : readCodes(organisation_roles, 'organisation_roles', false, ref, problem),
    exploitationForms:
      organisation_forms === undefined
        ? undefined
        : readForms(organisation_forms, 'organisation_forms', ref, problem),
  });
  const contact: ContactCells = strip({
    id: cells.contact_id,
    kind: cells.contact_kind,
    unit: cells.unit,
    nameNl: cells.name_nl,
    nameFr: cells.name_fr,
    nameEn: cells.name_en,
    firstName: cells.first_name,
    lastName: cells.last_name,
    function: cells.function,
    email: cells.email,
    phone: cells.phone,
    hoursNl: cells.hours_nl,
    hoursFr: cells.hours_fr,
    hoursEn: cells.hours_en,
    languages: cells.languages,
    responsibilities:
      responsibilities === undefined
        ? undefined
        : readCodes(responsibilities, 'responsibilities', true, ref, problem),
    exploitationForms:
      contact_forms === undefined
        ? undefined
        : readForms(contact_forms, 'contact_forms', ref, problem),
  });
  // Columns that cannot be read were reported above; say whether the rest fit the kind of contact.
  const kind = contact.kind ?? (contact.id?.startsWith('person-') ? 'PERSON' : undefined);
  if (kind === 'PERSON') {
    for (const column of CONTACT_POINT_ONLY)
      if (raw[column]) problem(column, 'only_contact_points');
  } else if (kind !== undefined) {
    for (const column of PERSON_ONLY) if (raw[column]) problem(column, 'only_persons');
  }
  const hasContact = Object.keys(contact).length > 0 || errors.some((e) => isContactField(e.field));
  return {
    line: record.line,
    organisation,
    contact: hasContact ? contact : null,
    errors,
  };
}

function isContactField(field: string): boolean {
  const column = field.split('.')[0] ?? '';
  return (CONTACT_COLUMNS as readonly string[]).includes(column);
}

type Problem = (field: string, code: string, params?: Record<string, string | number>) => void;

/**
 * `SEXUAL|LABOUR`: the forms of exploitation handled, stored sorted by code; `ALL` (or
 * `*`) says every form and clears the list. Unknown and repeated codes are reported by position.
 */
function readForms(value: string, field: string, ref: Reference, problem: Problem) {
  const items = splitList(value.toUpperCase(), /[|,;]/);
  if (items.length === 1 && (items[0] === 'ALL' || items[0] === '*')) return null;
  const out: string[] = [];
  items.forEach((item, i) => {
    if (!ref.formCodes.includes(item)) {
      problem(`${field}.${i}`, 'unknown_code', { options: [...ref.formCodes, 'ALL'].join(', ') });
    } else if (out.includes(item)) problem(`${field}.${i}`, 'duplicate_value');
    else out.push(item);
  });
  return out.sort();
}

/** `HOUSING:INSPECT:PRIMARY|WORK:SIGNAL:BACKUP` (responsibilities) or `HOUSING:INSPECT` (roles). */
function readCodes(
  value: string,
  field: string,
  withPriority: boolean,
  ref: Reference,
  problem: Problem,
): string[] {
  const out: string[] = [];
  splitList(value.toUpperCase(), /[|,]/).forEach((item, i) => {
    const parts = item.split(':').map((p) => p.trim());
    const [barrier = '', role = '', priority = 'PRIMARY'] = parts;
    const at = `${field}.${i}`;
    if (parts.length < 2 || parts.length > (withPriority ? 3 : 2)) {
      problem(at, 'invalid');
    } else if (!ref.barrierCodes.has(barrier)) {
      problem(at, 'unknown_reference');
    } else if (!ROLES.includes(role as Role)) {
      problem(at, 'unknown_code', { options: ROLES.join(', ') });
    } else if (withPriority && !PRIORITIES.includes(priority as Priority)) {
      problem(at, 'unknown_code', { options: PRIORITIES.join(', ') });
    } else {
      const key = withPriority ? `${barrier}:${role}:${priority}` : `${barrier}:${role}`;
      const same = `${barrier}:${role}:`;
      if (out.some((k) => `${k}:`.startsWith(same))) problem(at, 'duplicate_value');
      else out.push(key);
    }
  });
  return out;
}

/** Region ids from `|`-separated ids, codes (NIS/CBS) or names in any of the three languages. */
function readCoverage(value: string, ref: Reference, problem: Problem): string[] {
  const index = regionIndex(ref.regions);
  const ids: string[] = [];
  splitList(value, /\|/).forEach((item, i) => {
    const matches = index.get(normaliseName(item)) ?? [];
    const exact = matches.filter((r) => r.id === item);
    const found = exact.length > 0 ? exact : matches;
    if (found.length === 0) problem(`coverage.${i}`, 'unknown_reference');
    else if (found.length > 1)
      problem(`coverage.${i}`, 'ambiguous', { options: found.map((r) => r.id).join(', ') });
    else if (found[0] && !ids.includes(found[0].id)) ids.push(found[0].id);
  });
  return ids;
}

const indexes = new WeakMap<readonly RegionRow[], Map<string, RegionRow[]>>();

function regionIndex(regions: readonly RegionRow[]): Map<string, RegionRow[]> {
  const cached = indexes.get(regions);
  if (cached) return cached;
  const index = new Map<string, RegionRow[]>();
  for (const region of regions) {
    const extra = region as RegionRow & { nisCode?: string | null; cbsCode?: string | null };
    const names = [
      region.id,
      region.code,
      extra.nisCode,
      extra.cbsCode,
      region.nameNl,
      region.nameFr,
      region.nameEn,
    ];
    for (const name of new Set(
      names.filter((n): n is string => typeof n === 'string' && n !== ''),
    )) {
      const key = normaliseName(name);
      const list = index.get(key) ?? [];
      if (!list.includes(region)) list.push(region);
      index.set(key, list);
    }
  }
  indexes.set(regions, index);
  return index;
}

/** Drops the keys whose value is undefined, so "not given" is simply absent. */
function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The cells of a row in export order, for rows built from the database. */
export function rowCells(values: Partial<Record<Column, string | null | undefined>>): string[] {
  return COLUMNS.map((column) => values[column] ?? '');
}
