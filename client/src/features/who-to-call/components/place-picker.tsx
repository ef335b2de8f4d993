/**
 * Question 2: which municipality, typed with suggestions; the choice is remembered. Typing
 * searches with the header search's engine (a typo, a prefix, accents, French names, the name of
 * a former municipality); an empty field lists them all. When nothing matches, the nearest
 * names are offered.
 */
import { useEffect, useMemo, useState } from 'react';
import { Combobox, type ComboOption } from '../../../components/combobox';
import { useI18n } from '../../../lib/i18n';
import { type FoundPlace, usePlaceSearch } from '../../../lib/place-search';
import { useDebounced } from '../../../lib/use-debounced';
import { filterByText } from '../../../utils/text';
import type { PlaceOption } from '../api/who-to-call-options';

export function PlacePicker({
  places,
  value,
  remembered,
  onChange,
}: {
  places: PlaceOption[];
  value: string | undefined;
  /** True when the value comes from last time rather than from this URL. */
  remembered: boolean;
  onChange: (place: PlaceOption) => void;
}) {
  const { t, tn, lang } = useI18n();
  const selected = places.find((place) => place.id === value);
  const [text, setText] = useState(selected?.name ?? '');

  // Show the chosen name when the choice (or the language of the names) changes.
  useEffect(() => setText(selected?.name ?? ''), [selected?.name]);

  const typing = text.trim().length >= 2 && text !== selected?.name;
  const debounced = useDebounced(text, 150);
  const { data, loading } = usePlaceSearch(typing ? debounced : '', lang);
  const found = typing && debounced === text ? data?.searchPlaces : undefined;
  const matches = found?.matches ?? [];
  const nearest = found && matches.length === 0 ? found.nearest : [];

  // Until the search answers, the names that contain what was typed (instant feedback).
  const local = useMemo(
    () => (text === selected?.name ? places : filterByText(places, text, (place) => place.name)),
    [places, text, selected?.name],
  );
  const hits: FoundPlace[] = found
    ? matches.length > 0
      ? matches
      : nearest
    : local.map((region) => ({ formerName: null, alias: null, region }));
  const options: ComboOption[] = hits.map(({ region, formerName, alias }) => ({
    id: region.id,
    label: region.name,
    detail: [
      t(`country.${region.country}`),
      formerName ? t('place.formerly', { name: formerName }) : '',
      alias
        ? t('place.alias', {
            place: [alias.postalCode, alias.locality].filter(Boolean).join(' '),
          })
        : '',
    ]
      .filter(Boolean)
      .join(' · '),
  }));

  let status = '';
  if (typing) {
    if (!found && loading) status = t('search.loading');
    else if (matches.length > 0) status = tn('wtc.placesFound', matches.length);
    else if (nearest.length > 0)
      status = t('wtc.placeNearest', { query: text.trim(), count: nearest.length });
    else if (found) status = t('wtc.noPlaceFor', { query: text.trim() });
  }

  const pick = (id: string) => {
    const place = places.find((p) => p.id === id) ?? hits.find((h) => h.region.id === id)?.region;
    if (place) {
      setText(place.name);
      onChange(place);
    }
  };

  return (
    <fieldset className="step">
      <legend className="step__title">
        <span className="step__number" aria-hidden="true">
          2
        </span>
        {t('wtc.step2')}
      </legend>
      <Combobox
        inputId="place"
        label={t('wtc.placeLabel')}
        hint={remembered && selected ? t('wtc.placeRemembered') : undefined}
        placeholder={t('wtc.placePlaceholder')}
        value={text}
        onValueChange={setText}
        options={options}
        openOnFocus
        status={status}
        groupLabel={nearest.length > 0 ? t('wtc.nearestFor', { query: text.trim() }) : undefined}
        emptyText={found || !typing ? t('wtc.noPlaceFor', { query: text.trim() }) : undefined}
        onSelect={(option) => pick(option.id)}
        onEnter={() => {
          // Enter on a typed name that matches one municipality picks it.
          const only = matches.length === 1 ? matches[0] : undefined;
          if (only) pick(only.region.id);
          else if (!found && local.length === 1 && local[0]) pick(local[0].id);
        }}
        onEscape={() => setText(selected?.name ?? '')}
      />
    </fieldset>
  );
}
