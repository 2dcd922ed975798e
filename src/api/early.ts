/// <reference types="vite/client" />
/**
 * Where data files live, and the requests the entry script starts before the code that reads them has
 * downloaded: on a phone this saves a round trip per page. Each early response is used once, by the
 * first load of its file; retries fetch anew.
 *
 * Files are named by their path under `data/`: the catalogue `editions.json`, and each edition's
 * files in its folder, `2023/charts.json`, `2023/trade.json`.
 */
import { chooseEdition, type CatalogueLike } from '../data/editionPick';
import { DATASET_IDS, type DatasetId } from '../data/ids';
import { SECTIONS } from '../data/sections';
import { editionAsked, isEditionId, parseUrl } from '../data/url';

export const EDITIONS_FILE_NAME = 'editions.json';
/** The report's structure (charts, key figures): every page needs it, next to its datasets. */
export const CHARTS_FILE_NAME = 'charts.json';

export function datasetFile(id: DatasetId): string {
  return `${id}.json`;
}

let pageEdition = '';

/** The edition this page shows: its files are read from its folder from now on. */
export function setDataEdition(id: string): void {
  pageEdition = id;
}

/** A file's path under data/: in an edition's folder (this page's, unless named). */
export function editionPath(file: string, edition = pageEdition): string {
  return edition ? `${edition}/${file}` : file;
}

/** Relative to the page, so the app works from any folder of any static host. */
export function dataUrl(path: string): string {
  return new URL(`data/${path}`, document.baseURI).href;
}

/**
 * The id of the `<script type="application/json">` that holds a data file in the offline copy or a
 * page built in advance, from its path under data/: `dataset-editions`, `dataset-2023/trade`.
 */
export const inlineDatasetId = (path: string) => `dataset-${path.replace(/\.json$/, '')}`;

/** A data file's text carried in this page (a page built in advance, the offline copy), if it is. */
export function inlineText(path: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.getElementById(inlineDatasetId(path))?.textContent ?? undefined;
}

const early = new Map<string, Promise<Response>>();

function fetchOnce(path: string, timeoutMs: number): Promise<Response> {
  let response = early.get(path);
  if (!response) {
    response = fetch(dataUrl(path), { signal: AbortSignal.timeout(timeoutMs) });
    // Failures are reported by the loader that takes this response.
    response.catch(() => undefined);
    early.set(path, response);
  }
  return response;
}

/**
 * Starts the requests for the catalogue and for these files of the edition the URL will open. Without
 * `?edition=` that takes the catalogue's answer first; the app validates the catalogue again and
 * simply fetches anew if it chooses differently.
 */
export function fetchEarly(search: string, files: readonly string[], timeoutMs: number): void {
  // The offline copy reads its data from the page; it has no network to ask.
  if (import.meta.env.MODE === 'offline') return;
  // What the page carries is not asked for again.
  const start = (edition: string) =>
    files
      .map((f) => editionPath(f, edition))
      .forEach((path) => inlineText(path) === undefined && fetchOnce(path, timeoutMs));
  const asked = editionAsked(search);
  if (isEditionId(asked)) return start(asked);
  const carried = inlineText(EDITIONS_FILE_NAME);
  if (carried !== undefined) {
    try {
      return start(chooseEdition(JSON.parse(carried) as CatalogueLike, search).edition.id);
    } catch {
      return; // the app reports a catalogue it cannot read
    }
  }
  const catalogue = fetchOnce(EDITIONS_FILE_NAME, timeoutMs);
  // The app reads the response itself: this reads a copy, made before anyone can read the body.
  catalogue
    .then((r) => r.clone().json() as Promise<CatalogueLike>)
    .then((raw) => start(chooseEdition(raw, search).edition.id))
    .catch(() => undefined);
}

export function takeEarlyResponse(path: string): Promise<Response> | undefined {
  const response = early.get(path);
  early.delete(path);
  return response;
}

/** What the page at this search string will load first: a section's own file, or all of them. */
export function datasetsForPage(search: string): readonly DatasetId[] {
  const { page, section } = parseUrl(search);
  const own = SECTIONS.find((s) => s.id === section)?.dataset;
  return own && page !== 'deck' ? [own] : DATASET_IDS;
}
