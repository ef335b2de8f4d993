/**
 * Someone else saved the same record while the user was editing it: both versions side by side,
 * field by field, and per field a choice between the user's value and the stored one. Fields
 * only one side changed come preselected; fields both changed wait for the user's choice.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useText } from '../i18n/use-text';
import type { FieldDifference, Side } from '../utils/conflict';

interface Props {
  differences: FieldDifference[];
  /** The version now stored, and (when known) who saved it and when. */
  version: number;
  by?: { who: string; at: string } | null;
  labelOf: (field: string) => string;
  show: (field: string, value: unknown) => string;
  onResolve: (choices: Record<string, Side>) => void;
  onDiscard: () => void;
  pending?: boolean;
}

export function ConflictView({
  differences,
  version,
  by,
  labelOf,
  show,
  onResolve,
  onDiscard,
  pending,
}: Props) {
  const { ct, formatMoment } = useText();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Record<string, Side>>(() =>
    Object.fromEntries(
      differences.flatMap((d) => (d.suggestion ? [[d.field, d.suggestion] as const] : [])),
    ),
  );
  const [missing, setMissing] = useState(false);
  const open = differences.filter((d) => !choices[d.field]);

  useEffect(() => heading.current?.focus(), []);

  const all = (side: Side) => {
    setChoices(Object.fromEntries(differences.map((d) => [d.field, side])));
    setMissing(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (open.length > 0) {
      setMissing(true);
      document.getElementById(`${id}-${open[0]?.field}`)?.focus();
      return;
    }
    onResolve(choices);
  };

  const shownValue = (field: string, value: unknown) => {
    const shown = show(field, value);
    return shown === '' ? <span className="muted">{ct('conflict.empty')}</span> : shown;
  };

  return (
    <form className="conflict" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="conflict__title">
        {ct('conflict.title')}
      </h3>
      <p>
        {by
          ? ct('conflict.introBy', { who: by.who, when: formatMoment(by.at), version })
          : ct('conflict.intro', { version })}
      </p>
      <p className="muted small">{ct('conflict.howTo')}</p>
      {missing && open.length > 0 && (
        <p className="form-field__error" role="alert">
          {ct('conflict.chooseEach')}
        </p>
      )}
      <div className="conflict__fields">
        {differences.map((d) => (
          <fieldset
            key={d.field}
            id={`${id}-${d.field}`}
            tabIndex={-1}
            className={`conflict__field ${missing && !choices[d.field] ? 'conflict__field--open' : ''}`}
          >
            <legend className="conflict__legend">
              {labelOf(d.field)}
              {d.changedByMe && d.changedByThem && (
                <span className="badge badge--warning">{ct('conflict.both')}</span>
              )}
            </legend>
            <div className="conflict__sides">
              {(['mine', 'theirs'] as const).map((side) => (
                <label
                  key={side}
                  className={`conflict__side conflict__side--${side}`}
                  data-chosen={choices[d.field] === side ? 'true' : undefined}
                >
                  <input
                    type="radio"
                    name={`${id}-${d.field}`}
                    value={side}
                    checked={choices[d.field] === side}
                    onChange={() => {
                      setChoices((current) => ({ ...current, [d.field]: side }));
                    }}
                  />
                  <span className="conflict__side-label">
                    {side === 'mine' ? ct('conflict.mine') : ct('conflict.theirs')}
                    <span className="conflict__changed">
                      {(side === 'mine' ? d.changedByMe : d.changedByThem)
                        ? ct('conflict.changed')
                        : ct('conflict.unchanged')}
                    </span>
                  </span>
                  <span className="conflict__value">
                    {shownValue(d.field, side === 'mine' ? d.mine : d.theirs)}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {ct('conflict.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => all('mine')}>
          {ct('conflict.allMine')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => all('theirs')}>
          {ct('conflict.allTheirs')}
        </button>
        <button type="button" className="button button--link" onClick={onDiscard}>
          {ct('conflict.discard')}
        </button>
      </div>
    </form>
  );
}
