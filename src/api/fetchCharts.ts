/// <reference types="vite/client" />
/**
 * Loading the report's structure (public/data/charts.json: key figures, deck groups, chart
 * declarations), validated here like a dataset. No React: embeds use this directly.
 */
import { parseChartsText, type ChartsFile } from '../data/chartsFile';
import { CHARTS_FILE_NAME, dataUrl, editionPath } from './early';
import { DatasetLoadError, fetchDataText, readInlineText } from './fetchDataset';

export async function fetchChartsFile(signal?: AbortSignal, edition?: string): Promise<ChartsFile> {
  const path = editionPath(CHARTS_FILE_NAME, edition);
  const text =
    import.meta.env.MODE === 'offline'
      ? readInlineText(path, CHARTS_FILE_NAME)
      : await fetchDataText(path, CHARTS_FILE_NAME, dataUrl(path), signal);
  const parsed = parseChartsText(CHARTS_FILE_NAME, text);
  if (!parsed.ok) throw new DatasetLoadError(CHARTS_FILE_NAME, 'invalid', parsed.reason);
  return parsed.data;
}

let shared: Promise<ChartsFile> | undefined;

/** One request per page for code outside the Query cache (the embed); a failure may be retried. */
export function chartsFileOnce(): Promise<ChartsFile> {
  shared ??= fetchChartsFile().catch((e: unknown) => {
    shared = undefined;
    throw e;
  });
  return shared;
}
