/** /forgot-password: asks for a reset link; the answer is the same whether an account exists. */
import { type FormEvent, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ApiError } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { requestPasswordReset } from '../api/account-links';

export function ForgotPasswordPage() {
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  usePageTitle(t('forgot.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return setProblem(t('forgot.missing'));
    setPending(true);
    setProblem(null);
    try {
      await requestPasswordReset(email.trim(), lang);
      setSent(email.trim());
    } catch (error) {
      setProblem(t(`error.${error instanceof ApiError ? error.generalCode : 'INTERNAL'}`));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{t('forgot.title')}</h1>
      {sent ? (
        <div className="notice notice--success" role="status">
          <p>{t('forgot.sent', { email: sent })}</p>
          <p>
            <Link to="/sign-in">{t('forgot.back')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('forgot.intro')}</p>
          <form className="stack card" onSubmit={submit} noValidate>
            {problem && (
              <div className="notice notice--error" role="alert">
                <p>{problem}</p>
              </div>
            )}
            <div className="field">
              <label className="label" htmlFor="forgot-email">
                {t('forgot.email')}
              </label>
              <input
                id="forgot-email"
                className="input"
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            </div>
            <div>
              <button type="submit" className="button" disabled={pending}>
                {pending ? t('forgot.pending') : t('forgot.submit')}
              </button>
            </div>
          </form>
          <p>
            <Link to="/sign-in">{t('forgot.back')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
