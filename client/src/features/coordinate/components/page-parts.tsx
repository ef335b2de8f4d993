/** What every coordinator page shares: who may enter, tabs, and the states of loading. */
import type { ReactNode } from 'react';
import { usePageTitle } from '../../../components/page-title';
import { Loading } from '../../../components/status';
import type { ApiError } from '../../../lib/graphql';
import { Link, useLocation } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { useText } from '../i18n/use-text';

/**
 * Only coordinators and administrators (or administrators alone) get past this; staff and
 * visitors are told why, and no form is ever shown to them.
 */
export function RequireEditor({
  children,
  adminOnly = false,
}: {
  children: ReactNode;
  adminOnly?: boolean;
}) {
  const { ct } = useText();
  const { viewer } = useViewer();
  const { pathname, search } = useLocation();
  const refused = viewer && (viewer.role === 'STAFF' || (adminOnly && viewer.role !== 'ADMIN'));
  usePageTitle(
    viewer === null ? ct('access.signInTitle') : refused ? ct('access.title') : undefined,
  );
  if (viewer === undefined) return <Loading />;
  if (viewer === null) {
    return (
      <div className="page page--narrow">
        <h1>{ct('access.signInTitle')}</h1>
        <p className="notice notice--info">
          {ct('access.signIn')}{' '}
          <Link to={`/sign-in?next=${encodeURIComponent(pathname + search)}`}>
            {ct('access.signInLink')}
          </Link>
        </p>
      </div>
    );
  }
  if (refused) {
    return (
      <div className="page page--narrow">
        <h1>{ct('access.title')}</h1>
        <p className="notice notice--info">
          {adminOnly ? ct('access.adminsOnly') : ct('access.editorsOnly')}
        </p>
        <p>
          <Link to="/">{ct('access.home')}</Link>
        </p>
      </div>
    );
  }
  return <>{children}</>;
}

export type Tab = 'edit' | 'history';

/** "Edit" and "History" of one record, as links (the tab is part of the URL). */
export function EntityTabs({
  path,
  tab,
  joiner = '?',
}: {
  path: string;
  tab: Tab;
  /** '&' when the path already has a query. */
  joiner?: '?' | '&';
}) {
  const { ct } = useText();
  return (
    <nav className="entity-tabs" aria-label={ct('tabs.label')}>
      <ul>
        <li>
          <Link to={path} replace aria-current={tab === 'edit' ? 'page' : undefined}>
            {ct('tabs.edit')}
          </Link>
        </li>
        <li>
          <Link
            to={`${path}${joiner}tab=history`}
            replace
            aria-current={tab === 'history' ? 'page' : undefined}
          >
            {ct('tabs.history')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

/** The tab in the URL. */
export function useTab(): Tab {
  const { search } = useLocation();
  return new URLSearchParams(search).get('tab') === 'history' ? 'history' : 'edit';
}

/** The record cannot be changed by this coordinator: they see why, and where to read it. */
export function OutOfScope({ readPath }: { readPath: string }) {
  const { ct } = useText();
  return (
    <div className="notice notice--warning" role="status">
      <p>{ct('access.outOfScope')}</p>
      <p>
        <Link to={readPath}>{ct('access.readOnly')}</Link>
      </p>
    </div>
  );
}

export function NotFoundNotice({ text }: { text: string }) {
  const { ct } = useText();
  usePageTitle(ct('access.notFoundTitle'));
  return (
    <div className="page page--narrow">
      <h1>{ct('access.notFoundTitle')}</h1>
      <p>{text}</p>
      <p>
        <Link to="/coordinate">{ct('access.toDashboard')}</Link>
      </p>
    </div>
  );
}

/** Loading failed: the staff app's own words for it, and a retry. */
export function LoadFailure({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t, ct } = useText();
  return (
    <div className="page page--narrow">
      <div className="notice notice--error" role="alert">
        <p>{t(`error.${error.generalCode}`)}</p>
      </div>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {ct('form.retry')}
      </button>
    </div>
  );
}

/** A /coordinate path that leads nowhere. */
export function NotHerePage() {
  const { ct } = useText();
  return <NotFoundNotice text={ct('access.noSuchPage')} />;
}
