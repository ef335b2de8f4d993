/**
 * `/training`: the practice scenarios per barrier, generated from the current network, with your
 * progress (signed in) and, for coordinators, where staff in their scope most often go wrong.
 * Loaded lazily with its own texts (`training` namespace).
 */
import './training.css';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { useMyAuthoredScenarios } from '../api/authored';
import {
  type TrainingProgress,
  useMyTrainingProgress,
  useTrainingMistakes,
  useTrainingScenarios,
} from '../api/scenarios';
import { useTrainingText } from '../i18n/use-training-text';
import { MistakesTable } from './mistakes-table';

export function TrainingPage() {
  const { lang } = useI18n();
  const { t } = useTrainingText();
  const { viewer } = useViewer();
  usePageTitle(t('title'));
  const signedIn = !!viewer;
  const coordinator = viewer?.role === 'COORDINATOR' || viewer?.role === 'ADMIN';
  const list = useTrainingScenarios(lang);
  const progress = useMyTrainingProgress(lang, signedIn);
  const done = new Set(progress.data?.myTrainingProgress.flatMap((p) => p.doneScenarioIds));

  return (
    <div className="page training">
      <header className="page__header">
        <h1>{t('title')}</h1>
        <p className="prose">{t('intro')}</p>
      </header>
      {signedIn ? (
        <ProgressSummary
          rows={progress.data?.myTrainingProgress}
          totals={
            list.data && [...list.data.trainingScenarios, ...list.data.authoredTrainingScenarios]
          }
        />
      ) : (
        <p className="notice">{t('anonymous')}</p>
      )}
      {coordinator && <Mistakes />}
      {coordinator && <Authoring />}
      <section aria-labelledby="training-scenarios">
        <h2 id="training-scenarios">{t('scenariosTitle')}</h2>
        {list.error ? (
          <ErrorMessage error={list.error} onRetry={list.refetch} />
        ) : !list.data ? (
          <Loading />
        ) : (
          list.data.barriers.map((barrier) => {
            const scenarios = (list.data?.trainingScenarios ?? []).filter(
              (s) => s.barrier.code === barrier.code,
            );
            const authored = (list.data?.authoredTrainingScenarios ?? []).filter(
              (s) => s.barrier.code === barrier.code,
            );
            if (scenarios.length === 0 && authored.length === 0) return null;
            return (
              <section key={barrier.id} aria-labelledby={`training-${barrier.code}`}>
                <h3 id={`training-${barrier.code}`}>{barrier.name}</h3>
                <ul className="training__list">
                  {scenarios.map((s) => (
                    <li key={s.id}>
                      <Link to={`/training/scenario?id=${encodeURIComponent(s.id)}`}>
                        {t('scenarioLink', { signal: s.indicator.name, place: s.region.name })}
                      </Link>
                      {done.has(s.id) && <span className="badge training__done">{t('done')}</span>}
                    </li>
                  ))}
                  {authored.map((s) => (
                    <li key={s.id}>
                      <Link to={`/training/authored?id=${encodeURIComponent(s.id)}`}>
                        {s.title}
                      </Link>{' '}
                      <span className="badge">{t('authoredBadge')}</span>
                      {done.has(s.id) && <span className="badge training__done">{t('done')}</span>}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </section>
    </div>
  );
}

function ProgressSummary({
  rows,
  totals,
}: {
  rows: TrainingProgress | undefined;
  totals: { barrier: { code: string } }[] | undefined;
}) {
  const { t } = useTrainingText();
  const { locale } = useI18n();
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return (
    <section aria-labelledby="training-progress" className="training__progress">
      <h2 id="training-progress">{t('progressTitle')}</h2>
      {/* Both the answers and the scenarios on offer: "1 of 0 done" while the list loads is wrong. */}
      {!rows || !totals ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted">{t('progressNone')}</p>
      ) : (
        <ul className="training__list" data-testid="training-progress">
          {rows.map((row) => (
            <li key={row.barrier.code}>
              <strong>{row.barrier.name}</strong>:{' '}
              {t('progressRow', {
                done: row.done,
                total: totals.filter((s) => s.barrier.code === row.barrier.code).length,
                correct: row.correct,
                answered: row.answered,
              })}
              {row.lastAttemptAt && (
                <>
                  {' · '}
                  {t('lastAttempt', { date: when(row.lastAttemptAt) })}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Mistakes() {
  const { lang } = useI18n();
  const { t } = useTrainingText();
  const { data, error, refetch } = useTrainingMistakes(lang, true);
  return (
    <section aria-labelledby="training-mistakes">
      <h2 id="training-mistakes">{t('mistakesTitle')}</h2>
      <p className="muted">{t('mistakesIntro')}</p>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : !data ? (
        <Loading />
      ) : (
        <MistakesTable rows={data.trainingMistakes} />
      )}
    </section>
  );
}

/** For coordinators: write scenarios, and those that need attention with the reason in words. */
function Authoring() {
  const { lang } = useI18n();
  const { t } = useTrainingText();
  const { data, error, refetch } = useMyAuthoredScenarios(lang, true);
  const mine = data?.authoredScenarios ?? [];
  const attention = mine.filter((s) => s.status === 'ACTIVE' && s.needsAttention.length > 0);
  const title = (s: (typeof mine)[number]) =>
    (lang === 'FR' ? s.title.fr : lang === 'EN' ? s.title.en : null) || s.title.nl || s.id;
  return (
    <section aria-labelledby="training-authoring">
      <h2 id="training-authoring">{t('authoredTitle')}</h2>
      <p className="muted">{t('authoredIntro')}</p>
      <p>
        <Link className="button" to="/coordinate/new/scenario">
          {t('authoredNew')}
        </Link>
      </p>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <h3 id="training-attention">{t('attentionTitle')}</h3>
          {attention.length === 0 ? (
            <p className="muted">{t('attentionNone')}</p>
          ) : (
            <ul className="training__attention" data-testid="training-attention">
              {attention.map((s) => (
                <li key={s.id}>
                  <Link to={`/coordinate/scenario/${encodeURIComponent(s.id)}`}>
                    {t('attentionEdit', { title: title(s) })}
                  </Link>
                  <ul>
                    {s.needsAttention.map((a) => (
                      <li key={a.id}>{a.reason}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {mine.length > 0 && (
            <>
              <h3>{t('authoredMine')}</h3>
              <ul className="training__list">
                {mine.map((s) => (
                  <li key={s.id}>
                    <Link to={`/coordinate/scenario/${encodeURIComponent(s.id)}`}>{title(s)}</Link>
                    {s.status === 'ARCHIVED' && (
                      <span className="badge">{t('authoredArchived')}</span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
