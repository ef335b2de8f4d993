/**
 * A tiny History-API router: the URL is the state. `navigate` pushes (or replaces) an entry,
 * `Link` turns plain clicks into navigation, `matchPath` reads `:params` from a pattern.
 */
import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

export interface Location {
  pathname: string;
  search: string;
  hash: string;
}

interface RouterValue {
  location: Location;
  /** Goes to `to` (a path with optional query and hash). */
  navigate: (to: string, options?: { replace?: boolean }) => void;
}

const RouterContext = createContext<RouterValue | null>(null);

function currentLocation(): Location {
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash };
}

/**
 * Asked before the browser's Back or Forward leaves the page (see the coordinator's leave guard);
 * answering false keeps the page: its address is put back and nothing is drawn anew.
 */
let leaveCheck: (() => boolean) | null = null;

/** Sets (or, with null, clears) the question asked before Back or Forward leaves the page. */
export function setLeaveCheck(check: (() => boolean) | null): void {
  leaveCheck = check;
}

/** Listeners told about every navigation, e.g. to move focus to the new page. */
const navigationListeners = new Set<(kind: 'push' | 'replace' | 'pop') => void>();

/** Calls `listener` after each navigation; returns the unsubscribe function. */
export function onNavigate(listener: (kind: 'push' | 'replace' | 'pop') => void): () => void {
  navigationListeners.add(listener);
  return () => navigationListeners.delete(listener);
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(currentLocation);
  const last = useRef(location);

  useEffect(() => {
    const onPop = () => {
      const next = currentLocation();
      const samePage =
        next.pathname === last.current.pathname && next.search === last.current.search;
      if (!samePage && leaveCheck && !leaveCheck()) {
        // Stay: the entry the browser left is pushed again (the way forward is given up).
        const { pathname, search, hash } = last.current;
        window.history.pushState(null, '', pathname + search + hash);
        return;
      }
      last.current = next;
      setLocation(next);
      // A jump within the page (skip link, #anchor) is the browser's to handle, focus included.
      if (!samePage) for (const listener of navigationListeners) listener('pop');
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((to: string, options: { replace?: boolean } = {}) => {
    const url = new URL(to, window.location.href);
    const next = url.pathname + url.search + url.hash;
    if (next === window.location.pathname + window.location.search + window.location.hash) return;
    if (options.replace) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    last.current = currentLocation();
    setLocation(last.current);
    for (const listener of navigationListeners) listener(options.replace ? 'replace' : 'push');
  }, []);

  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside RouterProvider');
  return value;
}

export function useLocation(): Location {
  return useRouter().location;
}

export function useNavigate(): RouterValue['navigate'] {
  return useRouter().navigate;
}

/** The query string of the current URL. */
export function useSearchParams(): URLSearchParams {
  const { search } = useLocation();
  return useMemo(() => new URLSearchParams(search), [search]);
}

/** Matches `/organisation/:id` against a pathname; returns the decoded params or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const h = have[i] as string;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) return null;
  }
  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; replace?: boolean };

/** An anchor that navigates inside the app on a plain left click. */
export function Link({ to, replace, onClick, children, ...rest }: LinkProps) {
  const navigate = useNavigate();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target === '_blank'
    ) {
      return;
    }
    event.preventDefault();
    navigate(to, { replace });
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
