/**
 * The one reader of the shipped data files for scripts and tests (Node only): the catalogue of
 * editions, and each edition's datasets and structure (charts.json), validated by the same parsers as
 * the app. Throws on a file that does not parse: the caller is a build step or a test, and should stop.
 * Without a folder named, an edition's readers read the 2023 report (the catalogue's
 * `linksWithoutEdition`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChartsText, CHARTS_FILE, type ChartsFile } from '../src/data/chartsFile';
import { EDITIONS_FILE, parseCatalogueText, type Catalogue } from '../src/data/editions';
import { parseDatasetText } from '../src/data/parse';
import { DATASET_IDS } from '../src/data/schema';
import type { Datasets } from '../src/charts/model';

export const ROOT = join(import.meta.dirname, '..');
export const DATA_DIR = join(ROOT, 'public', 'data');

export function readCatalogue(dataDir = DATA_DIR): Catalogue {
  const parsed = parseCatalogueText(EDITIONS_FILE, readFileSync(join(dataDir, EDITIONS_FILE), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}

/** An edition's folder; without an id, the 2023 report's. */
export function editionDir(id?: string, dataDir = DATA_DIR): string {
  return join(dataDir, id ?? readCatalogue(dataDir).linksWithoutEdition);
}

export function readDatasets(dir = editionDir()): Datasets {
  const data: Datasets = {};
  for (const id of DATASET_IDS) {
    const file = `${id}.json`;
    const parsed = parseDatasetText(file, readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    data[id] = parsed.data;
  }
  return data;
}

export function readChartsFile(dir = editionDir()): ChartsFile {
  const parsed = parseChartsText(CHARTS_FILE, readFileSync(join(dir, CHARTS_FILE), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}
