/**
 * Question 1, the other way in: pick a signal, and its barrier is chosen for you. It searches with
 * the header search's engine and staff's own words (synonyms of signals, sectors and forms), and
 * offers the nearest signals when nothing matches.
 */
import { useMemo, useState } from 'react';
import { Combobox, type ComboOption } from '../../../components/combobox';
import { useI18n } from '../../../lib/i18n';
import { useDebounced } from '../../../lib/use-debounced';
import { type FoundSignal, useSignalSearch } from '../api/picker-search';
import type { BarrierOption, SignalOption } from '../api/who-to-call-options';

export function SignalPicker({
  signals,
  barriers,
  value,
  onChange,
}: {
  signals: SignalOption[];
  barriers: BarrierOption[];
  value: string | undefined;
  onChange: (signal: SignalOption | undefined) => void;
}) {
  const { t, tn, lang } = useI18n();
  const [text, setText] = useState('');
  const debounced = useDebounced(text, 150);
  const active = text.trim().length >= 2 && debounced.trim().length >= 2;
  const { data, loading, error } = useSignalSearch(active ? debounced : '', lang);
  const chosen = signals.find((signal) => signal.id === value);
  const barrierName = useMemo(
    () => new Map(barriers.map((barrier) => [barrier.code, barrier.name])),
    [barriers],
  );
  const found = active ? data?.searchSignals : undefined;
  const matches = found?.matches ?? [];
  const nearest = found && matches.length === 0 ? found.nearest : [];
  const shown: FoundSignal[] = matches.length > 0 ? matches : nearest;
  const options: ComboOption[] = shown.map((signal) => ({
    id: signal.id,
    label: signal.name,
    detail: signal.barriers.map((b) => barrierName.get(b.code) ?? b.code).join(', '),
  }));

  let status = '';
  if (active) {
    if (loading && !found) status = t('search.loading');
    else if (error) status = t(`error.${error.generalCode}`);
    else if (matches.length > 0) status = tn('wtc.signalsFound', matches.length);
    else if (nearest.length > 0)
      status = t('wtc.signalNearest', { query: text.trim(), count: nearest.length });
    else status = t('wtc.noSignalFor', { query: text.trim() });
  }

  return (
    <div className="signal-picker">
      <Combobox
        inputId="signal"
        label={t('wtc.orSignal')}
        hint={t('wtc.signalHint')}
        placeholder={t('wtc.signalPlaceholder')}
        value={text}
        onValueChange={setText}
        options={options}
        minChars={2}
        status={status}
        groupLabel={nearest.length > 0 ? t('wtc.nearestFor', { query: text.trim() }) : undefined}
        emptyText={
          active && found && shown.length === 0
            ? t('wtc.noSignalFor', { query: text.trim() })
            : undefined
        }
        onSelect={(option) => {
          setText('');
          onChange(signals.find((signal) => signal.id === option.id));
        }}
      />
      {chosen && (
        <p className="chosen">
          <span>{t('wtc.signalChosen', { name: chosen.name })}</span>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => onChange(undefined)}
          >
            {t('wtc.clearSignal')}
          </button>
        </p>
      )}
    </div>
  );
}
