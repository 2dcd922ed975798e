/** The report's structure in the Query cache like a dataset; a section's charts built from it. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ChartDef } from '../charts/model';
import type { DatasetId, SectionId } from '../data/ids';
import { chartDefsOf, loadKinds, sectionDatasets } from '../charts/registry';
import { DatasetLoadError } from './fetchDataset';
import { fetchChartsFile } from './fetchCharts';

export const chartsFileQueryOptions = queryOptions({
  queryKey: ['charts-file'] as const,
  queryFn: ({ signal }) => fetchChartsFile(signal),
  staleTime: Infinity,
  retry: (count, error) =>
    count < 2 &&
    error instanceof DatasetLoadError &&
    (error.kind === 'network' || (error.status ?? 0) >= 500),
});

export function useChartsFile() {
  return useQuery(chartsFileQueryOptions);
}

/** The chart kinds are code: loaded once, kept like data so a failed download can be retried. */
export const chartKindsQueryOptions = queryOptions({
  queryKey: ['chart-kinds'] as const,
  queryFn: () => loadKinds(),
  staleTime: Infinity,
});

export interface ChartDefsState {
  data: ChartDef[] | undefined;
  error: Error | null;
  isPending: boolean;
  refetch: () => Promise<unknown>;
}

/**
 * A section's charts (or every chart), built from the current charts.json: a corrected file read
 * again on retry gives the corrected charts.
 */
export function useChartDefs(section: SectionId | 'all'): ChartDefsState {
  const file = useChartsFile();
  const kinds = useQuery(chartKindsQueryOptions);
  const data = useMemo(
    () =>
      file.data && kinds.data
        ? chartDefsOf(file.data, kinds.data, section === 'all' ? undefined : section)
        : undefined,
    [file.data, kinds.data, section],
  );
  return {
    data,
    error: file.error ?? kinds.error,
    isPending: data === undefined && !file.error && !kinds.error,
    refetch: () => Promise.all([file.error && file.refetch(), kinds.error && kinds.refetch()]),
  };
}

/** The datasets a section shows (charts/registry: sectionDatasets), as far as they are known yet. */
export function useSectionDatasets(section: SectionId): DatasetId[] {
  const file = useChartsFile();
  const kinds = useQuery(chartKindsQueryOptions);
  return useMemo(() => sectionDatasets(file.data, kinds.data, section), [file.data, kinds.data, section]);
}
