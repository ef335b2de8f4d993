/**
 * /sign-in: e-mail and password, then, for an account with two-step verification, a code from the
 * authenticator app (or a recovery code); back to where the user came from (`?next=`). An account
 * whose role must have a second factor and has none goes to enrol first.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ApiError, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { Link, useNavigate, useSearchParams } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { providerStartUrl, SIGN_IN_OPTIONS } from '../api/sign-in-options';
import { AuthErrorSummary, CodeField } from './auth-forms';

/** Why single sign-on sent the browser back here (?sso_error=); each has a sentence. */
const SSO_ERRORS = [
  'sso_failed',
  'sso_provider_error',
  'sso_unavailable',
  'sso_no_account',
  'sso_no_email',
  'sso_disabled',
] as const;

/** Only paths inside this app: never send a user to another site after signing in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useI18n();
  const { viewer, signIn } = useViewer();
  const navigate = useNavigate();
  const params = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** The second step: the password was right, the account asks for a code too. */
  const [secondStep, setSecondStep] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const options = useQuery(SIGN_IN_OPTIONS, {});
  const providers = options.data?.signInOptions.providers ?? [];
  // Until the options are in, the password form shows as before; off only when the server says so.
  const passwordSignIn = options.data?.signInOptions.passwordSignIn ?? true;
  const ssoError = SSO_ERRORS.find((c) => c === params.get('sso_error')) ?? null;
  usePageTitle(secondStep ? t('signIn.codeTitle') : t('signIn.title'));
  // The password form (and its button) is gone: the code field takes the focus.
  useEffect(() => {
    if (secondStep) document.getElementById('sign-in-code')?.focus();
  }, [secondStep]);
  // A refusal from single sign-on is the first thing read: the message takes the focus.
  useEffect(() => {
    if (ssoError) document.getElementById('sign-in-sso-error')?.focus();
  }, [ssoError]);

  const finish = (setupRequired: boolean) =>
    navigate(
      setupRequired
        ? `/account/two-step?next=${encodeURIComponent(safeNext(params.get('next')))}`
        : safeNext(params.get('next')),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setProblem(t('signIn.missing'));
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      const result = await signIn(email.trim(), password);
      finish(result.secondFactorSetupRequired);
    } catch (error) {
      const code = error instanceof ApiError ? error.generalCode : 'INTERNAL';
      if (code === 'SECOND_FACTOR_REQUIRED') {
        setSecondStep(true);
        setPending(false);
        return;
      }
      setProblem(code === 'UNAUTHENTICATED' ? t('signIn.wrong') : t(`error.${code}`));
      setPending(false);
    }
  };

  const submitCode = async (event: FormEvent) => {
    event.preventDefault();
    const typed = code.trim();
    setProblem(null);
    if (!typed) {
      setCodeError(useRecovery ? t('signIn.recoveryMissing') : t('signIn.codeMissing'));
      return;
    }
    if (!useRecovery && !/^\d{6}$/.test(typed.replace(/\s+/g, ''))) {
      setCodeError(t('signIn.codeFormat'));
      return;
    }
    setPending(true);
    setCodeError(null);
    try {
      const result = await signIn(
        email.trim(),
        password,
        useRecovery ? { recoveryCode: typed } : { code: typed },
      );
      finish(result.secondFactorSetupRequired);
    } catch (error) {
      const failed = error instanceof ApiError ? error.generalCode : 'INTERNAL';
      if (failed === 'UNAUTHENTICATED') {
        setCodeError(useRecovery ? t('signIn.recoveryWrong') : t('signIn.codeWrong'));
      } else setProblem(t(`error.${failed}`));
      setPending(false);
    }
  };

  const switchMethod = () => {
    setUseRecovery(!useRecovery);
    setCode('');
    setCodeError(null);
    setProblem(null);
  };

  if (secondStep && !viewer) {
    return (
      <div className="page page--narrow">
        <h1>{t('signIn.codeTitle')}</h1>
        <p className="lead">{useRecovery ? t('signIn.recoveryIntro') : t('signIn.codeIntro')}</p>
        <form className="stack card" onSubmit={submitCode} noValidate>
          <AuthErrorSummary
            problems={codeError ? [{ id: 'sign-in-code', message: codeError }] : []}
          />
          {problem && (
            <div className="notice notice--error" role="alert">
              <p>{problem}</p>
            </div>
          )}
          <CodeField
            id="sign-in-code"
            recovery={useRecovery}
            label={useRecovery ? t('signIn.recoveryLabel') : t('signIn.codeLabel')}
            hint={useRecovery ? t('signIn.recoveryHint') : t('signIn.codeHint')}
            error={codeError ?? undefined}
            value={code}
            onChange={setCode}
          />
          <div>
            <button type="submit" className="button" disabled={pending}>
              {pending ? t('signIn.pending') : t('signIn.codeSubmit')}
            </button>
          </div>
          <p>
            <button type="button" className="link-button" onClick={switchMethod}>
              {useRecovery ? t('signIn.useCode') : t('signIn.useRecovery')}
            </button>
          </p>
        </form>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>{t('signIn.title')}</h1>
      {viewer ? (
        <div className="notice notice--info">
          <p>{t('signIn.already', { name: viewer.name, role: t(`userRole.${viewer.role}`) })}</p>
          <p>
            <Link to="/">{t('signIn.toHome')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('signIn.intro')}</p>
          {ssoError && (
            <div id="sign-in-sso-error" className="notice notice--error" role="alert" tabIndex={-1}>
              <h2 className="notice__title">{t('signIn.ssoRefused')}</h2>
              <p>{t(`signIn.${ssoError}`)}</p>
            </div>
          )}
          {providers.length > 0 && (
            <section className="stack card" aria-labelledby="sign-in-providers">
              <h2 id="sign-in-providers">{t('signIn.providersTitle')}</h2>
              <p className="hint">{t('signIn.providersHint')}</p>
              <ul className="provider-list">
                {providers.map((p) => (
                  <li key={p.id}>
                    <a
                      className="button provider-button"
                      href={providerStartUrl(p.id, safeNext(params.get('next')))}
                    >
                      {t('signIn.with', { name: p.name })}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {passwordSignIn && (
            <>
              {providers.length > 0 && (
                <h2 className="sign-in__alternative">{t('signIn.passwordTitle')}</h2>
              )}
              <form className="stack card" onSubmit={submit} noValidate>
                {problem && (
                  <div className="notice notice--error" role="alert">
                    <p>{problem}</p>
                  </div>
                )}
                <div className="field">
                  <label className="label" htmlFor="sign-in-email">
                    {t('signIn.email')}
                  </label>
                  <input
                    id="sign-in-email"
                    className="input"
                    type="email"
                    name="email"
                    autoComplete="username"
                    required
                    value={email}
                    onChange={(event) => setEmail(event.target.value)}
                  />
                </div>
                <div className="field">
                  <label className="label" htmlFor="sign-in-password">
                    {t('signIn.password')}
                  </label>
                  <input
                    id="sign-in-password"
                    className="input"
                    type="password"
                    name="password"
                    autoComplete="current-password"
                    required
                    value={password}
                    onChange={(event) => setPassword(event.target.value)}
                  />
                </div>
                <div>
                  <button type="submit" className="button" disabled={pending}>
                    {pending ? t('signIn.pending') : t('signIn.submit')}
                  </button>
                </div>
              </form>
              <p>
                <Link to="/forgot-password">{t('signIn.forgot')}</Link>
              </p>
            </>
          )}
        </>
      )}
    </div>
  );
}
