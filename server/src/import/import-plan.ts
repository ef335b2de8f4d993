/**
 * Decides, row by row, what an import does: CREATE, UPDATE, UNCHANGED or REJECT (with reasons),
 * and the writes that carry it out. Pure: it works on a snapshot of the database and remembers
 * across rows (and batches) what earlier rows of the same file did, so a dry run and a commit in
 * batches reach the same verdicts.
 */
import { CONTACT_POINT_REQUIRED } from '../../../shared/rules/contact-point';
import { ORGANISATION_REQUIRED } from '../../../shared/rules/organisation';
import { PERSON_REQUIRED } from '../../../shared/rules/person';
import type { Change } from '../audit/audit.repository';
import type { FieldError } from '../errors';
import { idFor, randomId } from '../shared/ids';
import type { Language } from '../shared/language';
import { importMessage } from './import.messages';
import type { ContactCells, ImportRow } from './import-format';

export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'REJECT';

export interface OrganisationState {
  id: string;
  name: string;
  shortName: string | null;
  type: string | null;
  country: string | null;
  website: string | null;
  /** Region ids, sorted. */
  coverage: string[];
  /** BARRIER:ROLE, sorted. */
  roles: string[];
  units: { id: string; nameNl: string | null }[];
  exploitationForms?: string[] | null;
}

export interface ContactState {
  id: string;
  label: 'ContactPoint' | 'Person';
  kind: string | null;
  nameNl: string | null;
  nameFr: string | null;
  nameEn: string | null;
  hoursNl: string | null;
  hoursFr: string | null;
  hoursEn: string | null;
  firstName: string | null;
  lastName: string | null;
  function: string | null;
  email: string | null;
  phone: string | null;
  languages: string[] | null;
  organisationId: string | null;
  unitId: string | null;
  /** BARRIER:ROLE:PRIORITY, sorted. */
  responsibilities: string[];
  exploitationForms?: string[] | null;
}

export interface Snapshot {
  organisations: OrganisationState[];
  contacts: ContactState[];
}

/**
 * What a coordinator may touch; null for an administrator (everything). The rules of
 * server/src/auth/permissions.ts, row by row: records in scope; links (coverage, a person's tie)
 * added or removed only with both ends in scope; the name, type and country of an organisation
 * that also serves regions outside the scope only by an administrator.
 */
export interface ScopeCheck {
  /** Existing organisations and contacts (of this batch, and the contacts' workplaces) outside the scope. */
  outside: ReadonlySet<string>;
  /** Regions outside the scope (named by the rows or covered by the batch's organisations). */
  regionsOutside: ReadonlySet<string>;
  /** Organisations (of this batch) that also cover regions outside the scope, with those regions. */
  servesOutside: ReadonlyMap<string, string[]>;
}

/** What earlier rows of the same file did; carried from batch to batch. */
export interface ImportMemory {
  /**
   * Organisations named by an earlier accepted row: the state after it, and the first line that
   * gave any of its values (null while rows only named it).
   */
  organisations: Map<string, { line: number | null; state: OrganisationState }>;
  /** Lower-case name → id of organisations created by earlier rows. */
  createdOrganisations: Map<string, string>;
  /** Contact id → the line that created or changed it. */
  contactIds: Map<string, number>;
  /** Organisation + kind + e-mail, and organisation + kind + name → the line that named it. */
  contactKeys: Map<string, number>;
  /** Lower-case name → the first line that would have created that organisation but was refused. */
  refusedOrganisations: Map<string, number>;
}

export function newMemory(): ImportMemory {
  return {
    organisations: new Map(),
    createdOrganisations: new Map(),
    contactIds: new Map(),
    contactKeys: new Map(),
    refusedOrganisations: new Map(),
  };
}

export function copyMemory(m: ImportMemory): ImportMemory {
  return {
    organisations: new Map(m.organisations),
    createdOrganisations: new Map(m.createdOrganisations),
    contactIds: new Map(m.contactIds),
    contactKeys: new Map(m.contactKeys),
    refusedOrganisations: new Map(m.refusedOrganisations),
  };
}

