/**
 * /stop-digest: the page a weekly digest's "no more digests" link opens, without signing in (its
 * token in the fragment). One button turns the digest off; opening the link alone changes nothing
 * (mail scanners open links too).
 */
import { useState } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { ApiError, asApiError } from '../../../lib/graphql';
import { useI18n } from '../../../lib/i18n';
import { takeLinkToken } from '../../../lib/link-token';
import { Link } from '../../../lib/router';
import { stopDigestMail } from '../api/digest';

export function StopDigestPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('stopDigest.title'));
  const [token] = useState(takeLinkToken);
  const [problem, setProblem] = useState<string | null>(token ? null : t('stopDigest.noToken'));
  const [pending, setPending] = useState(false);
  const [stopped, setStopped] = useState(false);

  const stop = async () => {
    setPending(true);
    try {
      await stopDigestMail(token, lang);
      setStopped(true);
    } catch (thrown) {
      const error = asApiError(thrown);
      const onLink = error.fieldErrors.find((f) => f.field === 'token');
      setProblem(
        onLink?.message ?? t(`error.${error instanceof ApiError ? error.generalCode : 'INTERNAL'}`),
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{t('stopDigest.title')}</h1>
      {problem ? (
        <div className="notice notice--error" role="alert">
          <p>{problem}</p>
        </div>
      ) : stopped ? (
        <div className="notice notice--success" role="status" data-route-focus tabIndex={-1}>
          <p>{t('stopDigest.done')}</p>
          <p>
            {t('stopDigest.again')} <Link to="/account/mail">{t('mailSettings.title')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t('stopDigest.intro')}</p>
          <button type="button" className="button" disabled={pending} onClick={stop}>
            {pending ? t('mailSettings.saving') : t('stopDigest.button')}
          </button>
        </>
      )}
    </div>
  );
}
