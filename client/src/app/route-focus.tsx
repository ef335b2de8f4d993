/**
 * After a navigation, focus goes to the new page's heading (or main) and a live region names
 * the page — or to what the page marks with `data-route-focus` (a success banner after a create), so keyboard and screen-reader users know where they landed. URL changes that only
 * update the current page (replace) keep the focus where it is.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../lib/i18n';
import { onNavigate } from '../lib/router';

export function RouteFocus() {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const timers = useRef<number[]>([]);

  useEffect(() => {
    const clear = () => {
      for (const timer of timers.current) window.clearTimeout(timer);
      timers.current = [];
    };
    const unsubscribe = onNavigate((kind) => {
      if (kind === 'replace') return;
      clear();
      if (kind === 'push' && !window.location.hash) window.scrollTo(0, 0);
      let tries = 0;
      // Pages load lazily and fetch their data: wait (briefly) for their heading to appear.
      const focus = () => {
        const main = document.getElementById('main');
        const heading = main?.querySelector<HTMLElement>('h1');
        const loading = main?.querySelector('[role="status"] .spinner');
        if ((!heading || loading) && tries++ < 20) {
          timers.current.push(window.setTimeout(focus, 100));
          return;
        }
        const target = main?.querySelector<HTMLElement>('[data-route-focus]') ?? heading ?? main;
        if (!target) return;
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: Boolean(window.location.hash) });
        setAnnouncement(t('app.pageLoaded', { title: document.title }));
        if (window.location.hash) {
          const anchor = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
          // A measure linked from search sits in a closed <details>: open it.
          if (anchor instanceof HTMLDetailsElement) anchor.open = true;
          anchor?.scrollIntoView();
        }
      };
      timers.current.push(window.setTimeout(focus, 0));
    });
    return () => {
      clear();
      unsubscribe();
    };
  }, [t]);

  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );
}
