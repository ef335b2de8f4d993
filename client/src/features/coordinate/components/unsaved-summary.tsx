/**
 * The sticky summary of unsaved sections on an edit page with a save button per section: while
 * any section holds unsaved changes (or an open conflict), a bar at the bottom of the screen names
 * them, each a link that moves the focus to that section's first field. The leave guard
 * (use-leave-guard.ts) still asks before the page is left.
 */
import {
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useState,
} from 'react';
import { useText } from '../i18n/use-text';

interface Board {
  /** Marks the section with form id `id` unsaved (its title) or saved (null). */
  mark(id: string, title: string | null): void;
}

const UnsavedContext = createContext<Board | null>(null);

/** The board the sections of one page report to; null outside an UnsavedSections page. */
export function useUnsavedBoard(): Board | null {
  return useContext(UnsavedContext);
}

/** Wraps an edit page: its sections report here and the summary bar follows them. */
export function UnsavedSections({ children }: { children: ReactNode }) {
  const [unsaved, setUnsaved] = useState<ReadonlyMap<string, string>>(new Map());
  const mark = useCallback((id: string, title: string | null) => {
    setUnsaved((current) => {
      if ((current.get(id) ?? null) === title) return current;
      const next = new Map(current);
      if (title === null) next.delete(id);
      else next.set(id, title);
      return next;
    });
  }, []);
  const board = useMemo(() => ({ mark }), [mark]);
  return (
    <UnsavedContext.Provider value={board}>
      {children}
      <UnsavedSummary sections={unsaved} />
    </UnsavedContext.Provider>
  );
}

/** In the order the sections stand on the page. */
function inPageOrder(ids: string[]): string[] {
  return [...ids].sort((a, b) => {
    const x = document.getElementById(a);
    const y = document.getElementById(b);
    if (!x || !y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

function UnsavedSummary({ sections }: { sections: ReadonlyMap<string, string> }) {
  const { ct } = useText();
  const ids = inPageOrder([...sections.keys()]);
  const go = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    const section = document.getElementById(id);
    const target =
      section?.querySelector<HTMLElement>(
        'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])',
      ) ?? document.getElementById(`${id}-title`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  };
  // The live region is always there, so a screen reader hears it when sections are added.
  return (
    <div
      className={ids.length > 0 ? 'unsaved-summary' : 'unsaved-summary unsaved-summary--empty'}
      role="status"
      aria-live="polite"
    >
      {ids.length > 0 && (
        <p className="unsaved-summary__text">
          <strong>{ct('unsaved.summary')}</strong>{' '}
          {ids.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <a href={`#${id}`} onClick={(event) => go(event, id)}>
                {sections.get(id)}
              </a>
            </span>
          ))}
          <span className="unsaved-summary__hint"> {ct('unsaved.hint')}</span>
        </p>
      )}
    </div>
  );
}
