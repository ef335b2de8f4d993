/**
 * The confirmation after a record is created (GOV.UK's success notification banner): a titled
 * box that takes the focus when it appears, so a screen reader reads it and a sighted user sees
 * it first (also after a navigation, where the focus would otherwise go to the page's heading).
 */
import { useEffect, useId, useRef } from 'react';
import { useText } from '../i18n/use-text';

export function SuccessBanner({ children, title }: { children: string; title?: string }) {
  const { ct } = useText();
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div
      ref={box}
      className="notification-banner notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-route-focus
    >
      <h2 id={titleId} className="notification-banner__title">
        {title ?? ct('form.createdTitle')}
      </h2>
      <p className="notification-banner__content">{children}</p>
    </div>
  );
}
