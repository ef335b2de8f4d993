/**
 * /account/mail: a coordinator's or administrator's weekly digest of what needs them (contacts
 * due for verification, reports, the contacts' own proposals), on or off. One setting, one button.
 */
import { useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ErrorMessage, Loading } from '../../../components/status';
import { ApiError, useQuery } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { useViewer } from '../../../lib/viewer';
import { MY_DIGEST_MAIL, setDigestMail } from '../api/digest';
import { SignInFirst } from './auth-forms';

export function MailSettingsPage() {
  const { t, lang } = useI18n();
  const { viewer } = useViewer();
  usePageTitle(t('mailSettings.title'));
  const coordinator = viewer?.role === 'COORDINATOR' || viewer?.role === 'ADMIN';
  const { data, error, loading, refetch } = useQuery(MY_DIGEST_MAIL, {}, { skip: !coordinator });
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  if (viewer === null) return <SignInFirst title={t('mailSettings.title')} next="/account/mail" />;
  if (viewer && !coordinator) {
    return (
      <div className="page page--narrow">
        <h1>{t('mailSettings.title')}</h1>
        <p>{t('mailSettings.notForStaff')}</p>
      </div>
    );
  }
  if (error) return <ErrorMessage error={error} onRetry={refetch} />;
  if (loading || !data) return <Loading />;
  const on = data.myDigestMail;

  const toggle = async () => {
    setPending(true);
    setProblem(null);
    setSaved(null);
    try {
      const now = await setDigestMail(!on, lang);
      setSaved(now ? t('mailSettings.turnedOn') : t('mailSettings.turnedOff'));
      refetch();
    } catch (e) {
      setProblem(t(`error.${e instanceof ApiError ? e.generalCode : 'INTERNAL'}`));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{t('mailSettings.title')}</h1>
      {saved && (
        <div className="notice notice--success" role="status" data-route-focus tabIndex={-1}>
          <p>{saved}</p>
        </div>
      )}
      {problem && (
        <div className="notice notice--error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <h2>{t('mailSettings.digest')}</h2>
      <p>{t('mailSettings.digestIntro')}</p>
      <p>
        <strong>{on ? t('mailSettings.isOn') : t('mailSettings.isOff')}</strong>
      </p>
      <button
        type="button"
        className={on ? 'button button--secondary' : 'button'}
        disabled={pending}
        onClick={toggle}
      >
        {pending
          ? t('mailSettings.saving')
          : on
            ? t('mailSettings.turnOff')
            : t('mailSettings.turnOn')}
      </button>
    </div>
  );
}
