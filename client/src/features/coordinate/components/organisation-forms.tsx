/**
 * The parts of an organisation a coordinator changes, each its own form and its own mutation:
 * details, roles per barrier, the area it serves, its networks and its counterparts.
 */
import { useState } from 'react';
import type { MessageKey } from '../../../i18n/nl';
import type { ApiError, StoredState } from '../../../lib/graphql';
import { ORGANISATION_TYPES, ROLES, type Role } from '../../../lib/schema';
import {
  type EditOptions,
  fetchOrganisation,
  type OrganisationLinks,
  setOrganisationLinks,
  setOrganisationRoles,
  updateOrganisation,
} from '../api/organisation';
import { type Saved, useEditForm } from '../hooks/use-edit-form';
import type { VersionBoard } from '../hooks/use-version-board';
import { useText } from '../i18n/use-text';
import { fromFlags, toFlags, type Values } from '../utils/conflict';
import {
  ORGANISATION_CHECKS,
  ORGANISATION_FIELDS,
  organisationPatch,
  organisationValues,
  trimAll,
} from '../utils/forms';
import { EditSection } from './edit-section';
import { ExploitationFormsField } from './exploitation-forms-field';
import { CheckboxGroup, controlId, SelectField, TextField } from './form-kit';
import { useFieldLabel } from './labels';
import { OrganisationPicker } from './organisation-picker';
import { RegionChoices } from './region-choices';

/** The fields of the details form (also used when creating an organisation). */
export function OrganisationFields({
  form,
  values,
  set,
  errorOf,
}: {
  form: string;
  values: Values;
  set: (field: string, value: unknown) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t, ct } = useText();
  const label = useFieldLabel();
  const text = (field: string) =>
    typeof values[field] === 'string' ? (values[field] as string) : '';
  const input = (field: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={controlId(form, field)}
      label={label(field)}
      value={text(field)}
      onChange={(value) => set(field, value)}
      error={errorOf(field)}
      {...extra}
    />
  );
  return (
    <div className="form-grid">
      {input('name', { hint: ct('hint.organisationName') })}
      {input('shortName', { optional: true })}
      <SelectField
        id={controlId(form, 'type')}
        label={label('type')}
        value={text('type')}
        onChange={(value) => set('type', value)}
        options={ORGANISATION_TYPES.map((type) => ({
          value: type,
          label: t(`orgType.${type}` as MessageKey),
        }))}
      />
      <SelectField
        id={controlId(form, 'country')}
        label={label('country')}
        value={text('country')}
        onChange={(value) => set('country', value)}
        options={['BE', 'NL'].map((c) => ({ value: c, label: t(`country.${c}` as MessageKey) }))}
      />
      {input('website', {
        type: 'url',
        optional: true,
        hint: ct('hint.website'),
        inputMode: 'url',
      })}
      <div className="form-grid__wide">
        {input('descriptionNl', { multiline: true, optional: true, lang: 'nl' })}
        {input('descriptionFr', { multiline: true, optional: true, lang: 'fr' })}
        {input('descriptionEn', { multiline: true, optional: true, lang: 'en' })}
      </div>
      <div className="form-grid__wide">
        <ExploitationFormsField
          form={form}
          selected={
            Array.isArray(values.exploitationForms) ? (values.exploitationForms as string[]) : []
          }
          onChange={(codes) => set('exploitationForms', codes)}
          error={errorOf('exploitationForms')}
        />
      </div>
    </div>
  );
}

/** Shows a stored value of the organisation in the conflict view. */
function useShowValue() {
  const { t, ct } = useText();
  return (field: string, value: unknown): string => {
    if (typeof value === 'boolean' || value === undefined || value === null)
      return value ? ct('conflict.included') : ct('conflict.notIncluded');
    if (field === 'type') return t(`orgType.${String(value)}` as MessageKey);
    if (field === 'country') return t(`country.${String(value)}` as MessageKey);
    if (Array.isArray(value)) return value.length ? value.join(', ') : ct('conflict.notIncluded');
    return String(value);
  };
}

