/**
 * An ARIA 1.2 combobox with a list of suggestions: arrows move, Enter picks, Escape closes
 * (and a second Escape clears). The parent owns the text and the options.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react';

export interface ComboOption {
  id: string;
  label: string;
  /** A second, quieter line or tag (type of hit, barrier, organisation). */
  detail?: string;
}

interface ComboboxProps {
  label: string;
  hideLabel?: boolean;
  hint?: string;
  placeholder?: string;
  value: string;
  onValueChange: (value: string) => void;
  options: ComboOption[];
  onSelect: (option: ComboOption) => void;
  /** Enter without a highlighted option (e.g. go to the search page). */
  onEnter?: (value: string) => void;
  /** An extra last option, e.g. "All results for …". */
  footer?: { label: string; onSelect: () => void };
  /** Text for the polite live region (loading, "3 results", "nothing found"). */
  status?: string;
  /** Shown in the open list when there is nothing to choose. */
  emptyText?: string;
  /**
   * A visible heading over the options, which then form one labelled group, e.g. "Nothing found
   * for ‘x’; nearest:" when the options are the nearest matches rather than matches.
   */
  groupLabel?: string;
  minChars?: number;
  openOnFocus?: boolean;
  type?: 'search' | 'text';
  inputId?: string;
  className?: string;
  /** Called when Escape is pressed on a closed list with text: the parent may restore it. */
  onEscape?: () => void;
  after?: ReactNode;
}

export function Combobox({
  label,
  hideLabel,
  hint,
  placeholder,
  value,
  onValueChange,
  options,
  onSelect,
  onEnter,
  footer,
  status,
  emptyText,
  groupLabel,
  minChars = 0,
  openOnFocus = false,
  type = 'text',
  inputId,
  className,
  onEscape,
  after,
}: ComboboxProps) {
  const baseId = useId();
  const id = inputId ?? `${baseId}-input`;
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const total = options.length + (footer ? 1 : 0);
  const longEnough = value.trim().length >= minChars;
  const showEmpty = open && longEnough && total === 0 && emptyText !== undefined;
  const expanded = open && longEnough && total > 0;

  // A new list of options starts without a highlighted one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on every new list
  useEffect(() => setActive(-1), [options]);

  const optionId = (index: number) => `${baseId}-opt-${index}`;

  const choose = (index: number) => {
    if (index < options.length) {
      const option = options[index];
      if (option) onSelect(option);
    } else footer?.onSelect();
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(total > 0 ? 0 : -1);
        } else setActive((i) => (i + 1) % total);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(total - 1);
        } else setActive((i) => (i <= 0 ? total - 1 : i - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(active);
        } else if (onEnter) {
          event.preventDefault();
          setOpen(false);
          onEnter(value);
        }
        break;
      case 'Escape':
        if (expanded || showEmpty) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value) {
          event.preventDefault();
          if (onEscape) onEscape();
          else onValueChange('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
        break;
    }
  };

  const renderedOptions = options.map((option, index) => (
    // The input keeps the focus and points at the highlighted option (aria-activedescendant):
    // options are never focused themselves, and the keyboard is handled by the input.
    // biome-ignore lint/a11y/useFocusableInteractive: see above
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above
    <div
      key={option.id}
      id={optionId(index)}
      role="option"
      aria-selected={index === active}
      className="combobox__option"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => choose(index)}
      onMouseMove={() => setActive(index)}
    >
      <span className="combobox__label">{option.label}</span>
      {option.detail && <span className="combobox__detail">{option.detail}</span>}
    </div>
  ));

  return (
    <div className={`combobox ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'label'}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className={hideLabel ? 'visually-hidden' : 'hint'}>
          {hint}
        </span>
      )}
      <div className="combobox__field">
        <input
          id={id}
          type={type}
          className="input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hint ? hintId : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={value}
          onChange={(event) => {
            onValueChange(event.target.value);
            setOpen(true);
          }}
          onFocus={() => {
            if (openOnFocus) setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {after}
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        className="combobox__list"
        hidden={!expanded}
      >
        {groupLabel ? (
          // A group of options inside a listbox (ARIA 1.2): a fieldset is no listbox child.
          // biome-ignore lint/a11y/useSemanticElements: see above
          <div role="group" aria-labelledby={`${baseId}-group`}>
            <div id={`${baseId}-group`} role="presentation" className="combobox__group-label">
              {groupLabel}
            </div>
            {renderedOptions}
          </div>
        ) : (
          renderedOptions
        )}
        {footer && (
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the input (see above)
          // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keyboard
          <div
            id={optionId(options.length)}
            role="option"
            aria-selected={active === options.length}
            className="combobox__option combobox__option--footer"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(options.length)}
            onMouseMove={() => setActive(options.length)}
          >
            {footer.label}
          </div>
        )}
      </div>
      {showEmpty && <p className="combobox__empty">{emptyText}</p>}
      <span className="visually-hidden" role="status" aria-live="polite">
        {open ? status : ''}
      </span>
    </div>
  );
}
