import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content is rendered the first time it is opened, then kept. Closed, it shows
 * only its summary, so nothing moves when the content arrives; leaving it out of the first render
 * takes about a third of the overview's elements off the path to its first chart.
 */
export function Disclosure({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