export function DetailsForm({
  id,
  stored,
  board,
}: {
  id: string;
  stored: StoredState;
  board: VersionBoard;
}) {
  const { ct, lang } = useText();
  const label = useFieldLabel();
  const show = useShowValue();
  const form = useEditForm({
    initial: { values: organisationValues(stored), version: Number(stored.version) },
    fields: ORGANISATION_FIELDS,
    checks: ORGANISATION_CHECKS,
    save: async (values, changed, version) => {
      const saved = await updateOrganisation(
        id,
        board.latest(version),
        organisationPatch(values, changed),
        lang,
      );
      return {
        values: {
          ...trimAll(values),
          name: saved.name,
          shortName: saved.shortName ?? '',
          website: saved.website ?? '',
        },
        version: saved.version,
      };
    },
    theirs: async (error: ApiError) => ({
      values: organisationValues(error.details.current ?? {}),
      version: Number(error.details.current?.version),
    }),
    onSaved: (saved) => board.saw(saved.version),
  });
  return (
    <EditSection
      id="org-details"
      title={ct('org.details')}
      form={form}
      labelOf={label}
      show={show}
      historyOf={{ kind: 'organisation', id }}
    >
      <OrganisationFields
        form="org-details"
        values={form.values}
        set={(field, value) => form.set(field, value)}
        errorOf={form.errorOf}
      />
    </EditSection>
  );
}

const roleKey = (barrier: string, role: string) => `${barrier}:${role}`;

async function storedRelations(id: string, lang: Parameters<typeof fetchOrganisation>[1]) {
  const data = await fetchOrganisation(id, lang);
  if (!data.organisation) throw new Error('gone');
  return data.organisation;
}

export function RolesForm({
  id,
  roles,
  version,
  barriers,
  board,
}: {
  id: string;
  roles: { role: Role; barrier: { code: string } }[];
  version: number;
  barriers: EditOptions['barriers'];
  board: VersionBoard;
}) {
  const { t, ct, lang } = useText();
  const show = useShowValue();
  const flags = (list: typeof roles) => toFlags(list.map((r) => roleKey(r.barrier.code, r.role)));
  const fields = barriers.flatMap((b) => ROLES.map((role) => roleKey(b.code, role)));
  const form = useEditForm<Values>({
    initial: { values: flags(roles), version },
    fields,
    checks: {},
    save: async (values, _changed, base) => {
      const list = fromFlags(values).map((key) => {
        const [barrier = '', role = ''] = key.split(':');
        return { barrier, role: role as Role };
      });
      const saved = await setOrganisationRoles(id, board.latest(base), list, lang);
      return { values: toFlags(fromFlags(values)), version: saved.version };
    },
    theirs: async () => {
      const organisation = await storedRelations(id, lang);
      return { values: flags(organisation.roles), version: organisation.version };
    },
    onSaved: (saved) => board.saw(saved.version),
  });
  const labelOf = (field: string) => {
    const [barrier, role] = field.split(':');
    const name = barriers.find((b) => b.code === barrier)?.name ?? barrier;
    return `${name} — ${t(`role.${role}` as MessageKey)}`;
  };
  return (
    <EditSection
      id="org-roles"
      title={ct('org.roles')}
      intro={ct('org.rolesIntro')}
      form={form}
      labelOf={labelOf}
      show={show}
      historyOf={{ kind: 'organisation', id }}
    >
      <div className="role-grid">
        {barriers.map((barrier) => (
          <CheckboxGroup
            key={barrier.code}
            id={controlId('org-roles', barrier.code)}
            legend={barrier.name}
            options={ROLES.map((role) => ({ value: role, label: t(`role.${role}` as MessageKey) }))}
            selected={ROLES.filter((role) => form.values[roleKey(barrier.code, role)] === true)}
            onChange={(selected) => {
              for (const role of ROLES)
                form.set(roleKey(barrier.code, role), selected.includes(role));
            }}
          />
        ))}
      </div>
    </EditSection>
  );
}

