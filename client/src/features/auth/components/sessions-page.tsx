/**
 * /account/sessions: where the signed-in user is signed in (browsers and named API tokens), with
 * "sign out there" for each one but this one (signing out here is the menu's). A lost laptop or
 * a token that leaked is ended from here.
 */
import { useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
import { ApiError, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useViewer } from '../../../lib/viewer';
import { MY_SESSIONS, type MySession, revokeSession } from '../api/sessions';
import { SignInFirst } from './auth-forms';

export function SessionsPage() {
  const { t, lang, locale } = useI18n();
  const { viewer } = useViewer();
  usePageTitle(t('sessions.title'));
  const { data, error, loading, refetch } = useQuery(MY_SESSIONS, {}, { skip: !viewer });
  const [ended, setEnded] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const moment = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
  const when = (iso: string) => moment.format(new Date(iso));

  if (viewer === null) return <SignInFirst title={t('sessions.title')} next="/account/sessions" />;
  if (error) return <ErrorMessage error={error} onRetry={refetch} />;
  if (loading || !data) return <Loading />;

  const describe = (s: MySession) =>
    s.kind === 'BEARER'
      ? s.name
        ? t('sessions.token', { name: s.name })
        : t('sessions.bearer')
      : t('sessions.browser');

  const end = async (s: MySession) => {
    setPending(s.id);
    setProblem(null);
    setEnded(null);
    try {
      await revokeSession(s.id, lang);
      setEnded(describe(s));
      refetch();
    } catch (e) {
      setProblem(t(`error.${e instanceof ApiError ? e.generalCode : 'INTERNAL'}`));
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{t('sessions.title')}</h1>
      <p className="lead">{t('sessions.intro')}</p>
      {ended && (
        <div className="notice notice--success" role="status" data-route-focus tabIndex={-1}>
          <p>{t('sessions.ended', { what: ended })}</p>
        </div>
      )}
      {problem && (
        <div className="notice notice--error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <ul className="session-list">
        {data.mySessions.map((s) => (
          <li key={s.id} className="card session-list__item">
            <h2 className="session-list__title">
              {describe(s)}
              {s.current && <span className="badge">{t('sessions.current')}</span>}
            </h2>
            <dl className="session-list__facts">
              <dt>{t('sessions.since')}</dt>
              <dd>{when(s.createdAt)}</dd>
              <dt>{t('sessions.lastSeen')}</dt>
              <dd>{when(s.lastSeenAt)}</dd>
              <dt>{t('sessions.ends')}</dt>
              <dd>{when(s.expiresAt)}</dd>
            </dl>
            {s.current ? (
              <p className="hint">{t('sessions.currentHint')}</p>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                disabled={pending !== null}
                onClick={() => end(s)}
              >
                {pending === s.id ? t('sessions.ending') : t('sessions.end', { what: describe(s) })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
