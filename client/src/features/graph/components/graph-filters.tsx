/** Filters (country, organisation type, role, barrier), kept in the URL with the rest of the view. */
import { useId } from 'react';
import { type Country, ORGANISATION_TYPES, ROLES, type Role } from '../../../lib/schema';
import type { BarrierStart } from '../api/graph-start';
import { useGraphText } from '../i18n/use-graph-text';
import { NO_FILTERS, setFilters, type ViewState } from '../utils/view-state';
import type { ChangeView } from './side-panel';

export function GraphFilters({
  state,
  barriers,
  onChange,
}: {
  state: ViewState;
  barriers: BarrierStart[];
  onChange: ChangeView;
}) {
  const { g, names } = useGraphText();
  const id = useId();
  const { filters } = state;
  const active = Object.values(filters).some(Boolean);
  const field = (key: string, label: string, value: string, options: [string, string][]) => (
    <div className="field graph-filter">
      <label className="label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <select
        id={`${id}-${key}`}
        className="input"
        value={value}
        onChange={(event) => onChange(setFilters(state, { [key]: event.target.value || null }))}
      >
        <option value="">{g('any')}</option>
        {options.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="graph-filters">
      <legend className="graph-filters__legend">{g('filters')}</legend>
      {field(
        'country',
        g('country'),
        filters.country ?? '',
        (['BE', 'NL'] as Country[]).map((c) => [c, names.country(c)]),
      )}
      {field(
        'orgType',
        g('orgType'),
        filters.orgType ?? '',
        ORGANISATION_TYPES.map((type) => [type, names.subtype('Organisation', type) ?? type]),
      )}
      {field(
        'role',
        g('role'),
        filters.role ?? '',
        ROLES.map((role: Role) => [role, names.role(role)]),
      )}
      {field(
        'barrier',
        g('barrier'),
        filters.barrier ?? '',
        barriers.map((b) => [b.code, b.name]),
      )}
      {active && (
        <button
          type="button"
          className="button button--secondary button--small graph-filters__clear"
          onClick={() => onChange({ ...state, filters: NO_FILTERS })}
        >
          {g('clearFilters')}
        </button>
      )}
    </fieldset>
  );
}
