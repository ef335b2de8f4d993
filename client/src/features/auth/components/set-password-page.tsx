/**
 * /accept-invitation and /reset-password: the page a mail link opens (its token in the fragment,
 * which never reaches a server log). The user chooses a password (the server's rules) and is
 * signed in; a link that expired, was used or is not valid says so and offers a new one.
 */
import { type FormEvent, useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ApiError, asApiError } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { takeLinkToken } from '../../../lib/link-token';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { type LinkPurpose, setPasswordWithLink } from '../api/account-links';

export function SetPasswordPage({ purpose }: { purpose: LinkPurpose }) {
  const { t, lang } = useI18n();
  const { adopt } = useViewer();
  const [token] = useState(takeLinkToken);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [pending, setPending] = useState(false);
  /** What is wrong with the link itself: nothing on this page can fix it. */
  const [linkProblem, setLinkProblem] = useState<string | null>(
    token ? null : t('setPassword.noToken'),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const title =
    purpose === 'invitation' ? t('setPassword.invitationTitle') : t('setPassword.resetTitle');
  usePageTitle(title);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password || !repeat) return setProblem(t('setPassword.missing'));
    if (password !== repeat) return setProblem(t('setPassword.mismatch'));
    setPending(true);
    setProblem(null);
    try {
      const user = await setPasswordWithLink(purpose, token, password, lang);
      adopt(user);
      setDone(t('setPassword.done', { name: user.name }));
    } catch (thrown) {
      const error = asApiError(thrown);
      const onLink = error.fieldErrors.find((f) => f.field === 'token');
      const onPassword = error.fieldErrors.find((f) => f.field === 'password');
      if (onLink) setLinkProblem(onLink.message);
      else if (onPassword) setProblem(onPassword.message);
      else setProblem(t(`error.${error instanceof ApiError ? error.generalCode : 'INTERNAL'}`));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      {done ? (
        <div className="notice notice--success" role="status">
          <p>{done}</p>
          <p>
            <Link to="/">{t('signIn.toHome')}</Link>
          </p>
        </div>
      ) : linkProblem ? (
        <div className="notice notice--error" role="alert">
          <p>{linkProblem}</p>
          <p>
            <Link to="/forgot-password">{t('setPassword.newLink')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">
            {purpose === 'invitation'
              ? t('setPassword.invitationIntro')
              : t('setPassword.resetIntro')}
          </p>
          <form className="stack card" onSubmit={submit} noValidate>
            {problem && (
              <div className="notice notice--error" role="alert">
                <p>{problem}</p>
              </div>
            )}
            <div className="field">
              <label className="label" htmlFor="new-password">
                {t('setPassword.password')}
              </label>
              <p className="hint" id="new-password-hint">
                {t('setPassword.hint')}
              </p>
              <input
                id="new-password"
                className="input"
                type="password"
                name="password"
                autoComplete="new-password"
                aria-describedby="new-password-hint"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
            <div className="field">
              <label className="label" htmlFor="repeat-password">
                {t('setPassword.repeat')}
              </label>
              <input
                id="repeat-password"
                className="input"
                type="password"
                name="repeat"
                autoComplete="new-password"
                required
                value={repeat}
                onChange={(event) => setRepeat(event.target.value)}
              />
            </div>
            <div>
              <button type="submit" className="button" disabled={pending}>
                {pending ? t('setPassword.pending') : t('setPassword.submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
