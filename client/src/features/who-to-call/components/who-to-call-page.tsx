/**
 * `/`: the three questions and the answer. The question lives in the URL query string, so the
 * answer can be shared; the municipality is remembered, so next time one click is enough.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
import { useLocation, useNavigate } from '../../../lib/router';
import { CALLER_NEEDS, type CallerNeed } from '../../../lib/schema';
import { useWhoToCall } from '../api/who-to-call';
import { useWhoToCallOptions } from '../api/who-to-call-options';
import { parseQuery, toSearch, type WhoToCallQuery } from '../utils/query-state';
import { rememberedPlace, rememberPlace } from '../utils/remembered-place';
import { Answer } from './answer';
import { BarrierChoice } from './barrier-choice';
import { FormEffectNote } from './form-effect-note';
import { PlacePicker } from './place-picker';
import { SignalPicker } from './signal-picker';

export function WhoToCallPage() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const navigate = useNavigate();
  const query = useMemo(() => parseQuery(search), [search]);
  const [remembered] = useState(rememberedPlace);
  const options = useWhoToCallOptions(lang);
  const data = options.data;

  // A remembered place counts only while it still exists.
  const rememberedValid =
    remembered && data?.regions.some((region) => region.id === remembered) ? remembered : undefined;
  const region = query.region ?? rememberedValid;
  const signal = data?.indicators.find((indicator) => indicator.id === query.indicator);
  const barrier = query.indicator ? signal?.barriers[0]?.code : query.barrier;
  const need = CALLER_NEEDS.find((code) => code === query.need);

  const answer = useWhoToCall(
    {
      barrier: query.indicator ? undefined : query.barrier,
      indicator: query.indicator,
      region,
      exploitationForm: query.form,
      need,
    },
    lang,
  );
  const whoToCall = answer.data?.whoToCall;
  const barrierName =
    whoToCall?.barriers.map((b) => b.name).join(', ') ??
    data?.barriers.find((b) => b.code === barrier)?.name ??
    '';
  usePageTitle(
    whoToCall?.region
      ? t('wtc.answerTitle', { barrier: barrierName, place: whoToCall.region.name })
      : t('wtc.title'),
  );

  // On a phone the answer appears below the form: bring it into view after a choice, and when the
  // page opens on a whole question (a shared link, a reload), so the first call shows at once.
  const chose = useRef(false);
  const opened = useRef(true);
  useEffect(() => {
    if (!whoToCall) return;
    const justOpened = opened.current;
    opened.current = false;
    if (!chose.current && !justOpened) return;
    chose.current = false;
    if (window.matchMedia('(max-width: 61.99rem)').matches) {
      const smooth = !justOpened && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      document
        .getElementById('answer-title')
        ?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    }
  }, [whoToCall]);

  const update = (patch: WhoToCallQuery) => {
    chose.current = true;
    const next = { ...query, region, ...patch };
    navigate(`/${toSearch(next)}`, { replace: true });
  };

  return (
    <div className="page who-to-call">
      <div className="page__intro">
        <h1>{t('wtc.title')}</h1>
        <p className="lead">{t('wtc.intro')}</p>
      </div>

      <div className="who-layout">
        <form
          className="question card no-print"
          aria-labelledby="question-title"
          onSubmit={(event) => event.preventDefault()}
        >
          <h2 id="question-title" className="visually-hidden">
            {t('wtc.question')}
          </h2>
          {options.error && !data && (
            <ErrorMessage error={options.error} onRetry={options.refetch} />
          )}
          {!data && !options.error && <Loading />}
          {data && (
            <>
              <div className="step-group">
                <BarrierChoice
                  barriers={data.barriers}
                  value={barrier}
                  onChange={(code) => update({ barrier: code, indicator: undefined })}
                />
                <SignalPicker
                  signals={data.indicators}
                  barriers={data.barriers}
                  value={query.indicator}
                  onChange={(picked) =>
                    update({
                      indicator: picked?.id,
                      barrier: picked ? picked.barriers[0]?.code : barrier,
                    })
                  }
                />
              </div>
              <PlacePicker
                places={data.regions}
                value={region}
                remembered={!query.region && Boolean(rememberedValid)}
                onChange={(place) => {
                  rememberPlace(place.id);
                  update({ region: place.id });
                }}
              />
              <fieldset className="step">
                <legend className="step__title">
                  <span className="step__number" aria-hidden="true">
                    3
                  </span>
                  <span>
                    {t('wtc.step3')} <span className="step__optional">{t('wtc.optional')}</span>
                  </span>
                </legend>
                <label className="visually-hidden" htmlFor="exploitation-form">
                  {t('wtc.formLabel')}
                </label>
                <select
                  id="exploitation-form"
                  className="input"
                  value={query.form ?? ''}
                  onChange={(event) => update({ form: event.target.value || undefined })}
                >
                  <option value="">{t('wtc.formAll')}</option>
                  {data.exploitationForms.map((form) => (
                    <option key={form.code} value={form.code}>
                      {form.name}
                    </option>
                  ))}
                </select>
                {query.form && <FormEffectNote effect={whoToCall?.formEffect} />}
              </fieldset>
            </>
          )}
        </form>

        <div className="who-layout__answer">
          {!barrier && !query.indicator ? (
            <p className="placeholder">{t('wtc.needBarrier')}</p>
          ) : !region ? (
            <p className="placeholder">{t('wtc.needPlace')}</p>
          ) : (
            <Answer
              answer={whoToCall}
              loading={answer.loading}
              error={answer.error}
              onRetry={answer.refetch}
              barrierName={barrierName}
              onNeedChange={(code: CallerNeed) =>
                update({ need: code === 'SIGNAL' ? undefined : code })
              }
            />
          )}
        </div>
      </div>
    </div>
  );
}
