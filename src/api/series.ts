/**
 * Indicators followed across editions, in the Query cache: every dataset of this page's edition and of
 * the reports before it, then the series (src/data/series.ts). Loaded only where an earlier edition
 * exists, by the panels that show a series (a lazy chunk).
 */
import { queryOptions } from '@tanstack/react-query';
import { DATASET_IDS } from '../data/ids';
import { editionsUpToCurrent } from '../data/report';
import { indicatorSeries, type EditionData } from '../data/series';
import { fetchDataset } from './fetchDataset';

export async function loadEditionData(signal?: AbortSignal): Promise<EditionData[]> {
  return Promise.all(
    editionsUpToCurrent().map(async (edition) => ({
      edition,
      datasets: await Promise.all(DATASET_IDS.map((id) => fetchDataset(id, signal, edition.id))),
    })),
  );
}

export function seriesQueryOptions() {
  const editions = editionsUpToCurrent();
  const current = editions.at(-1)?.id ?? '';
  return queryOptions({
    queryKey: ['indicator-series', current] as const,
    queryFn: async ({ signal }) => indicatorSeries(await loadEditionData(signal), current),
    staleTime: Infinity,
    retry: false,
  });
}
