/**
 * `/training/authored?id=…`: a case study written by a coordinator — the story, then its
 * questions one at a time; after each answer the author's feedback takes the focus. Same steps
 * as a generated scenario: one clear action per step, a missing choice in an error summary.
 */
import './training.css';
import { useRef, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
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
import { FeedbackBox, QuestionStep, ScenarioResult } from './question-step';

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
        <ScenarioResult answers={answers} total={total} />
      ) : (
        <AuthoredQuestion
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

function AuthoredQuestion({
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
  return (
    <QuestionStep
      legend={question.text}
      choices={question.choices.map((choice) => ({ key: choice.number, label: choice.text }))}
      chooseMessage={t('authoredChoose')}
      n={question.number}
      total={total}
      send={(choice) =>
        answerAuthoredQuestion({ scenario: scenarioId, question: question.number, choice }, lang)
      }
      onAnswered={onAnswered}
      onNext={onNext}
      feedback={(answer) => <Feedback answer={answer} question={question} />}
    />
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
  const right = question.choices
    .filter((c) => answer.rightChoices.includes(c.number))
    .map((c) => c.text)
    .join(' / ');
  return (
    <FeedbackBox correct={answer.correct}>
      <p>
        <strong>{t('authoredRight', { answer: right })}</strong>
      </p>
      {answer.feedback.split(/\n{2,}/).map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one fixed text
        <p key={i}>{paragraph}</p>
      ))}
      <p className="muted small">{answer.recorded ? t('recorded') : t('notRecorded')}</p>
    </FeedbackBox>
  );
}
