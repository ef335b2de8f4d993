/**
 * /account/two-step: two-step verification of the signed-in user. Set it up (a QR code for the
 * authenticator app, the key in text for typing in or a screen reader, a code to confirm; then
 * ten recovery codes shown once), or turn it off with a current code when the role does not
 * require it. An account whose role requires it and has none is sent here after signing in.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
import { asApiError, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { Link, useSearchParams } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import {
  confirmEnrolment,
  disableSecondFactor,
  type Enrolment,
  MY_SECOND_FACTOR,
  startEnrolment,
} from '../api/second-factor';
import { AuthErrorSummary, CodeField, SignInFirst } from './auth-forms';

/** Only paths inside this app. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The key in groups of four, as authenticator apps show it. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

export function TwoStepPage() {
  const { t, lang } = useI18n();
  const { viewer } = useViewer();
  const params = useSearchParams();
  usePageTitle(t('twoStep.title'));
  const { data, error, loading, refetch } = useQuery(MY_SECOND_FACTOR, {}, { skip: !viewer });
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const success = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) success.current?.focus();
  }, [done]);

  if (viewer === null) return <SignInFirst title={t('twoStep.title')} next="/account/two-step" />;
  if (error) return <ErrorMessage error={error} onRetry={refetch} />;
  if (loading || !data) return <Loading />;
  const status = data.mySecondFactor;

  const failed = (thrown: unknown) => {
    const e = asApiError(thrown);
    const onCode = e.fieldErrors.find((f) => f.field === 'code');
    if (onCode) setCodeError(onCode.message);
    else setProblem(e.generalCode === 'BAD_USER_INPUT' ? e.message : t(`error.${e.generalCode}`));
  };

  /** A code typed in the form: six digits, or a per-field problem. */
  const checkedCode = (): string | null => {
    const typed = code.replace(/\s+/g, '');
    setProblem(null);
    if (!typed) setCodeError(t('signIn.codeMissing'));
    else if (!/^\d{6}$/.test(typed)) setCodeError(t('signIn.codeFormat'));
    else {
      setCodeError(null);
      return typed;
    }
    return null;
  };

  const start = async () => {
    setPending(true);
    setProblem(null);
    setDone(null);
    try {
      setEnrolment(await startEnrolment(lang));
    } catch (thrown) {
      failed(thrown);
    } finally {
      setPending(false);
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const typed = checkedCode();
    if (!typed) return;
    setPending(true);
    try {
      setRecoveryCodes(await confirmEnrolment(typed, lang));
      setEnrolment(null);
      setCode('');
      setDone(t('twoStep.enabled'));
      refetch();
    } catch (thrown) {
      failed(thrown);
    } finally {
      setPending(false);
    }
  };

  const turnOff = async (event: FormEvent) => {
    event.preventDefault();
    const typed = checkedCode();
    if (!typed) return;
    setPending(true);
    try {
      await disableSecondFactor(typed, lang);
      setCode('');
      setRecoveryCodes(null);
      setDone(t('twoStep.disabled'));
      refetch();
    } catch (thrown) {
      failed(thrown);
    } finally {
      setPending(false);
    }
  };

  const summary = (
    <AuthErrorSummary problems={codeError ? [{ id: 'two-step-code', message: codeError }] : []} />
  );
  const general = problem && (
    <div className="notice notice--error" role="alert">
      <p>{problem}</p>
    </div>
  );

  return (
    <div className="page page--narrow">
      <h1>{t('twoStep.title')}</h1>
      <p className="lead">{t('twoStep.intro')}</p>
      {done && (
        <div ref={success} className="notice notice--success" role="status" tabIndex={-1}>
          <p>{done}</p>
        </div>
      )}
      {status.required && !status.enabled && (
        <div className="notice notice--warning">
          <p>{t('twoStep.requiredNotice')}</p>
        </div>
      )}

      {recoveryCodes && (
        <section className="card stack" aria-labelledby="recovery-title">
          <h2 id="recovery-title">{t('twoStep.recoveryTitle')}</h2>
          <p>{t('twoStep.recoveryIntro')}</p>
          <ul className="two-step__codes">
            {recoveryCodes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p>
            <Link to={safeNext(params.get('next'))}>{t('twoStep.continue')}</Link>
          </p>
        </section>
      )}

      {status.enabled && !recoveryCodes && (
        <section className="card stack" aria-labelledby="two-step-on">
          <h2 id="two-step-on">{t('twoStep.onTitle')}</h2>
          <p>{t('twoStep.onText', { count: status.recoveryCodesLeft })}</p>
          {status.required ? (
            <p className="hint">{t('twoStep.requiredOn')}</p>
          ) : (
            <form className="stack" onSubmit={turnOff} noValidate>
              {summary}
              {general}
              <CodeField
                id="two-step-code"
                label={t('signIn.codeLabel')}
                hint={t('twoStep.offHint')}
                error={codeError ?? undefined}
                value={code}
                onChange={setCode}
              />
              <div>
                <button type="submit" className="button button--secondary" disabled={pending}>
                  {pending ? t('twoStep.pending') : t('twoStep.turnOff')}
                </button>
              </div>
            </form>
          )}
        </section>
      )}

      {!status.enabled && !enrolment && (
        <section className="card stack" aria-labelledby="two-step-off">
          <h2 id="two-step-off">{t('twoStep.offTitle')}</h2>
          <p>{t('twoStep.offText')}</p>
          {general}
          <div>
            <button type="button" className="button" disabled={pending} onClick={start}>
              {pending ? t('twoStep.pending') : t('twoStep.start')}
            </button>
          </div>
        </section>
      )}

      {!status.enabled && enrolment && (
        <section className="card stack" aria-labelledby="two-step-setup">
          <h2 id="two-step-setup">{t('twoStep.setupTitle')}</h2>
          <ol className="stack">
            <li>{t('twoStep.step1')}</li>
            <li>
              <p>{t('twoStep.step2')}</p>
              <img className="two-step__qr" src={enrolment.qrCode} alt={t('twoStep.qrAlt')} />
              <p>{t('twoStep.manual')}</p>
              <p className="two-step__secret">
                <span className="visually-hidden">{t('twoStep.keyLabel')}: </span>
                {grouped(enrolment.secret)}
              </p>
            </li>
            <li>{t('twoStep.step3')}</li>
          </ol>
          <form className="stack" onSubmit={confirm} noValidate>
            {summary}
            {general}
            <CodeField
              id="two-step-code"
              label={t('signIn.codeLabel')}
              hint={t('signIn.codeHint')}
              error={codeError ?? undefined}
              value={code}
              onChange={setCode}
            />
            <div>
              <button type="submit" className="button" disabled={pending}>
                {pending ? t('twoStep.pending') : t('twoStep.confirm')}
              </button>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}
