/**
 * Exports: CSV or .xlsx per entity type (organisations, contact points and persons in the import
 * format, so that an export imports back unchanged; agreements in their own columns) and vCards.
 */
import { notePersonRead } from '../auth/personal-data';
import type { Context } from '../context';
import { NotFoundError, UserError } from '../errors';
import { COLUMNS, type Column, rowCells } from '../import/import-format';
import type {
  ExportAgreementRow,
  ExportContactRow,
  ExportOrganisationRow,
  TransferRepository,
} from '../import/transfer.repository';
import { loadAll } from '../repositories';
import { type Separator, toCsv } from '../shared/csv';
import { type Language, pick } from '../shared/language';
import { toXlsx } from '../shared/xlsx';
import { type VcardContact, vcard } from './vcard';

export type ExportEntity = 'ORGANISATIONS' | 'CONTACT_POINTS' | 'PERSONS' | 'AGREEMENTS';

const list = (values: readonly string[] | null | undefined) => (values ?? []).join('|');
const sortedList = (values: readonly string[] | null | undefined) =>
  list([...(values ?? [])].sort());

function organisationCells(
  o: ExportOrganisationRow | undefined,
): Partial<Record<Column, string | null>> {
  if (!o) return {};
  return {
    organisation_id: o.id,
    organisation: o.name,
    organisation_short_name: o.shortName,
    organisation_type: o.type,
    country: o.country,
    website: o.website,
    coverage: sortedList(o.coverage),
    organisation_roles: sortedList(o.roles),
    organisation_forms: list(o.exploitationForms),
    organisation_status: o.status,
  };
}

function contactCells(
  c: ExportContactRow,
  person: boolean,
): Partial<Record<Column, string | null>> {
  return {
    contact_id: c.id,
    contact_kind: person ? 'PERSON' : (c.kind ?? null),
    unit: c.unitId,
    name_nl: c.nameNl,
    name_fr: c.nameFr,
    name_en: c.nameEn,
    first_name: c.firstName,
    last_name: c.lastName,
    function: c.function,
    email: c.email,
    phone: c.phone,
    hours_nl: c.hoursNl,
    hours_fr: c.hoursFr,
    hours_en: c.hoursEn,
    languages: list(c.languages),
    responsibilities: sortedList(c.responsibilities),
    contact_forms: list(c.exploitationForms),
    contact_status: c.status,
    last_verified: c.lastVerifiedAt,
  };
}

const AGREEMENT_COLUMNS = [
  'agreement_id',
  'from_organisation_id',
  'from_organisation',
  'to_organisation_id',
  'to_organisation',
  'data_categories',
  'legal_bases',
  'cross_border',
  'mutual',
  'conditions_nl',
  'conditions_fr',
  'conditions_en',
  'status',
  'valid_from',
  'valid_until',
];

function agreementCells(a: ExportAgreementRow): string[] {
  const flag = (b: boolean | null) => (b === null ? '' : b ? 'true' : 'false');
  return [
    a.id,
    a.fromId,
    a.fromName,
    a.toId,
    a.toName,
    list(a.dataCategories),
    sortedList(a.legalBases),
    flag(a.crossBorder),
    flag(a.mutual),
    a.conditionsNl ?? '',
    a.conditionsFr ?? '',
    a.conditionsEn ?? '',
    a.status ?? '',
    a.validFrom ?? '',
    a.validUntil ?? '',
  ];
}

export interface ExportFilter {
  keepPersons?: ((ids: string[]) => Promise<Set<string>>) | null;
  organisationId?: string | null;
}

/**
 * The rows (header first) of one entity type, with the number of persons in them. Persons only
 * for callers allowed bulk access (checked by the caller); `keepPersons` narrows them to a
 * coordinator's scope, `organisationId` narrows any type to what belongs to one organisation.
 */
export async function exportRows(
  repo: TransferRepository,
  entity: ExportEntity,
  filter: ExportFilter = {},
): Promise<{ rows: string[][]; persons: number }> {
  const only = filter.organisationId ?? null;
  if (entity === 'AGREEMENTS') {
    const rows = (await repo.exportAgreements()).filter(
      (a) => only === null || a.fromId === only || a.toId === only,
    );
    return { rows: [AGREEMENT_COLUMNS, ...rows.map(agreementCells)], persons: 0 };
  }
  const all = await repo.exportOrganisations();
  const organisations = only === null ? all : all.filter((o) => o.id === only);
  if (entity === 'ORGANISATIONS') {
    return {
      rows: [[...COLUMNS], ...organisations.map((o) => rowCells(organisationCells(o)))],
      persons: 0,
    };
  }
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const person = entity === 'PERSONS';
  let contacts = await repo.exportContacts(person ? 'persons' : 'points');
  if (only !== null) contacts = contacts.filter((c) => c.organisationId === only);
  if (person && filter.keepPersons) {
    const kept = await filter.keepPersons(contacts.map((c) => c.id));
    contacts = contacts.filter((c) => kept.has(c.id));
  }
  const rows = contacts.map((c) =>
    rowCells({
      ...organisationCells(c.organisationId ? byId.get(c.organisationId) : undefined),
      ...contactCells(c, person),
    }),
  );
  return { rows: [[...COLUMNS], ...rows], persons: person ? rows.length : 0 };
}

