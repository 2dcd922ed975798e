import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * A <details> whose content is rendered the first time it is opened, then kept. Closed, it shows
 * only its summary, so nothing moves when the content arrives; leaving it out of the first render
 * takes about a third of the overview's elements off the path to its first chart.
 *
 * Printing from the browser's menu opens the notes (export/print/swap.ts) inside `beforeprint`, which
 * the browser does not wait for, while `toggle` arrives later: the content is rendered synchronously
 * there, or the printout shows the notes empty.
 */
export function Disclosure({
  summary,
  className,
  built = true,
  children,
}: {
  summary: ReactNode;
  className?: string;
  /** Whether a page built in advance carries the content; `false` for controls that need scripts. */
  built?: boolean;
  children: () => ReactNode;
}) {
  // Built in advance (no window), notes are in the markup: readable without scripts. In the browser
  // they stay out of the first render; the page's takeover drops them only from closed notes.
  const [opened, setOpened] = useState(() => built && typeof window === 'undefined');
  useEffect(() => {
    if (opened) return;
    const render = () => flushSync(() => setOpened(true));
    window.addEventListener('beforeprint', render);
    return () => window.removeEventListener('beforeprint', render);
  }, [opened]);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
