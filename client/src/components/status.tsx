/** What is happening: loading, failed (with a retry when it can help), or nothing found. */
import type { ApiError } from '../lib/graphql';
import { useI18n } from '../lib/i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="status" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('status.loading')}
    </p>
  );
}

const RETRIABLE = new Set(['NETWORK', 'DATABASE_UNAVAILABLE', 'INTERNAL', 'TOO_MANY_REQUESTS']);

export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(`error.${error.generalCode}`)}</p>
      {onRetry && RETRIABLE.has(error.code) && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}