/** The CSV of one entity type (see exportRows), formula-like cells guarded. */
export async function exportCsv(
  repo: TransferRepository,
  entity: ExportEntity,
  separator: Separator,
  filter: ExportFilter = {},
): Promise<{ text: string; persons: number }> {
  const { rows, persons } = await exportRows(repo, entity, filter);
  return { text: toCsv(rows, separator), persons };
}

const SHEET_NAMES: Record<ExportEntity, string> = {
  ORGANISATIONS: 'organisations',
  CONTACT_POINTS: 'contact-points',
  PERSONS: 'persons',
  AGREEMENTS: 'agreements',
};

/** The .xlsx workbook of one entity type (see exportRows): the same columns, every cell text. */
export async function exportXlsx(
  repo: TransferRepository,
  entity: ExportEntity,
  filter: ExportFilter = {},
): Promise<{ bytes: Buffer; persons: number }> {
  const { rows, persons } = await exportRows(repo, entity, filter);
  return { bytes: await toXlsx(rows, SHEET_NAMES[entity]), persons };
}

const NOTE: Record<Language, { hours: string; contactFor: string; rank: string }> = {
  NL: { hours: 'Bereikbaar', contactFor: 'Aanspreekpunt voor', rank: 'Wie te bellen' },
  FR: { hours: 'Joignable', contactFor: 'Contact pour', rank: 'Qui appeler' },
  EN: { hours: 'Available', contactFor: 'Contact for', rank: 'Who to call' },
};

/** The vCard data of a contact, read through the request's loaders (persons: signed in only). */
export async function vcardContact(
  ctx: Context,
  id: string,
  lang: Language,
  extraNote: string | null = null,
): Promise<VcardContact> {
  const person = id.startsWith('person-');
  if (person && ctx.viewer === null) {
    throw new UserError('UNAUTHENTICATED', 'Sign in to see contact persons');
  }
  if (person) await notePersonRead(ctx, id);
  const row = person ? await ctx.loaders.person.load(id) : await ctx.loaders.contactPoint.load(id);
  if (!row) throw new NotFoundError('contact', id);
  const [organisation, unit] = await Promise.all([
    row.organisationId ? ctx.loaders.organisation.load(row.organisationId) : null,
    row.unitId ? ctx.loaders.unit.load(row.unitId) : null,
  ]);
  const barriers = await loadAll(
    ctx.loaders.barrierByCode,
    row.responsibilities.map((r) => r.barrierCode),
  );
  const names = new Map(barriers.map((b) => [b.code, pick(b, 'name', lang) ?? b.code]));
  const words = NOTE[lang];
  const hours = 'firstName' in row ? null : pick(row, 'hours', lang);
  const duties = row.responsibilities.map(
    (r) => `${names.get(r.barrierCode) ?? r.barrierCode} – ${r.role ?? ''} (${r.priority ?? ''})`,
  );
  const note = [
    extraNote,
    hours ? `${words.hours}: ${hours}` : null,
    duties.length ? `${words.contactFor}: ${duties.join('; ')}` : null,
  ].filter((x): x is string => x !== null);
  const isPerson = 'firstName' in row;
  return {
    id: row.id,
    firstName: isPerson ? row.firstName : null,
    lastName: isPerson ? row.lastName : null,
    displayName: isPerson
      ? `${row.firstName} ${row.lastName}`
      : (pick(row, 'name', lang) ?? row.id),
    organisation: organisation?.name ?? null,
    unit: unit ? pick(unit, 'name', lang) : null,
    title: isPerson ? row.function : null,
    email: row.email,
    phone: row.phone,
    note: note.length ? note.join('\n') : null,
    verifiedAt: row.lastVerifiedAt,
  };
}

/** One file with the vCards of several contacts (each with its own note line, e.g. its rank). */
export async function vcards(
  ctx: Context,
  contacts: { id: string; note: string | null }[],
  lang: Language,
): Promise<string> {
  const cards = await Promise.all(contacts.map((c) => vcardContact(ctx, c.id, lang, c.note)));
  return cards.map(vcard).join('');
}

export function rankNote(lang: Language, rank: number, organisation: string, priority: string) {
  return `${NOTE[lang].rank}: ${rank}. ${organisation} (${priority})`;
}
