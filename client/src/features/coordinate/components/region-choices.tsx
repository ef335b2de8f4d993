/**
 * Regions to tick, grouped by kind, with a filter: the area an organisation serves. The filter
 * also asks the app's place search (lib/place-search), so a postal code, a locality, a former
 * municipality or a misspelt name finds the municipality, as in the who-to-call picker.
 */
import { useState } from 'react';
import type { MessageKey } from '../../../i18n/nl';
import { useI18n } from '../../../lib/i18n';
import { type FoundPlace, usePlaceSearch } from '../../../lib/place-search';
import type { RegionType } from '../../../lib/schema';
import { useDebounced } from '../../../lib/use-debounced';
import type { RegionOption } from '../api/organisation';
import { useText } from '../i18n/use-text';
import { describedBy } from './form-kit';

/**
 * With every municipality of Belgium loaded a group can hold hundreds of regions: show the chosen
 * ones and the first matches, and let the filter find the rest.
 */
const SHOWN_PER_GROUP = 40;

const ORDER: RegionType[] = [
  'MUNICIPALITY',
  'POLICE_ZONE',
  'ARRONDISSEMENT',
  'PROVINCE',
  'RIEC_REGION',
  'SAFETY_REGION',
  'COUNTRY',
];

interface Props {
  id: string;
  legend: string;
  regions: RegionOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
  /** Regions the server said lie outside the coordinator's scope. */
  outside?: readonly string[];
}

export function RegionChoices({
  id,
  legend,
  regions,
  selected,
  onChange,
  error,
  outside = [],
}: Props) {
  const { t, ct } = useText();
  const { lang } = useI18n();
  const [filter, setFilter] = useState('');
  const wanted = filter.trim().toLocaleLowerCase();
  const debounced = useDebounced(filter, 150);
  const { data } = usePlaceSearch(wanted.length >= 2 ? debounced : '', lang);
  // The place search's municipalities for what was typed, with why they matched; stale answers
  // (for an earlier text) are not used.
  const found = new Map<string, FoundPlace>(
    debounced === filter && wanted.length >= 2
      ? (data?.searchPlaces.matches ?? []).map((hit) => [hit.region.id, hit])
      : [],
  );
  const shown = regions.filter(
    (r) =>
      selected.includes(r.id) ||
      !wanted ||
      r.name.toLocaleLowerCase().includes(wanted) ||
      found.has(r.id),
  );
  const why = (regionId: string): string => {
    const hit = found.get(regionId);
    if (!hit) return '';
    if (hit.alias)
      return t('place.alias', {
        place: [hit.alias.postalCode, hit.alias.locality].filter(Boolean).join(' '),
      });
    if (hit.formerName) return t('place.formerly', { name: hit.formerName });
    return '';
  };
  const toggle = (regionId: string, on: boolean) =>
    onChange(on ? [...selected, regionId] : selected.filter((x) => x !== regionId));
  const chosen = regions.filter((r) => selected.includes(r.id));

  return (
    <fieldset
      id={id}
      className={`choices region-choices ${error ? 'form-field--invalid' : ''}`}
      tabIndex={-1}
      aria-describedby={describedBy(id, 'hint', error)}
    >
      <legend className="label">{legend}</legend>
      <span id={`${id}-hint`} className="hint">
        {chosen.length === 0
          ? ct('regions.noneChosen')
          : ct('regions.chosen', { names: chosen.map((r) => r.name).join(', ') })}
      </span>
      {error && (
        <p id={`${id}-error`} className="form-field__error">
          {error}
        </p>
      )}
      <label className="label label--small" htmlFor={`${id}-filter`}>
        {ct('regions.filter')}
      </label>
      <input
        id={`${id}-filter`}
        className="input region-choices__filter"
        type="search"
        value={filter}
        autoComplete="off"
        onChange={(event) => setFilter(event.target.value)}
      />
      <div className="region-choices__groups">
        {ORDER.map((type) => {
          const matches = shown.filter((r) => r.type === type);
          if (matches.length === 0) return null;
          const unchosen = matches.filter((r) => !selected.includes(r.id));
          const group = [
            ...matches.filter((r) => selected.includes(r.id)),
            ...unchosen.slice(0, SHOWN_PER_GROUP),
          ];
          const hidden = unchosen.length - Math.min(unchosen.length, SHOWN_PER_GROUP);
          return (
            <div key={type} className="region-choices__group">
              <p className="region-choices__type">{t(`regionType.${type}` as MessageKey)}</p>
              <div className="choices__list choices__list--columns">
                {group.map((region) => (
                  <label
                    key={region.id}
                    className={`choice ${outside.includes(region.id) ? 'choice--refused' : ''}`}
                  >
                    <input
                      type="checkbox"
                      checked={selected.includes(region.id)}
                      onChange={(event) => toggle(region.id, event.target.checked)}
                    />
                    <span>
                      {region.name}
                      <span className="choice__detail">
                        {t(`country.${region.country}` as MessageKey)}
                        {why(region.id) ? ` · ${why(region.id)}` : ''}
                        {outside.includes(region.id) ? ` · ${ct('regions.outside')}` : ''}
                      </span>
                    </span>
                  </label>
                ))}
              </div>
              {hidden > 0 && (
                <p className="hint">{ct('regions.more', { count: String(hidden) })}</p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
