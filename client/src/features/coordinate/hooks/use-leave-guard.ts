/**
 * Edits are never lost by leaving: while any coordinator form holds unsaved changes, reloading
 * or closing the tab asks first (beforeunload), and so do following a link inside the app (a
 * click on an internal link is caught before the router sees it) and the browser's Back and
 * Forward (the router asks before it changes the page). One question for every form on the page,
 * however many have changes.
 */
import { useEffect, useId } from 'react';
import { setLeaveCheck } from '../../../lib/router';
import { useText } from '../i18n/use-text';

const dirtyForms = new Set<string>();
let message = '';

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (dirtyForms.size === 0) return;
  event.preventDefault();
  // Older browsers show nothing unless returnValue is set; its text is never shown.
  event.returnValue = '';
}

/** The question; leaving with "OK" lets go of every form's changes. */
function mayLeave(): boolean {
  if (!window.confirm(message)) return false;
  dirtyForms.clear();
  setLeaveCheck(null);
  return true;
}

function onClick(event: MouseEvent) {
  if (dirtyForms.size === 0 || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.target === '_blank') return;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return;
  if (mayLeave()) return;
  event.preventDefault();
  event.stopPropagation();
}

/** Asks before the page is left while `dirty` is true. */
export function useLeaveGuard(dirty: boolean): void {
  const id = useId();
  const { ct } = useText();
  message = ct('form.leaveUnsaved');
  useEffect(() => {
    if (!dirty) return;
    if (dirtyForms.size === 0) {
      window.addEventListener('beforeunload', onBeforeUnload);
      document.addEventListener('click', onClick, true);
      setLeaveCheck(mayLeave);
    }
    dirtyForms.add(id);
    return () => {
      dirtyForms.delete(id);
      if (dirtyForms.size === 0) {
        window.removeEventListener('beforeunload', onBeforeUnload);
        document.removeEventListener('click', onClick, true);
        setLeaveCheck(null);
      }
    };
  }, [dirty, id]);
}
