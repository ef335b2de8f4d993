/** Question 1: which barrier — six large radio tiles, one click. */
import { useI18n } from '../../../lib/i18n';
import type { BarrierOption } from '../api/who-to-call-options';

export function BarrierChoice({
  barriers,
  value,
  onChange,
}: {
  barriers: BarrierOption[];
  value: string | undefined;
  onChange: (code: string) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="step">
      <legend className="step__title">
        <span className="step__number" aria-hidden="true">
          1
        </span>
        {t('wtc.step1')}
      </legend>
      <p className="hint" id="barrier-hint">
        {t('wtc.step1Hint')}
      </p>
      <div className="tiles" aria-describedby="barrier-hint">
        {barriers.map((barrier) => (
          <label key={barrier.code} className="tile">
            <input
              type="radio"
              name="barrier"
              value={barrier.code}
              checked={value === barrier.code}
              onChange={() => onChange(barrier.code)}
            />
            <span className="tile__label">{barrier.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
