import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Datasets } from '../charts/model';
import type { Dataset, DatasetId } from '../data/schema';
import { datasetQueryOptions, DatasetLoadError } from './datasets';

export interface DatasetsState {
  data: Datasets | undefined;
  pending: boolean;
  errors: DatasetLoadError[];
  retry: () => void;
}

/** Several datasets at once: data only when all have loaded and validated. */
export function useDatasets(ids: readonly DatasetId[]): DatasetsState {
  const key = ids.join(',');
  // A stable combine lets TanStack Query return the same object until a result changes,
  // so charts built from `data` are not rebuilt on every render.
  const combine = useCallback(
    (results: UseQueryResult<Dataset, Error>[]): DatasetsState => {
      const names = key.split(',') as DatasetId[];
      const errors = results.flatMap((r) =>
        r.error
          ? [
              r.error instanceof DatasetLoadError
                ? r.error
                : new DatasetLoadError('?', 'network', String(r.error)),
            ]
          : [],
      );
      // While the list of ids grows (a section learns its charts' datasets from charts.json), TanStack
      // may combine the previous results with the new list for a moment: not done until they match.
      const done = results.length === names.length && results.every((r) => r.isSuccess);
      const data: Datasets = {};
      if (done) names.forEach((id, i) => (data[id] = results[i]!.data));
      return {
        data: done ? data : undefined,
        pending: results.some((r) => r.isPending && !r.error),
        errors,
        retry: () => results.forEach((r) => r.error && void r.refetch()),
      };
    },
    [key],
  );
  return useQueries({ queries: ids.map((id) => datasetQueryOptions(id)), combine });
}
