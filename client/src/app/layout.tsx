/** The shell: skip link, header (name, search, language, account), notice, main, footer. */
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../components/language-switch';
import { UserMenu } from '../features/auth/components/user-menu';
import {
  CoordinatorNavItems,
  EditorBarSlot,
} from '../features/coordinate/components/coordinator-nav';
import { HeaderSearch } from '../features/search/components/header-search';
import { useI18n } from '../lib/i18n';
import { Link, useLocation } from '../lib/router';
import { useViewer } from '../lib/viewer';
import { RouteFocus } from './route-focus';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const { pathname, search } = useLocation();
  const here = pathname + search;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <HeaderSearch />
          <UserMenu />
        </div>
        <div className="site-header__bar">
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul className="site-nav__list">
              <li>
                <Link to="/" aria-current={pathname === '/' ? 'page' : undefined}>
                  {t('nav.whoToCall')}
                </Link>
              </li>
              <li>
                <Link to="/graph" aria-current={pathname === '/graph' ? 'page' : undefined}>
                  {t('nav.graph')}
                </Link>
              </li>
              <li>
                <Link to="/manual" aria-current={pathname === '/manual' ? 'page' : undefined}>
                  {t('nav.manual')}
                </Link>
              </li>
              <li>
                <Link
                  to="/training"
                  aria-current={pathname.startsWith('/training') ? 'page' : undefined}
                >
                  {t('nav.training')}
                </Link>
              </li>
              <CoordinatorNavItems pathname={pathname} />
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      {viewer === null && pathname !== '/sign-in' && (
        <aside className="persons-notice no-print" aria-label={t('auth.signIn')}>
          <p>
            {t('auth.personsNotice')}{' '}
            <Link to={`/sign-in?next=${encodeURIComponent(here)}`}>
              {t('auth.personsNoticeLink')}
            </Link>
          </p>
        </aside>
      )}
      <main id="main" className="site-main" tabIndex={-1}>
        <EditorBarSlot pathname={pathname} />
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p className="muted small">{t('app.footerSource')}</p>
      </footer>
      <RouteFocus />
    </>
  );
}