export type Write =
  | {
      op: 'createOrganisation';
      id: string;
      props: Record<string, unknown>;
      coverage: string[];
      roles: { barrier: string; role: string }[];
    }
  | {
      op: 'updateOrganisation';
      id: string;
      props: Record<string, unknown>;
      coverage: string[] | null;
      roles: { barrier: string; role: string }[] | null;
      changes: Change[];
    }
  | {
      op: 'createContact';
      id: string;
      label: 'ContactPoint' | 'Person';
      ownerId: string;
      props: Record<string, unknown>;
      function: string | null;
      responsibilities: { barrier: string; role: string; priority: string }[];
    }
  | {
      op: 'updateContact';
      id: string;
      label: 'ContactPoint' | 'Person';
      props: Record<string, unknown>;
      function: string | null | undefined;
      responsibilities: { barrier: string; role: string; priority: string }[] | null;
      changes: Change[];
    };

export interface RowReport {
  line: number;
  action: ImportAction;
  organisationAction: ImportAction | null;
  organisationId: string | null;
  organisationName: string | null;
  contactAction: ImportAction | null;
  contactId: string | null;
  contactName: string | null;
  /** Column, value before and after (as text). */
  changes: { field: string; from: string | null; to: string | null }[];
  errors: FieldError[];
}

export interface RowPlan {
  report: RowReport;
  writes: Write[];
}

const lower = (s: string) => s.toLowerCase();
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sorted = (list: readonly string[]) => [...list].sort();
const asText = (v: unknown): string | null =>
  v === null || v === undefined ? null : Array.isArray(v) ? v.join('|') : String(v);

const ORGANISATION_FIELDS = [
  ['name', 'organisation'],
  ['shortName', 'organisation_short_name'],
  ['type', 'organisation_type'],
  ['country', 'country'],
  ['website', 'website'],
  ['exploitationForms', 'organisation_forms'],
] as const;

