/// <reference types="vite/client" />
/**
 * Dataset requests started by the entry script, before the code that reads
 * them has downloaded: on a phone this saves a round trip per page. Each early
 * response is used once, by the first load of its dataset; retries fetch anew.
 */
import { isSectionId, SECTIONS } from '../app/sections';
import { DATASET_IDS, type DatasetId } from '../data/ids';

export function datasetFile(id: DatasetId): string {
  return `${id}.json`;
}

/** Relative to the page, so the app works from any folder of any static host. */
export function datasetUrl(id: DatasetId): string {
  return new URL(`data/${datasetFile(id)}`, document.baseURI).href;
}

/** The report's structure (charts, key figures): every page needs it, next to its datasets. */
export const CHARTS_FILE_NAME = 'charts.json';

export function dataFileUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}

const early = new Map<string, Promise<Response>>();

/** Starts the requests for these files (dataset ids, or a file name such as charts.json). */
export function fetchEarly(ids: readonly (DatasetId | typeof CHARTS_FILE_NAME)[], timeoutMs: number): void {
  // The offline copy reads its datasets from the page; it has no network to ask.
  if (import.meta.env.MODE === 'offline') return;
  for (const id of ids) {
    if (early.has(id)) continue;
    const url = id === CHARTS_FILE_NAME ? dataFileUrl(id) : datasetUrl(id);
    const response = fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    // Failures are reported by the loader that takes this response.
    response.catch(() => undefined);
    early.set(id, response);
  }
}

export function takeEarlyResponse(id: string): Promise<Response> | undefined {
  const response = early.get(id);
  early.delete(id);
  return response;
}

/** What the page named by these URL parameters will load first: a section's own file, or all of them. */
export function datasetsForPage(params: URLSearchParams): readonly DatasetId[] {
  const section = params.get('section');
  const own = isSectionId(section) ? SECTIONS.find((s) => s.id === section)?.dataset : undefined;
  return own && !params.has('present') ? [own] : DATASET_IDS;
}
