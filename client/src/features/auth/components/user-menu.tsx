/** The header's account corner: a sign-in link, or the user's name and role with sign-out. */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { Link, useLocation } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';

export function UserMenu() {
  const { t } = useI18n();
  const { viewer, signOut } = useViewer();
  const { pathname, search } = useLocation();
  const [leaving, setLeaving] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);

  // Like any menu: a click elsewhere or Escape closes it (Escape returns focus to its button).
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) {
        menu.current.open = false;
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && menu.current?.open) {
        menu.current.open = false;
        menu.current.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  if (viewer === undefined) return <div className="user-menu" aria-hidden="true" />;
  if (viewer === null) {
    const next = pathname === '/sign-in' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
    return (
      <div className="user-menu">
        <Link className="button button--small" to={`/sign-in${next}`}>
          {t('auth.signIn')}
        </Link>
      </div>
    );
  }
  return (
    <details ref={menu} className="user-menu user-menu--signed-in">
      {/* No aria-label: the name read out starts with the visible text (WCAG 2.5.3, label in name). */}
      <summary className="user-menu__summary">
        <span className="visually-hidden">{t('auth.account')}: </span>
        <span className="user-menu__name">{viewer.name}</span>
        <span className="user-menu__role">{t(`userRole.${viewer.role}`)}</span>
      </summary>
      <div className="user-menu__panel">
        <p className="user-menu__detail">
          <strong>{viewer.name}</strong>
          <span>{t(`userRole.${viewer.role}`)}</span>
          {viewer.organisation && <span>{viewer.organisation.name}</span>}
          <span className="muted">{viewer.email}</span>
        </p>
        <p>
          <Link
            to="/account/sessions"
            onClick={() => {
              // The menu closes on the way to the page, as it does on a click elsewhere.
              if (menu.current) menu.current.open = false;
            }}
          >
            {t('auth.sessions')}
          </Link>
        </p>
        <p>
          <Link
            to="/account/two-step"
            onClick={() => {
              if (menu.current) menu.current.open = false;
            }}
          >
            {t('auth.twoStep')}
          </Link>
        </p>
        {(viewer.role === 'COORDINATOR' || viewer.role === 'ADMIN') && (
          <p>
            <Link
              to="/account/mail"
              onClick={() => {
                if (menu.current) menu.current.open = false;
              }}
            >
              {t('auth.mailSettings')}
            </Link>
          </p>
        )}
        <button
          type="button"
          className="button button--secondary"
          disabled={leaving}
          onClick={() => {
            setLeaving(true);
            signOut().finally(() => setLeaving(false));
          }}
        >
          {leaving ? t('auth.signingOut') : t('auth.signOut')}
        </button>
      </div>
    </details>
  );
}
