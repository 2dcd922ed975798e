import { useQueries } from '@tanstack/react-query';
import type { Datasets } from '../charts/model';
import type { DatasetId } from '../data/schema';
import { datasetQueryOptions, DatasetLoadError } from './datasets';

export interface DatasetsState {
  data: Datasets | undefined;
  pending: boolean;
  errors: DatasetLoadError[];
  retry: () => void;
}

/** Several datasets at once: data only when all have loaded and validated. */
export function useDatasets(ids: readonly DatasetId[]): DatasetsState {
  return useQueries({
    queries: ids.map((id) => datasetQueryOptions(id)),
    combine: (results) => {
      const errors = results.flatMap((r) =>
        r.error
          ? [
              r.error instanceof DatasetLoadError
                ? r.error
                : new DatasetLoadError('?', 'network', String(r.error)),
            ]
          : [],
      );
      const done = results.every((r) => r.isSuccess);
      const data: Datasets = {};
      if (done) ids.forEach((id, i) => (data[id] = results[i]!.data));
      return {
        data: done ? data : undefined,
        pending: results.some((r) => r.isPending && !r.error),
        errors,
        retry: () => results.forEach((r) => r.error && void r.refetch()),
      };
    },
  });
}
