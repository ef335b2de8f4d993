/** Search-as-you-type for an organisation (or, for a workplace, also its departments). */

import { useEffect, useState } from 'react';
import { SEARCH_LIMITS } from '../../../../../shared/api-limits';
import { Combobox } from '../../../components/combobox';
import { useDebounced } from '../../../lib/use-debounced';
import { type FoundPlace, findOrganisations } from '../api/search';
import { useText } from '../i18n/use-text';

interface Props {
  label: string;
  hint?: string;
  onPick: (place: FoundPlace) => void;
  withUnits?: boolean;
  /** Ids not to offer (already chosen, or the organisation itself). */
  exclude?: readonly string[];
  inputId?: string;
}

export function OrganisationPicker({
  label,
  hint,
  onPick,
  withUnits,
  exclude = [],
  inputId,
}: Props) {
  const { ct, lang } = useText();
  const [text, setText] = useState('');
  const [found, setFound] = useState<FoundPlace[]>([]);
  const [busy, setBusy] = useState(false);
  const query = useDebounced(text.trim(), 200);

  useEffect(() => {
    if (query.length < SEARCH_LIMITS.min) {
      setFound([]);
      return;
    }
    let live = true;
    setBusy(true);
    findOrganisations(query, lang, withUnits)
      .then((places) => live && setFound(places))
      .catch(() => live && setFound([]))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [query, lang, withUnits]);

  const options = found
    .filter((place) => !exclude.includes(place.id))
    .map((place) => ({
      id: place.id,
      label: place.name,
      detail:
        place.type === 'ORG_UNIT' ? ct('picker.unitOf', { name: place.detail }) : place.detail,
    }));

  return (
    <Combobox
      label={label}
      hint={hint ?? ct('picker.hint')}
      value={text}
      onValueChange={setText}
      options={options}
      minChars={2}
      inputId={inputId}
      emptyText={busy ? ct('picker.searching') : ct('picker.none')}
      status={busy ? ct('picker.searching') : ct('picker.count', { count: options.length })}
      onSelect={(option) => {
        const place = found.find((p) => p.id === option.id);
        if (place) onPick(place);
        setText('');
      }}
    />
  );
}
