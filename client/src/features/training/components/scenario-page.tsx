/**
 * `/training/scenario?id=…`: one generated scenario, one question at a time. One clear action per
 * step (check the answer, then go on); a missing choice is reported in an error summary that
 * links to the question; the feedback explains the right answer from the network itself and takes
 * the focus, so a screen reader reads it at once.
 */
import './training.css';
import { useRef, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
import type { MessageKey } from '../../../i18n/nl';
import { useI18n } from '../../../lib/i18n';
import { Link, useSearchParams } from '../../../lib/router';
import {
  answerTrainingQuestion,
  type TrainingAnswer,
  type TrainingQuestion,
  type TrainingScenario,
  useTrainingScenario,
} from '../api/scenario';
import { useTrainingText } from '../i18n/use-training-text';
import { basesText, useChoiceText } from './choice-label';
import { FeedbackBox, QuestionStep, ScenarioResult } from './question-step';

export function ScenarioPage() {
  const { lang } = useI18n();
  const { t } = useTrainingText();
  const id = useSearchParams().get('id') ?? '';
  const { data, error, refetch } = useTrainingScenario(id, lang);
  // An answer clears the cache and the scenario is asked again: the steps stay on screen (with
  // the feedback) meanwhile instead of unmounting behind a loading message.
  const last = useRef<TrainingScenario | null>(null);
  if (data?.trainingScenario) last.current = data.trainingScenario;
  const scenario = last.current?.id === id ? last.current : undefined;
  // No id, or one that no longer exists (the network changed since the link was made).
  const missing = !id || (data !== undefined && !data.trainingScenario && !scenario);
  usePageTitle(t('kicker'));
  return (
    <div className="page training">
      <p>
        <Link to="/training">{t('backToList')}</Link>
      </p>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : missing ? (
        <>
          <h1>{t('kicker')}</h1>
          <p>{t('missing')}</p>
        </>
      ) : !scenario ? (
        <Loading />
      ) : (
        <ScenarioSteps key={scenario.id} scenario={scenario} />
      )}
    </div>
  );
}

function ScenarioSteps({ scenario }: { scenario: TrainingScenario }) {
  const { t } = useTrainingText();
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<TrainingAnswer[]>([]);
  const questions = scenario.questions;
  const question = questions[step];
  const finished = step >= questions.length;
  return (
    <>
      <header className="page__header">
        <p className="kicker">
          {t('kicker')} · {scenario.barrier.name}
        </p>
        <h1>{t('story', { place: scenario.region.name, signal: scenario.indicator.name })}</h1>
      </header>
      <div className="training__story">
        {scenario.indicator.description && <p>{scenario.indicator.description}</p>}
        {scenario.municipality && (
          <p className="muted">{t('storyCaller', { municipality: scenario.municipality.name })}</p>
        )}
      </div>
      {questions.length === 0 ? (
        <p className="notice">{t('noQuestions')}</p>
      ) : finished || !question ? (
        <ScenarioResult answers={answers} total={questions.length} />
      ) : (
        <GeneratedQuestion
          key={question.kind}
          scenarioId={scenario.id}
          question={question}
          n={step + 1}
          total={questions.length}
          onAnswered={(answer) => setAnswers((list) => [...list, answer])}
          onNext={() => setStep((s) => s + 1)}
        />
      )}
    </>
  );
}

function GeneratedQuestion({
  scenarioId,
  question,
  n,
  total,
  onAnswered,
  onNext,
}: {
  scenarioId: string;
  question: TrainingQuestion;
  n: number;
  total: number;
  onAnswered: (answer: TrainingAnswer) => void;
  onNext: () => void;
}) {
  const { lang } = useI18n();
  const { t } = useTrainingText();
  const { label } = useChoiceText();
  const legend =
    question.kind === 'SHARING'
      ? t('question.SHARING', { partner: question.partner?.name ?? '' })
      : t(`question.${question.kind}`);
  return (
    <QuestionStep
      legend={legend}
      choices={question.choices.map((choice) => ({ key: choice.id, label: label(choice) }))}
      chooseMessage={t('errorChoose')}
      n={n}
      total={total}
      send={(choice) =>
        answerTrainingQuestion({ scenario: scenarioId, question: question.kind, choice }, lang)
      }
      onAnswered={onAnswered}
      onNext={onNext}
      feedback={(answer) => <Feedback answer={answer} />}
    />
  );
}

function Feedback({ answer }: { answer: TrainingAnswer }) {
  const { t: app } = useI18n();
  const { t } = useTrainingText();
  const { label, dataText } = useChoiceText();
  const { right, firstCallReason: why } = answer;
  return (
    <FeedbackBox correct={answer.correct}>
      <p>
        <strong>{t('rightAnswer', { answer: label(right) })}</strong>
      </p>
      {why && (
        <>
          {why.role && <p>{t('why.role', { role: app(`role.${why.role}` as MessageKey) })}</p>}
          {why.coveragePath.length > 0 && (
            <p>
              {t('why.coverage', {
                scope: app(`scope.${why.scope}` as MessageKey),
                path: why.coveragePath.map((r) => r.name).join(' → '),
              })}
            </p>
          )}
          {why.via && <p>{t('why.via', { organisation: why.via.name })}</p>}
          <p>{t(why.priority === 'BACKUP' ? 'why.backup' : 'why.primary')}</p>
        </>
      )}
      {right.agreement && (
        <>
          <p>{t('why.data', { data: dataText(right.agreement.dataCategories) })}</p>
          <p>{t('why.basis', { basis: basesText(right.agreement.legalBases) })}</p>
          {right.agreement.conditions && (
            <p>{t('why.conditions', { conditions: right.agreement.conditions })}</p>
          )}
        </>
      )}
      {right.kind === 'NO_AGREEMENT' && <p>{t('why.noAgreement')}</p>}
      {right.measure && (
        <>
          {right.measure.description && <p>{right.measure.description}</p>}
          {right.measure.legalBases.length > 0 && (
            <p>{t('why.basis', { basis: basesText(right.measure.legalBases) })}</p>
          )}
        </>
      )}
      <p className="muted small">
        {t('why.source')} {answer.recorded ? t('recorded') : t('notRecorded')}
      </p>
    </FeedbackBox>
  );
}
