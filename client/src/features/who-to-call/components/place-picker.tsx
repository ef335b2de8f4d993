/** Question 2: which municipality, typed with suggestions; the choice is remembered. */
import { useEffect, useMemo, useState } from 'react';
import { Combobox, type ComboOption } from '../../../components/combobox';
import { useI18n } from '../../../lib/i18n';
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
  const { t } = useI18n();
  const selected = places.find((place) => place.id === value);
  const [text, setText] = useState(selected?.name ?? '');

  // Show the chosen name when the choice (or the language of the names) changes.
  useEffect(() => setText(selected?.name ?? ''), [selected?.name]);

  const matches = useMemo(
    () => (text === selected?.name ? places : filterByText(places, text, (place) => place.name)),
    [places, text, selected?.name],
  );
  const options: ComboOption[] = matches.map((place) => ({
    id: place.id,
    label: place.name,
    detail: t(`country.${place.country}`),
  }));

  const pick = (id: string) => {
    const place = places.find((p) => p.id === id);
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
        emptyText={t('wtc.noPlace')}
        onSelect={(option) => pick(option.id)}
        onEnter={() => {
          // Enter on a typed name that matches one municipality picks it.
          const only = matches.length === 1 ? matches[0] : undefined;
          if (only) pick(only.id);
        }}
        onEscape={() => setText(selected?.name ?? '')}
      />
    </fieldset>
  );
}
