/**
 * Loading a dataset: fetch, validate at this boundary, cache in TanStack Query.
 * Components get a typed Dataset or a DatasetLoadError, nothing in between.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseDatasetText } from '../data/parse';
import type { Dataset, DatasetId } from '../data/schema';

/** A request that has not finished after this long is abandoned as a timeout. */
export const DATASET_TIMEOUT_MS = 15_000;
/** Larger files are refused before parsing: real datasets are a few KB. */
export const DATASET_MAX_BYTES = 1_000_000;

export type DatasetErrorKind = 'http' | 'network' | 'timeout' | 'too-large' | 'invalid';

export class DatasetLoadError extends Error {
  constructor(
    readonly file: string,
    readonly kind: DatasetErrorKind,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(detail.startsWith(`${file}:`) ? detail : `${file}: ${detail}`);
    this.name = 'DatasetLoadError';
  }
}

export function datasetFile(id: DatasetId): string {
  return `${id}.json`;
}

/** Relative to the page, so the app works from any folder of any static host. */
export function datasetUrl(id: DatasetId): string {
  return new URL(`data/${datasetFile(id)}`, document.baseURI).href;
}

export async function fetchDataset(id: DatasetId, signal?: AbortSignal): Promise<Dataset> {
  const file = datasetFile(id);
  const timeout = AbortSignal.timeout(DATASET_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(datasetUrl(id), { signal: combined, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (timeout.aborted)
      throw new DatasetLoadError(file, 'timeout', `no answer within ${DATASET_TIMEOUT_MS / 1000} s`);
    throw new DatasetLoadError(file, 'network', (e as Error).message || 'network error');
  }
  if (!response.ok) throw new DatasetLoadError(file, 'http', `HTTP ${response.status}`, response.status);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > DATASET_MAX_BYTES) throw new DatasetLoadError(file, 'too-large', `${length} bytes`);
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    if (timeout.aborted)
      throw new DatasetLoadError(file, 'timeout', `no answer within ${DATASET_TIMEOUT_MS / 1000} s`);
    throw new DatasetLoadError(file, 'network', (e as Error).message || 'network error');
  }
  if (text.length > DATASET_MAX_BYTES)
    throw new DatasetLoadError(file, 'too-large', `${text.length} characters`);
  const parsed = parseDatasetText(file, text);
  if (!parsed.ok) throw new DatasetLoadError(file, 'invalid', parsed.reason);
  if (parsed.data.id !== id)
    throw new DatasetLoadError(file, 'invalid', `${file}: holds dataset "${parsed.data.id}"`);
  return parsed.data;
}

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
