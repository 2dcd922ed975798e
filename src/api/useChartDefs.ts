/** The report's structure in the Query cache like a dataset; a section's charts built from it. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SectionId } from '../data/ids';
import { chartDefsOf, loadKinds } from '../charts/registry';
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

export function chartDefsQueryOptions(section: SectionId | 'all') {
  return queryOptions({
    queryKey: ['chart-defs', section] as const,
    queryFn: async ({ client }) => {
      const [file, kinds] = await Promise.all([client.ensureQueryData(chartsFileQueryOptions), loadKinds()]);
      return chartDefsOf(file, kinds, section === 'all' ? undefined : section);
    },
    staleTime: Infinity,
  });
}

export function useChartDefs(section: SectionId | 'all') {
  return useQuery(chartDefsQueryOptions(section));
}
