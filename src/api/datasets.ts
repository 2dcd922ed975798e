/** Datasets in the TanStack Query cache: one query per file, retried only where retrying can help. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DatasetId } from '../data/ids';
import { DatasetLoadError, fetchDataset } from './fetchDataset';

export { DatasetLoadError, fetchDataset };

export function datasetQueryOptions(id: DatasetId) {
  return queryOptions({
    queryKey: ['dataset', id] as const,
    queryFn: ({ signal }) => fetchDataset(id, signal),
    staleTime: Infinity,
    // Retrying a malformed file cannot help; a network blip can.
    retry: (count, error) =>
      count < 2 &&
      error instanceof DatasetLoadError &&
      (error.kind === 'network' || (error.status ?? 0) >= 500),
  });
}

export function useDataset(id: DatasetId) {
  return useQuery(datasetQueryOptions(id));
}
