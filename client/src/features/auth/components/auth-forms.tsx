/**
 * The parts of the account forms: an error summary that takes the focus and links to each field,
 * and a text field that shows its own error (aria-invalid, aria-describedby).
 */
import './auth-forms.css';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../lib/i18n';
import { Link } from '../../../lib/router';

export interface FieldProblem {
  /** The id of the input the problem is about. */
  id: string;
  message: string;
}

/** Every problem at the top of the form, each a link to its field; focused when it appears. */
export function AuthErrorSummary({ problems }: { problems: FieldProblem[] }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const key = problems.map((p) => p.message).join('|');
  useEffect(() => {
    if (key) box.current?.focus();
  }, [key]);
  if (problems.length === 0) return null;
  return (
    <div ref={box} className="auth-summary" role="alert" tabIndex={-1}>
      <h2>{t('twoStep.summary')}</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.id}-${p.message}`}>
            <a
              href={`#${p.id}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(p.id)?.focus();
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A six-digit code (or a recovery code) with its label, hint and error. */
export function CodeField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  recovery = false,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  recovery?: boolean;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' auth-field--invalid' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="auth-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        id={id}
        className="input input--code"
        type="text"
        name={recovery ? 'recoveryCode' : 'code'}
        inputMode={recovery ? 'text' : 'numeric'}
        autoComplete={recovery ? 'off' : 'one-time-code'}
        spellCheck={false}
        maxLength={recovery ? 40 : 12}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** An account page opened signed out: its heading and the way to sign in and come back. */
export function SignInFirst({ title, next }: { title: string; next: string }) {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>{t('auth.signIn')}</Link>
      </p>
    </div>
  );
}
