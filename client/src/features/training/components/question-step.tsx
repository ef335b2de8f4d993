/**
 * The steps every training scenario shares, generated or written by a coordinator: one question
 * as a fieldset of choices with one clear action (check, then go on), a missing choice reported in
 * an error summary that links to the first choice, the feedback box that takes the focus so a
 * screen reader reads it at once, and the result at the end.
 */
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { ErrorMessage } from '../../../components/status';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { Link } from '../../../lib/router';
import { useTrainingText } from '../i18n/use-training-text';

export interface StepChoice<K> {
  key: K;
  label: ReactNode;
}

export function QuestionStep<K extends string | number, A extends { correct: boolean }>({
  legend,
  choices,
  chooseMessage,
  n,
  total,
  send,
  onAnswered,
  onNext,
  feedback,
}: {
  legend: ReactNode;
  choices: StepChoice<K>[];
  /** What the error summary and the field say when no choice is made. */
  chooseMessage: string;
  n: number;
  total: number;
  /** Sends the chosen answer and returns the server's judgement of it. */
  send: (choice: K) => Promise<A>;
  onAnswered: (answer: A) => void;
  onNext: () => void;
  feedback: (answer: A) => ReactNode;
}) {
  const { t } = useTrainingText();
  const id = useId();
  const [chosen, setChosen] = useState<K | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [answer, setAnswer] = useState<A | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const firstChoice = `${id}-choice-0`;

  useEffect(() => {
    if (missing) summary.current?.focus();
  }, [missing]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (answer) return onNext();
    if (chosen === null) {
      setMissing(true);
      summary.current?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    setFailure(null);
    try {
      const result = await send(chosen);
      setAnswer(result);
      onAnswered(result);
    } catch (error) {
      setFailure(asApiError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {missing && (
        <div ref={summary} className="training-error-summary" role="alert" tabIndex={-1}>
          <h2>{t('errorSummary')}</h2>
          <ul>
            <li>
              <a
                href={`#${firstChoice}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(firstChoice)?.focus();
                }}
              >
                {chooseMessage}
              </a>
            </li>
          </ul>
        </div>
      )}
      <p className="muted">{t('stepOf', { n, total })}</p>
      <fieldset
        className={`training__question${missing ? ' training__question--invalid' : ''}`}
        aria-describedby={missing ? `${id}-error` : undefined}
        disabled={!!answer || busy}
      >
        <legend>{legend}</legend>
        {missing && (
          <p id={`${id}-error`} className="training__field-error">
            {chooseMessage}
          </p>
        )}
        <div className="training__choices">
          {choices.map((choice, i) => (
            <label key={choice.key} className="training__choice" htmlFor={`${id}-choice-${i}`}>
              <input
                id={`${id}-choice-${i}`}
                type="radio"
                name={`${id}-choice`}
                value={choice.key}
                checked={chosen === choice.key}
                onChange={() => {
                  setChosen(choice.key);
                  setMissing(false);
                }}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {failure && <ErrorMessage error={failure} />}
      {answer && feedback(answer)}
      <button type="submit" className="button" disabled={busy}>
        {!answer ? t('check') : n < total ? t('next') : t('finish')}
      </button>
    </form>
  );
}

/** The box around an answer's feedback: right or wrong, focused when it appears. */
export function FeedbackBox({ correct, children }: { correct: boolean; children: ReactNode }) {
  const { t } = useTrainingText();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div
      ref={box}
      tabIndex={-1}
      className={`training__feedback${correct ? ' training__feedback--right' : ''}`}
      data-testid="training-feedback"
    >
      <h2>{correct ? t('correct') : t('wrong')}</h2>
      {children}
    </div>
  );
}

/** The end of a scenario: the score, focused, and the way back to the list. */
export function ScenarioResult({
  answers,
  total,
}: {
  answers: { correct: boolean }[];
  total: number;
}) {
  const { t } = useTrainingText();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const correct = answers.filter((a) => a.correct).length;
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="status"
      className="notification-banner notification-banner--success training__feedback training__feedback--right"
      data-testid="training-result"
    >
      <h2>{t('finishedTitle')}</h2>
      <p>{t('finishedScore', { correct, total })}</p>
      <p>
        <Link to="/training">{t('backToList')}</Link>
      </p>
    </div>
  );
}
