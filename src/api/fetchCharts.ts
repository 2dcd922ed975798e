/// <reference types="vite/client" />
/**
 * Loading the report's structure (public/data/charts.json: key figures, deck groups, chart
 * declarations), validated here like a dataset. No React: embeds use this directly.
 */
import { parseChartsText, type ChartsFile } from '../data/chartsFile';
import { CHARTS_FILE_NAME, editionPath } from './early';
import { DatasetLoadError, readDataText } from './fetchDataset';

export async function fetchChartsFile(signal?: AbortSignal, edition?: string): Promise<ChartsFile> {
  const text = await readDataText(editionPath(CHARTS_FILE_NAME, edition), CHARTS_FILE_NAME, signal);
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
