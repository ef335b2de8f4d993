/**
 * The building blocks of every coordinator form: labelled fields whose problem is announced with
 * the field (aria-invalid, aria-describedby), a summary of all problems that links to each field,
 * and the save bar. Layout comes from coordinate.css, built on the design tokens.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useText } from '../i18n/use-text';

/** The id of a form field's control, from the form's id and the field's name. */
export const controlId = (form: string, field: string) => `${form}-${field.replace(/\W/g, '-')}`;

interface ShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  children: ReactNode;
  className?: string;
}

/** Label, hint, problem and control, in the order a screen reader should meet them. */
export function FieldShell({ id, label, hint, error, optional, children, className }: ShellProps) {
  const { ct } = useText();
  return (
    <div className={`field form-field ${error ? 'form-field--invalid' : ''} ${className ?? ''}`}>
      <label className="label" htmlFor={id}>
        {label}
        {optional && <span className="form-field__optional"> {ct('form.optional')}</span>}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <p id={`${id}-error`} className="form-field__error">
          <span className="visually-hidden">{ct('form.problem')}: </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** aria-describedby for a control: its hint and its problem. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface TextProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'password';
  autoComplete?: string;
  disabled?: boolean;
  lang?: string;
  multiline?: boolean;
  inputMode?: 'text' | 'email' | 'tel' | 'url';
}

export function TextField(props: TextProps) {
  const { id, label, value, onChange, hint, error, optional, disabled, lang } = props;
  const common = {
    id,
    className: 'input',
    value,
    disabled,
    lang,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  } as const;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={props.type === 'email' || props.type === 'url' ? false : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  hint?: string;
  error?: string | undefined;
  disabled?: boolean;
  /** A first, empty option ("choose…"). */
  empty?: string;
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  hint,
  error,
  disabled,
  empty,
}: SelectProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className="input"
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface ChoicesProps {
  id: string;
  legend: string;
  options: { value: string; label: string; detail?: string }[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  hint?: string;
  error?: string | undefined;
  disabled?: boolean;
  /** Options side by side in columns, or one under the other (long labels). */
  columns?: boolean;
  stack?: boolean;
  /** The legend only for screen readers (the section's heading already says it). */
  hideLegend?: boolean;
}

/** A group of checkboxes for a list value (languages, data categories, legal bases). */
export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  hint,
  error,
  disabled,
  columns,
  stack,
  hideLegend,
}: ChoicesProps) {
  const { ct } = useText();
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset
      id={id}
      className={`choices ${error ? 'form-field--invalid' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
      tabIndex={-1}
    >
      <legend className={hideLegend ? 'visually-hidden' : 'label'}>{legend}</legend>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <p id={`${id}-error`} className="form-field__error">
          <span className="visually-hidden">{ct('form.problem')}: </span>
          {error}
        </p>
      )}
      <div
        className={`choices__list ${columns ? 'choices__list--columns' : ''} ${stack ? 'choices__list--stack' : ''}`}
      >
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              disabled={disabled}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>
              {option.label}
              {option.detail && <span className="choice__detail">{option.detail}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface ShownProblem {
  field: string;
  message: string;
}

/**
 * Every problem of the form at the top, each a link to its field; it takes the focus when it
 * appears, so keyboard and screen-reader users learn at once what to fix.
 */
export function ErrorSummary({
  problems,
  idOf,
  title,
}: {
  problems: ShownProblem[];
  idOf: (field: string) => string;
  title?: string;
}) {
  const { ctn } = useText();
  const box = useRef<HTMLDivElement>(null);
  const count = problems.length;
  useEffect(() => {
    if (count > 0) box.current?.focus();
  }, [count]);
  if (count === 0) return null;
  return (
    <div ref={box} className="error-summary" role="alert" tabIndex={-1}>
      <h2 className="error-summary__title">{title ?? ctn('form.summary', count)}</h2>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={`${problem.field}-${problem.message}`}>
            <a
              href={`#${idOf(problem.field)}`}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(idOf(problem.field));
                target?.focus();
                target?.scrollIntoView({ block: 'center' });
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A polite announcement under the form ("Saved", "Nothing changed"). */
export function FormStatus({ text, tone = 'success' }: { text: string | null; tone?: string }) {
  return (
    <p className={`form-status ${text ? `form-status--${tone}` : ''}`} role="status">
      {text}
    </p>
  );
}