const POINT_FIELDS = [
  ['kind', 'contact_kind'],
  ['nameNl', 'name_nl'],
  ['nameFr', 'name_fr'],
  ['nameEn', 'name_en'],
  ['hoursNl', 'hours_nl'],
  ['hoursFr', 'hours_fr'],
  ['hoursEn', 'hours_en'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['languages', 'languages'],
  ['exploitationForms', 'contact_forms'],
] as const;

const PERSON_FIELDS = [
  ['firstName', 'first_name'],
  ['lastName', 'last_name'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['languages', 'languages'],
  ['exploitationForms', 'contact_forms'],
] as const;

/** The column of a field, e.g. 'organisation_type' for 'type'. */
function columnOf(fields: readonly (readonly [string, string])[], field: string): string {
  return fields.find(([prop]) => prop === field)?.[1] ?? field;
}

/** Plans rows against one snapshot; `memory` is updated with every accepted row. */
export class ImportPlanner {
  private readonly organisationsById = new Map<string, OrganisationState>();
  private readonly organisationsByName = new Map<string, OrganisationState[]>();
  private readonly contactsById = new Map<string, ContactState>();
  private readonly contactsByOrganisation = new Map<string, ContactState[]>();

  constructor(
    snapshot: Snapshot,
    private readonly memory: ImportMemory,
    private readonly scope: ScopeCheck | null,
    private readonly lang: Language,
    /** A workbook's rows are named "row 3" in messages, a CSV file's "line 3". */
    private readonly format: 'CSV' | 'XLSX' = 'CSV',
  ) {
    for (const o of snapshot.organisations) {
      this.organisationsById.set(o.id, o);
      const list = this.organisationsByName.get(lower(o.name)) ?? [];
      list.push(o);
      this.organisationsByName.set(lower(o.name), list);
    }
    for (const c of snapshot.contacts) {
      this.contactsById.set(c.id, c);
      if (!c.organisationId) continue;
      const list = this.contactsByOrganisation.get(c.organisationId) ?? [];
      list.push(c);
      this.contactsByOrganisation.set(c.organisationId, list);
    }
  }

  plan(row: ImportRow): RowPlan {
    const errors: FieldError[] = [...row.errors];
    const problem = (field: string, code: string, params: Record<string, string | number> = {}) => {
      // A cell already refused (unreadable, a formula) is not also reported as missing.
      if (code === 'required' && errors.some((e) => e.field === field)) return;
      const where = this.format === 'XLSX' ? { ...params, sheet: 1 } : params;
      errors.push({ field, code, message: importMessage(this.lang, code, where) });
    };
    const report: RowReport = {
      line: row.line,
      action: 'UNCHANGED',
      organisationAction: null,
      organisationId: null,
      organisationName: row.organisation.name ?? null,
      contactAction: null,
      contactId: null,
      contactName: row.contact ? contactName(row.contact) : null,
      changes: [],
      errors,
    };
    const writes: Write[] = [];
    const existingContact = row.contact?.id ? this.contact(row.contact.id) : null;
    if (row.contact?.id && !existingContact) problem('contact_id', 'unknown_reference');

    const org = this.planOrganisation(row, existingContact, problem, report, writes);
    if (row.contact) this.planContact(row.contact, existingContact, org, problem, report, writes);

    if (errors.length > 0) {
      // A refused row that would have created its organisation: later rows naming it are told why.
      if (report.organisationAction === 'CREATE' && row.organisation.name) {
        const key = lower(row.organisation.name);
        if (!this.memory.refusedOrganisations.has(key))
          this.memory.refusedOrganisations.set(key, row.line);
      }
      const rejected = { ...report, action: 'REJECT' as const, changes: [] };
      return { report: { ...rejected, organisationAction: null, contactAction: null }, writes: [] };
    }
    const actions = [report.organisationAction, report.contactAction];
    report.action = actions.includes('CREATE')
      ? 'CREATE'
      : actions.includes('UPDATE')
        ? 'UPDATE'
        : 'UNCHANGED';
    this.remember(row, org, report, writes);
    return { report, writes };
  }

  private organisation(id: string): OrganisationState | null {
    return this.memory.organisations.get(id)?.state ?? this.organisationsById.get(id) ?? null;
  }

  private contact(id: string): ContactState | null {
    return this.contactsById.get(id) ?? null;
  }

  /** Finds (or plans) the row's organisation; null when the row has none it can use. */
  private planOrganisation(
    row: ImportRow,
    existingContact: ContactState | null,
    problem: Problem,
    report: RowReport,
    writes: Write[],
  ): { state: OrganisationState; created: boolean } | null {
    const cells = row.organisation;
    let state: OrganisationState | null = null;
    if (cells.id) {
      state = this.organisation(cells.id);
      if (!state) {
        problem('organisation_id', 'unknown_reference');
        return null;
      }
    } else if (cells.name) {
      const key = lower(cells.name);
      const createdId = this.memory.createdOrganisations.get(key);
      // As earlier rows of the file left it (the memory), else as the snapshot has it.
      const found = (
        createdId ? [createdId] : (this.organisationsByName.get(key) ?? []).map((o) => o.id)
      )
        .map((id) => this.organisation(id))
        .filter((o): o is OrganisationState => o !== null);
      if (found.length > 1) {
        problem('organisation', 'ambiguous', { options: found.map((o) => o.id).join(', ') });
        return null;
      }
      state = found[0] ?? null;
    } else if (existingContact?.organisationId) {
      state = this.organisation(existingContact.organisationId);
    } else if (!existingContact) {
      problem('organisation', 'required');
      return null;
    }
    if (!state && !cells.name) return null;

    if (state) {
      report.organisationId = state.id;
      report.organisationName = cells.name ?? state.name;
      if (this.scope?.outside.has(state.id)) problem('organisation', 'out_of_scope');
      // Found by its name, the name is the key, not a value: "stad genk" does not rename it.
      const fields = cells.id ? ORGANISATION_FIELDS : ORGANISATION_FIELDS.slice(1);
      const { props, changes } = diffFields(state, cells, fields);
      let coverage: string[] | null = null;
      let roles: string[] | null = null;
      if (cells.coverage && !same(sorted(cells.coverage), state.coverage)) {
        coverage = sorted(cells.coverage);
        changes.push(change('coverage', state.coverage, coverage));
        // Only the regions added or removed are ends of a changed link; those kept need not be ours.
        this.checkRegions(cells.coverage, problem, state.coverage);
        // A region removed is the other end of a link too.
        const removed = state.coverage.filter((r) => !coverage?.includes(r));
        const removedOutside = removed.filter((r) => this.scope?.regionsOutside.has(r));
        if (removedOutside.length > 0) {
          problem('coverage', 'coverage_removal_out_of_scope', {
            regions: removedOutside.join(', '),
          });
        }
      }
      const servesOutside = this.scope?.servesOutside.get(state.id);
      if (servesOutside) {
        for (const c of changes) {
          if (['organisation', 'organisation_type', 'country'].includes(c.field)) {
            problem(c.field, 'admin_required', { regions: servesOutside.join(', ') });
          }
        }
      }
      if (cells.roles && !same(sorted(cells.roles), state.roles)) {
        roles = sorted(cells.roles);
        changes.push(change('organisation_roles', state.roles, roles));
      }
      const earlier = this.memory.organisations.get(state.id);
      if (earlier?.line != null && changes.length > 0) {
        for (const c of changes) problem(c.field, 'conflicting_value', { line: earlier.line });
      }
      report.organisationAction = changes.length > 0 ? 'UPDATE' : 'UNCHANGED';
      report.changes.push(...changes);
      if (changes.length > 0) {
        writes.push({
          op: 'updateOrganisation',
          id: state.id,
          props,
          coverage,
          roles: roles?.map(splitRole) ?? null,
          changes: changes.map(({ field, from, to }) => ({
            field: PROPERTY_OF[field] ?? field,
            from,
            to,
          })),
        });
      }
      return { state: applyOrganisation(state, props, coverage, roles), created: false };
    }

    // A new organisation needs what the rules ask of one (shared/rules/organisation.ts).
    const name = cells.name as string;
    // Only named here, after the row that was to create it was refused: say that, not "required".
    const refusedAt = this.memory.refusedOrganisations.get(lower(name));
    if (refusedAt !== undefined && ORGANISATION_REQUIRED.some((field) => !cells[field])) {
      problem('organisation', 'organisation_refused', { line: refusedAt });
      return null;
    }
    for (const field of ORGANISATION_REQUIRED) {
      if (!cells[field]) problem(columnOf(ORGANISATION_FIELDS, field), 'required');
    }
    const id = idFor('org', name);
    if (this.organisationsById.has(id) || this.memory.organisations.has(id)) {
      problem('organisation', 'duplicate_name');
    }
    const coverage = sorted(cells.coverage ?? []);
    if (this.scope) {
      if (coverage.length === 0) problem('coverage', 'coverage_required');
      this.checkRegions(cells.coverage ?? [], problem);
    }
    const props = Object.fromEntries(
      ORGANISATION_FIELDS.flatMap(([prop]) => (cells[prop] ? [[prop, cells[prop]]] : [])),
    );
    const roles = sorted(cells.roles ?? []);
    report.organisationAction = 'CREATE';
    report.organisationId = id;
    report.changes.push(
      ...ORGANISATION_FIELDS.flatMap(([prop, column]) =>
        cells[prop] ? [change(column, null, cells[prop])] : [],
      ),
    );
    if (coverage.length) report.changes.push(change('coverage', null, coverage));
    if (roles.length) report.changes.push(change('organisation_roles', null, roles));
    writes.push({ op: 'createOrganisation', id, props, coverage, roles: roles.map(splitRole) });
    const created: OrganisationState = {
      id,
      name,
      shortName: cells.shortName ?? null,
      type: cells.type ?? null,
      country: cells.country ?? null,
      website: cells.website ?? null,
      coverage,
      roles,
      units: [],
      exploitationForms: cells.exploitationForms ?? null,
    };
    return { state: created, created: true };
  }

  /** Reports the regions outside the scope among `ids`, except those in `kept`. */
  private checkRegions(ids: string[], problem: Problem, kept: readonly string[] = []) {
    if (!this.scope) return;
    ids.forEach((id, i) => {
      if (this.scope?.regionsOutside.has(id) && !kept.includes(id)) {
        problem(`coverage.${i}`, 'out_of_scope');
      }
    });
  }

  private planContact(
    cells: ContactCells,
    existing: ContactState | null,
    org: { state: OrganisationState; created: boolean } | null,
    problem: Problem,
    report: RowReport,
    writes: Write[],
  ) {
    if (cells.id && !existing) return;
    const label = (c: { kind?: string }) => (c.kind === 'PERSON' ? 'Person' : 'ContactPoint');
    const unitId = cells.unit && org ? this.unit(org.state, cells.unit, problem) : null;
    let current = existing;
    if (current) {
      if (cells.kind && label(cells) !== current.label) problem('contact_kind', 'kind_change');
      if (org && current.organisationId !== org.state.id) {
        problem('organisation', 'other_organisation');
      }
      if (cells.unit && unitId && unitId !== current.unitId) problem('unit', 'other_unit');
      if (!org && this.scope?.outside.has(current.id)) problem('contact_id', 'out_of_scope');
    } else if (!cells.kind) {
      problem('contact_kind', 'contact_kind_required');
      return;
    } else if (org && !org.created) {
      current = this.match(org.state.id, label(cells), cells, problem);
    }
    const type = current?.label ?? label(cells);
    const orgKey = org?.state.id ?? current?.organisationId ?? '';
    // The way rows match the directory: by e-mail address, else by name.
    const keys = naturalKeys(orgKey, type, cells);
    const line =
      (keys.email && this.memory.contactKeys.get(keys.email)) ||
      (keys.name && this.memory.contactKeys.get(keys.name)) ||
      undefined;
    const earlier = current ? (this.memory.contactIds.get(current.id) ?? line) : line;
    if (earlier !== undefined) problem('row', 'duplicate_row', { line: earlier });

    const fields = type === 'Person' ? PERSON_FIELDS : POINT_FIELDS;
    const responsibilities = cells.responsibilities ? sorted(cells.responsibilities) : null;
    if (current) {
      report.contactAction = 'UNCHANGED';
      report.contactId = current.id;
      report.contactName = contactName(cells) ?? contactName(current);
      const { props, changes } = diffFields(current, cells, fields);
      let fn: string | undefined;
      if (cells.function !== undefined && !same(cells.function, current.function)) {
        fn = cells.function;
        changes.push(change('function', current.function, fn));
        // The function belongs to the tie to the current workplace: its other end.
        if (current.organisationId && this.scope?.outside.has(current.organisationId)) {
          problem('function', 'out_of_scope');
        }
      }
      const newResponsibilities =
        responsibilities && !same(responsibilities, current.responsibilities)
          ? responsibilities
          : null;
      if (newResponsibilities) {
        changes.push(change('responsibilities', current.responsibilities, newResponsibilities));
      }
      if (changes.length === 0) return;
      report.contactAction = 'UPDATE';
      report.changes.push(...changes);
      writes.push({
        op: 'updateContact',
        id: current.id,
        label: current.label,
        props,
        function: fn,
        responsibilities: newResponsibilities?.map(splitResponsibility) ?? null,
        changes: changes.map(({ field, from, to }) => ({
          field: PROPERTY_OF[field] ?? field,
          from,
          to,
        })),
      });
      return;
    }

    // A new contact needs what the rules ask of one (shared/rules/person.ts, contact-point.ts).
    for (const field of type === 'Person' ? PERSON_REQUIRED : CONTACT_POINT_REQUIRED) {
      if (!cells[field]) problem(columnOf(fields, field), 'required');
    }
    if (!org) return;
    const props = Object.fromEntries(
      fields.flatMap(([prop]) => (cells[prop] !== undefined ? [[prop, cells[prop]]] : [])),
    );
    const id = randomId(
      type === 'Person' ? 'person' : 'cp',
      type === 'Person' ? `${cells.firstName ?? ''} ${cells.lastName ?? ''}` : (cells.nameNl ?? ''),
    );
    report.contactAction = 'CREATE';
    report.changes.push(
      ...fields.flatMap(([prop, column]) =>
        cells[prop] !== undefined ? [change(column, null, cells[prop])] : [],
      ),
    );
    if (cells.function) report.changes.push(change('function', null, cells.function));
    if (responsibilities?.length) {
      report.changes.push(change('responsibilities', null, responsibilities));
    }
    writes.push({
      op: 'createContact',
      id,
      label: type,
      ownerId: unitId ?? org.state.id,
      props,
      function: cells.function ?? null,
      responsibilities: (responsibilities ?? []).map(splitResponsibility),
    });
    report.contactId = null;
  }

  /** The organisation's unit named by id or Dutch name. */
  private unit(org: OrganisationState, ref: string, problem: Problem): string | null {
    const found = org.units.filter((u) => u.id === ref || lower(u.nameNl ?? '') === lower(ref));
    if (found.length === 1) return found[0]?.id ?? null;
    if (found.length === 0) problem('unit', 'unknown_reference');
    else problem('unit', 'ambiguous', { options: found.map((u) => u.id).join(', ') });
    return null;
  }

  /** An existing contact of the organisation with the row's e-mail address, else its name. */
  private match(
    orgId: string,
    label: 'ContactPoint' | 'Person',
    cells: ContactCells,
    problem: Problem,
  ): ContactState | null {
    const candidates = (this.contactsByOrganisation.get(orgId) ?? []).filter(
      (c) => c.label === label,
    );
    const byEmail = cells.email ? candidates.filter((c) => c.email === cells.email) : [];
    const name = contactName(cells);
    const byName =
      byEmail.length === 0 && name
        ? candidates.filter((c) => lower(contactName(c) ?? '') === lower(name))
        : [];
    const found = byEmail.length > 0 ? byEmail : byName;
    if (found.length > 1) {
      problem(
        byEmail.length > 0 ? 'email' : label === 'Person' ? 'last_name' : 'name_nl',
        'ambiguous',
        {
          options: found.map((c) => c.id).join(', '),
        },
      );
      return null;
    }
    return found[0] ?? null;
  }

  private remember(
    row: ImportRow,
    org: { state: OrganisationState; created: boolean } | null,
    report: RowReport,
    writes: Write[],
  ) {
    if (org) {
      const previous = this.memory.organisations.get(org.state.id);
      const cells = row.organisation;
      const gives =
        org.created ||
        (cells.id !== undefined && cells.name !== undefined) ||
        ORGANISATION_FIELDS.some(([prop]) => prop !== 'name' && cells[prop] !== undefined) ||
        cells.coverage !== undefined ||
        cells.roles !== undefined;
      this.memory.organisations.set(org.state.id, {
        line: previous?.line ?? (gives ? row.line : null),
        state: org.state,
      });
      if (org.created) this.memory.createdOrganisations.set(lower(org.state.name), org.state.id);
    }
    if (!row.contact) return;
    const created = writes.find((w) => w.op === 'createContact');
    const id = report.contactId ?? (created?.op === 'createContact' ? created.id : null);
    if (id) this.memory.contactIds.set(id, row.line);
    const type =
      created?.op === 'createContact'
        ? created.label
        : (this.contact(report.contactId ?? '')?.label ?? 'ContactPoint');
    const keys = naturalKeys(org?.state.id ?? '', type, row.contact);
    for (const key of [keys.email, keys.name]) if (key) this.memory.contactKeys.set(key, row.line);
  }
}

type Problem = (field: string, code: string, params?: Record<string, string | number>) => void;

/** Model property of a column, for the audit trail. */
const PROPERTY_OF: Record<string, string> = Object.fromEntries([
  ...ORGANISATION_FIELDS.map(([prop, column]) => [column, prop]),
  ...POINT_FIELDS.map(([prop, column]) => [column, prop]),
  ...PERSON_FIELDS.map(([prop, column]) => [column, prop]),
  ['organisation_roles', 'roles'],
]);

function change(field: string, from: unknown, to: unknown) {
  return { field, from: asText(from), to: asText(to) };
}

/** The given cells that differ from the current state, as properties and as changes. */
function diffFields<S extends object, C extends object>(
  current: S,
  cells: C,
  fields: readonly (readonly [string, string])[],
) {
  const props: Record<string, unknown> = {};
  const changes: { field: string; from: string | null; to: string | null }[] = [];
  for (const [prop, column] of fields) {
    const to = (cells as Record<string, unknown>)[prop];
    const from = (current as Record<string, unknown>)[prop] ?? null;
    if (to === undefined || same(from, to)) continue;
    props[prop] = to;
    changes.push(change(column, from, to));
  }
  return { props, changes };
}

function applyOrganisation(
  state: OrganisationState,
  props: Record<string, unknown>,
  coverage: string[] | null,
  roles: string[] | null,
): OrganisationState {
  return {
    ...state,
    ...(props as Partial<OrganisationState>),
    coverage: coverage ?? state.coverage,
    roles: roles ?? state.roles,
  };
}

function contactName(c: {
  nameNl?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
}): string | null {
  if (c.firstName || c.lastName) return `${c.firstName ?? ''} ${c.lastName ?? ''}`.trim();
  return c.nameNl ?? c.email ?? null;
}

/** Identify a contact within a file when it has no id: organisation, kind, e-mail and name. */
function naturalKeys(orgKey: string, type: string, cells: ContactCells) {
  const name = contactName({ ...cells, email: null });
  return {
    email: cells.email ? `${orgKey}|${type}|@${cells.email}` : null,
    name: name ? `${orgKey}|${type}|${lower(name)}` : null,
  };
}

function splitRole(key: string) {
  const [barrier = '', role = ''] = key.split(':');
  return { barrier, role };
}

function splitResponsibility(key: string) {
  const [barrier = '', role = '', priority = 'PRIMARY'] = key.split(':');
  return { barrier, role, priority };
}

/** Lower-case names and candidate ids the snapshot must cover for these rows. */
export function snapshotKeys(rows: readonly ImportRow[]) {
  const organisationIds = new Set<string>();
  const names = new Set<string>();
  const contactIds = new Set<string>();
  for (const row of rows) {
    if (row.organisation.id) organisationIds.add(row.organisation.id);
    if (row.organisation.name) {
      names.add(lower(row.organisation.name));
      organisationIds.add(idFor('org', row.organisation.name));
    }
    if (row.contact?.id) contactIds.add(row.contact.id);
  }
  return {
    organisationIds: [...organisationIds],
    names: [...names],
    contactIds: [...contactIds],
  };
}
