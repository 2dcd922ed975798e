/// <reference types="vite/client" />
/**
 * Loading a dataset: fetch, validate at this boundary and nowhere else.
 * Callers get a typed Dataset or a DatasetLoadError, nothing in between.
 * No React and no Query here: embeds use this directly.
 */
import type { DatasetId } from '../data/ids';
import { parseDatasetText } from '../data/parse';
import type { Dataset } from '../data/schema';
import { dataUrl, datasetFile, editionPath, inlineDatasetId, inlineText, takeEarlyResponse } from './early';

export { inlineDatasetId };

import { DATASET_MAX_BYTES, DATASET_TIMEOUT_MS } from './limits';

export { DATASET_MAX_BYTES, DATASET_TIMEOUT_MS };

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

/** A data file's text from the offline copy's page. */
export function readInlineText(path: string, file: string): string {
  const text = document.getElementById(inlineDatasetId(path))?.textContent;
  if (text == null) throw new DatasetLoadError(file, 'network', 'not part of this offline copy');
  return text;
}

/**
 * A data file's text by its path under data/. The offline copy (scripts/build-offline.mjs) carries its
 * files inside the page, since a file opened from disk cannot fetch its neighbours; the text still goes
 * through the same size limit and validation as a downloaded one.
 */
export function readDataText(path: string, file: string, signal?: AbortSignal): Promise<string> {
  // Replaced at build time: the online bundle does not contain the offline branch.
  if (import.meta.env.MODE === 'offline') return Promise.resolve().then(() => readInlineText(path, file));
  // A page built in advance (scripts/prerender.ts) carries the files its markup was made from.
  const inline = inlineText(path);
  return inline === undefined
    ? fetchDataText(path, file, dataUrl(path), signal)
    : nextTask().then(() => inline);
}

/**
 * Resolves in a task of its own. A built page's takeover validates every file it carries; one task
 * each keeps the main thread free in between (each is a few tens of ms on a throttled phone, all of
 * them at once well over the 50 ms a task may take before it blocks input).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A dataset of this page's edition, or of another one (an indicator followed across the years). */
export async function fetchDataset(id: DatasetId, signal?: AbortSignal, edition?: string): Promise<Dataset> {
  const file = datasetFile(id);
  return validate(id, file, await readDataText(editionPath(file, edition), file, signal));
}

/**
 * A data file's text, with the limits every data file has: an answer within the timeout, an HTTP
 * success, at most DATASET_MAX_BYTES. `earlyKey` takes the response the entry script started.
 */
export async function fetchDataText(
  earlyKey: string,
  file: string,
  url: string,
  signal?: AbortSignal,
): Promise<string> {
  const timeout = AbortSignal.timeout(DATASET_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await (takeEarlyResponse(earlyKey) ?? fetch(url, { signal: combined }));
  } catch (e) {
    if (timeout.aborted || (e as Error).name === 'TimeoutError')
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
    if (timeout.aborted || (e as Error).name === 'TimeoutError')
      throw new DatasetLoadError(file, 'timeout', `no answer within ${DATASET_TIMEOUT_MS / 1000} s`);
    throw new DatasetLoadError(file, 'network', (e as Error).message || 'network error');
  }
  if (text.length > DATASET_MAX_BYTES)
    throw new DatasetLoadError(file, 'too-large', `${text.length} characters`);
  return text;
}

function validate(id: DatasetId, file: string, text: string): Dataset {
  if (text.length > DATASET_MAX_BYTES)
    throw new DatasetLoadError(file, 'too-large', `${text.length} characters`);
  const parsed = parseDatasetText(file, text);
  if (!parsed.ok) throw new DatasetLoadError(file, 'invalid', parsed.reason);
  if (parsed.data.id !== id)
    throw new DatasetLoadError(file, 'invalid', `${file}: holds dataset "${parsed.data.id}"`);
  return parsed.data;
}
