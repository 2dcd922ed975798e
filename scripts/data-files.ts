/**
 * The one reader of the shipped data files for scripts and tests (Node only): every dataset and the
 * report's structure (charts.json), validated by the same parsers as the app. Throws on a file that
 * does not parse: the caller is a build step or a test, and should stop.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChartsText, CHARTS_FILE, type ChartsFile } from '../src/data/chartsFile';
import { parseDatasetText } from '../src/data/parse';
import { DATASET_IDS } from '../src/data/schema';
import type { Datasets } from '../src/charts/model';

export const ROOT = join(import.meta.dirname, '..');
export const DATA_DIR = join(ROOT, 'public', 'data');

export function readDatasets(dir = DATA_DIR): Datasets {
  const data: Datasets = {};
  for (const id of DATASET_IDS) {
    const file = `${id}.json`;
    const parsed = parseDatasetText(file, readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    data[id] = parsed.data;
  }
  return data;
}

export function readChartsFile(dir = DATA_DIR): ChartsFile {
  const parsed = parseChartsText(CHARTS_FILE, readFileSync(join(dir, CHARTS_FILE), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}
