/**
 * `/training/authored?id=…`: a case study written by a coordinator — the story, then its
 * questions one at a time; after each answer the author's feedback takes the focus. Same steps
 * as a generated scenario: one clear action per step, a missing choice in an error summary.
 */
import './training.css';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
import { type ApiError, asApiError } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { Link, useSearchParams } from '../../../lib/router';
import {
  type AuthoredTrainingAnswer,
  type AuthoredTrainingQuestion,
  type AuthoredTrainingScenario,
  answerAuthoredQuestion,
  useAuthoredTrainingScenario,
} from '../api/authored';
import { useTrainingText } from '../i18n/use-training-text';

export function AuthoredScenarioPage() {
  const { lang } = useI18n();
  const { t } = useTrainingText();
  const id = useSearchParams().get('id') ?? '';
  const { data, error, refetch } = useAuthoredTrainingScenario(id, lang);
  // An answer clears the cache: keep the steps (and the feedback) on screen meanwhile.
  const last = useRef<AuthoredTrainingScenario | null>(null);
  if (data?.authoredTrainingScenario) last.current = data.authoredTrainingScenario;
  const scenario = last.current?.id === id ? last.current : undefined;
  usePageTitle(scenario?.title ?? t('authoredKicker'));
  return (
    <div className="page training">
      <p>
        <Link to="/training">{t('backToList')}</Link>
      </p>
      {error ? (
        error.code === 'NOT_FOUND' ? (
          <p className="notice">{t('authoredGone')}</p>
        ) : (
          <ErrorMessage error={error} onRetry={refetch} />
        )
      ) : !scenario ? (
        <Loading />
      ) : (
        <Steps key={scenario.id} scenario={scenario} />
      )}
    </div>
  );
}

function Steps({ scenario }: { scenario: AuthoredTrainingScenario }) {
  const { t } = useTrainingText();
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<AuthoredTrainingAnswer[]>([]);
  const question = scenario.questions[step];
  const total = scenario.questions.length;
  return (
    <>
      <header className="page__header">
        <p className="kicker">
          {t('authoredKicker')} · {scenario.barrier.name}
          {scenario.region ? ` · ${scenario.region.name}` : ''}
        </p>
        <h1>{scenario.title}</h1>
      </header>
      <div className="training__story" data-testid="authored-story">
        {scenario.story.split(/\n{2,}/).map((paragraph, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one fixed text
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      {step >= total || !question ? (
        <Result answers={answers} total={total} />
      ) : (
        <QuestionStep
          key={question.number}
          scenarioId={scenario.id}
          question={question}
          total={total}
          onAnswered={(answer) => setAnswers((list) => [...list, answer])}
          onNext={() => setStep((s) => s + 1)}
        />
      )}
    </>
  );
}

function QuestionStep({
  scenarioId,
  question,
  total,
  onAnswered,
  onNext,
}: {
  scenarioId: string;
  question: AuthoredTrainingQuestion;
  total: number;
  onAnswered: (answer: AuthoredTrainingAnswer) => void;
  onNext: () => void;
}) {
  const { lang } = useI18n();
  const { t } = useTrainingText();
  const id = useId();
  const [chosen, setChosen] = useState(0);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [answer, setAnswer] = useState<AuthoredTrainingAnswer | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const firstChoice = `${id}-choice-1`;
  const n = question.number;

  useEffect(() => {
    if (missing) summary.current?.focus();
  }, [missing]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (answer) return onNext();
    if (!chosen) {
      setMissing(true);
      summary.current?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    setFailure(null);
    try {
      const result = await answerAuthoredQuestion(
        { scenario: scenarioId, question: n, choice: chosen },
        lang,
      );
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
                {t('authoredChoose')}
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
        <legend>{question.text}</legend>
        {missing && (
          <p id={`${id}-error`} className="training__field-error">
            {t('authoredChoose')}
          </p>
        )}
        <div className="training__choices">
          {question.choices.map((choice) => (
            <label
              key={choice.number}
              className="training__choice"
              htmlFor={`${id}-choice-${choice.number}`}
            >
              <input
                id={`${id}-choice-${choice.number}`}
                type="radio"
                name={`${id}-choice`}
                value={choice.number}
                checked={chosen === choice.number}
                onChange={() => {
                  setChosen(choice.number);
                  setMissing(false);
                }}
              />
              <span>{choice.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {failure && <ErrorMessage error={failure} />}
      {answer && <Feedback answer={answer} question={question} />}
      <button type="submit" className="button" disabled={busy}>
        {!answer ? t('check') : n < total ? t('next') : t('finish')}
      </button>
    </form>
  );
}

function Feedback({
  answer,
  question,
}: {
  answer: AuthoredTrainingAnswer;
  question: AuthoredTrainingQuestion;
}) {
  const { t } = useTrainingText();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const right = question.choices
    .filter((c) => answer.rightChoices.includes(c.number))
    .map((c) => c.text)
    .join(' / ');
  return (
    <div
      ref={box}
      tabIndex={-1}
      className={`training__feedback${answer.correct ? ' training__feedback--right' : ''}`}
      data-testid="training-feedback"
    >
      <h2>{answer.correct ? t('correct') : t('wrong')}</h2>
      <p>
        <strong>{t('authoredRight', { answer: right })}</strong>
      </p>
      {answer.feedback.split(/\n{2,}/).map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one fixed text
        <p key={i}>{paragraph}</p>
      ))}
      <p className="muted small">{answer.recorded ? t('recorded') : t('notRecorded')}</p>
    </div>
  );
}

function Result({ answers, total }: { answers: AuthoredTrainingAnswer[]; total: number }) {
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