/** Coverage, networks or counterparts: a list of ids replaced as a whole. */
export function LinksForm({
  id,
  links,
  initial,
  version,
  options,
  board,
  names,
}: {
  id: string;
  links: OrganisationLinks;
  initial: string[];
  version: number;
  options: EditOptions;
  board: VersionBoard;
  /** Names of organisations already linked (counterparts). */
  names?: Record<string, string>;
}) {
  const { ct, lang } = useText();
  const show = useShowValue();
  const [picked, setPicked] = useState<Record<string, string>>({});
  const known: Record<string, string> = {
    ...Object.fromEntries(options.regions.map((r) => [r.id, r.name])),
    ...Object.fromEntries(options.networks.map((n) => [n.id, n.name])),
    ...names,
    ...picked,
  };
  const learn = (more: Record<string, string>) => setPicked((current) => ({ ...current, ...more }));
  const form = useEditForm<Values>({
    initial: { values: toFlags(initial), version },
    fields: (...versions) => [...new Set(versions.flatMap((v) => Object.keys(v)))],
    checks: {},
    save: async (values, _changed, base) => {
      const ids = fromFlags(values);
      const saved = await setOrganisationLinks(links, id, board.latest(base), ids, lang);
      return { values: toFlags(ids), version: saved.version };
    },
    theirs: async () => {
      const organisation = await storedRelations(id, lang);
      learn(Object.fromEntries(organisation.counterparts.map((o) => [o.id, o.name])));
      return {
        values: toFlags(organisation[links].map((x) => x.id)),
        version: organisation.version,
      };
    },
    onSaved: (saved: Saved<Values>) => board.saw(saved.version),
  });
  const selected = fromFlags(form.values);
  const setSelected = (ids: string[]) => {
    for (const key of new Set([...Object.keys(form.values), ...ids]))
      form.set(key, ids.includes(key));
  };
  const formId = `org-${links}`;
  const outside = form.failure?.code === 'FORBIDDEN' ? (form.failure.details.ids ?? []) : [];
  return (
    <EditSection
      id={formId}
      title={ct(`org.${links}`)}
      intro={ct(`org.${links}Intro`)}
      form={form}
      labelOf={(field) => known[field] ?? field}
      show={show}
      historyOf={{ kind: 'organisation', id }}
    >
      {links === 'coverage' && (
        <RegionChoices
          id={controlId(formId, 'ids')}
          legend={ct('org.coverageLegend')}
          regions={options.regions}
          selected={selected}
          onChange={setSelected}
          error={form.errorOf('ids')}
          outside={outside}
        />
      )}
      {links === 'networks' && (
        <CheckboxGroup
          id={controlId(formId, 'ids')}
          legend={ct('org.networksLegend')}
          options={options.networks.map((n) => ({ value: n.id, label: n.name }))}
          selected={selected}
          onChange={setSelected}
          error={form.errorOf('ids')}
        />
      )}
      {links === 'counterparts' && (
        <div className="stack" id={controlId(formId, 'ids')} tabIndex={-1}>
          {selected.length === 0 ? (
            <p className="muted">{ct('org.noCounterparts')}</p>
          ) : (
            <ul className="picked">
              {selected.map((other) => (
                <li key={other} className="picked__item">
                  <span>{known[other] ?? other}</span>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => setSelected(selected.filter((x) => x !== other))}
                    aria-label={ct('org.removeCounterpart', { name: known[other] ?? other })}
                  >
                    {ct('form.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {form.errorOf('ids') && <p className="form-field__error">{form.errorOf('ids')}</p>}
          <OrganisationPicker
            label={ct('org.addCounterpart')}
            exclude={[id, ...selected]}
            onPick={(place) => {
              learn({ [place.id]: place.name });
              setSelected([...selected, place.id]);
            }}
          />
        </div>
      )}
    </EditSection>
  );
}
