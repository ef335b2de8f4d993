/**
 * The coordinator's ways in, placed in the app's header and main area: menu items for
 * coordinators and administrators, and on a record's page a bar with its edit and history links.
 * Staff and visitors get nothing from here; the bar itself loads only for those who may edit.
 */
import { lazy, Suspense } from 'react';
import { useI18n } from '../../../lib/i18n';
import { Link, matchPath } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import '../styles/nav.css';

/** Extra items of the main menu (inside its <ul>). */
export function CoordinatorNavItems({ pathname }: { pathname: string }) {
  const { t } = useI18n();
  const { viewer } = useViewer();
  if (!viewer || viewer.role === 'STAFF') return null;
  const here = (path: string, exact = false) =>
    (exact ? pathname === path : pathname === path || pathname.startsWith(`${path}/`))
      ? 'page'
      : undefined;
  return (
    <>
      <li>
        <Link
          to="/coordinate"
          aria-current={
            here('/coordinate') && pathname !== '/coordinate/queue' ? 'page' : undefined
          }
        >
          {t('nav.coordinate')}
        </Link>
      </li>
      <li>
        <Link to="/coordinate/queue" aria-current={here('/coordinate/queue', true)}>
          {t('nav.queue')}
        </Link>
      </li>
      {viewer.role === 'ADMIN' && (
        <li>
          <Link to="/users" aria-current={here('/users', true)}>
            {t('nav.users')}
          </Link>
        </li>
      )}
    </>
  );
}

const EditorBar = lazy(() => import('./editor-bar').then((m) => ({ default: m.EditorBar })));

/** On an organisation's or contact's page: edit and history, for those who may change it. */
export function EditorBarSlot({ pathname }: { pathname: string }) {
  const { viewer } = useViewer();
  if (!viewer || viewer.role === 'STAFF') return null;
  const organisation = matchPath('/organisation/:id', pathname);
  const contact = matchPath('/contact/:id', pathname);
  const target = organisation?.id
    ? ({ kind: 'organisation', id: organisation.id } as const)
    : contact?.id
      ? ({ kind: 'contact', id: contact.id } as const)
      : null;
  if (!target) return null;
  return (
    <Suspense fallback={null}>
      <EditorBar key={`${target.kind}:${target.id}`} target={target} />
    </Suspense>
  );
}
