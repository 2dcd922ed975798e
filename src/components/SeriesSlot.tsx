import { lazy, Suspense } from 'react';
import { hasEarlierEditions } from '../data/report';

const SeriesPanel = lazy(() => import('./SeriesPanel'));

/** Where an indicator's series goes; nothing at all (no request, no code) without an earlier edition. */
export function SeriesSlot({
  indicators,
  chart = false,
}: {
  indicators: readonly string[];
  chart?: boolean;
}) {
  if (!hasEarlierEditions() || indicators.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <SeriesPanel indicators={indicators} chart={chart} />
    </Suspense>
  );
}
