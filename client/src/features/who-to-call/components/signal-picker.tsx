/** Question 1, the other way in: pick a signal, and its barrier is chosen for you. */
import { useMemo, useState } from 'react';
import { Combobox, type ComboOption } from '../../../components/combobox';
import { useI18n } from '../../../lib/i18n';
import { filterByText } from '../../../utils/text';
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
  const { t } = useI18n();
  const [text, setText] = useState('');
  const chosen = signals.find((signal) => signal.id === value);
  const barrierName = useMemo(
    () => new Map(barriers.map((barrier) => [barrier.code, barrier.name])),
    [barriers],
  );
  const matches = useMemo(
    () => filterByText(signals, text, (signal) => signal.name).slice(0, 12),
    [signals, text],
  );
  const options: ComboOption[] = matches.map((signal) => ({
    id: signal.id,
    label: signal.name,
    detail: signal.barriers.map((b) => barrierName.get(b.code) ?? b.code).join(', '),
  }));

  return (
    <div className="signal-picker">
      <Combobox
        label={t('wtc.orSignal')}
        hint={t('wtc.signalHint')}
        placeholder={t('wtc.signalPlaceholder')}
        value={text}
        onValueChange={setText}
        options={options}
        minChars={1}
        emptyText={t('wtc.noSignal')}
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
