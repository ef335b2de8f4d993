import type { ReactNode } from 'react';

/**
 * A wide table or drawing that scrolls sideways on a phone. Keyboard users must be able to reach
 * and scroll it (WCAG 2.1.1; axe: scrollable-region-focusable), so it is a named, focusable
 * region: Tab reaches it, the arrow keys scroll it, a screen reader announces its name.
 */
export function ScrollRegion({
  className = 'table-scroll',
  label,
  labelledBy,
  children,
}: {
  className?: string;
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the keyboard focus to be scrolled without a mouse
    <section className={className} aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
