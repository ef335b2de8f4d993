/** /sign-in: e-mail and password; back to where the user came from (`?next=`). */
import { type FormEvent, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ApiError } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { Link, useNavigate, useSearchParams } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';

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
  usePageTitle(t('signIn.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setProblem(t('signIn.missing'));
      return;
    }
    setPending(true);
    setProblem(null);
    try {
      await signIn(email.trim(), password);
      navigate(safeNext(params.get('next')));
    } catch (error) {
      const code = error instanceof ApiError ? error.generalCode : 'INTERNAL';
      setProblem(code === 'UNAUTHENTICATED' ? t('signIn.wrong') : t(`error.${code}`));
      setPending(false);
    }
  };

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
    </div>
  );
}
