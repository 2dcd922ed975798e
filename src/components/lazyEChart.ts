/**
 * The chart component arrives on demand (it brings echarts-for-react and the ECharts loader), but
 * not through React.lazy: a Suspense boundary that resolves soon after its fallback was shown holds
 * the reveal back for up to 300 ms (React's fallback throttling), which delayed every first chart.
 * Here the card shows its placeholder until the module is in, then renders the chart directly.
 */
import { useEffect, useState } from 'react';
import { chartsFileOnce } from '../api/fetchCharts';
import type { SectionId } from '../data/sections';
import { retryable } from '../charts/echarts/retryImport';
import { loadKinds, sectionParts } from '../charts/registry';

type EChartComponent = typeof import('./EChart').default;

let loaded: EChartComponent | undefined;
const importEChart = retryable(() => import('./EChart'));
let pending: Promise<EChartComponent> | undefined;

export function loadEChartComponent(): Promise<EChartComponent> {
  pending ??= importEChart().then(
    (m) => (loaded = m.default),
    (e: unknown) => {
      // A failed download may be retried by the next caller.
      pending = undefined;
      throw e;
    },
  );
  return pending;
}

/** Starts the chart component and the ECharts parts a section uses, before its charts ask for them. */
export function preloadSectionCharts(section: SectionId): void {
  // Failures are reported where a chart asks for the same module, with a retry.
  loadEChartComponent().catch(() => undefined);
  Promise.all([chartsFileOnce(), loadKinds(), import('../charts/echarts/loader')])
    .then(([file, kinds, l]) => l.loadParts(sectionParts(file, kinds, section)))
    .catch(() => undefined);
}

/** The chart component once loaded; a failed load is thrown to the chart's error boundary. */
export function useEChartComponent(): EChartComponent | undefined {
  const [component, setComponent] = useState(() => loaded);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (component) return;
    let live = true;
    loadEChartComponent().then(
      (c) => live && setComponent(() => c),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [component]);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return component;
}
