import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, DatasetId, Figure } from '../../src/data/schema';
import { DATASET_IDS } from '../../src/data/schema';

const root = join(import.meta.dirname, '..', '..');

export function loadRaw(id: DatasetId): Dataset {
  return JSON.parse(readFileSync(join(root, 'public', 'data', '2023', `${id}.json`), 'utf8')) as Dataset;
}

export const allRaw = (): Dataset[] => DATASET_IDS.map(loadRaw);

export const sourceText = (): string =>
  readFileSync(join(root, 'public', 'data', '2023', '000_4b609c8d49b7797c.txt'), 'utf8');

/** A minimal valid figure to vary in table-driven tests. */
export function figure(over: Partial<Figure> = {}): Figure {
  return {
    id: 'x',
    label: { vi: 'Chỉ tiêu', en: 'Indicator' },
    kind: 'level',
    value: 100,
    unit: 'billion-vnd',
    period: { kind: 'year', year: 2023 },
    estimate: false,
    qualifier: 'exact',
    comparisons: [],
    quote: 'q',
    ...over,
  };
}

export function datasetOf(figures: Figure[], id: DatasetId = 'trade'): Dataset {
  return { ...loadRaw('trade'), id, figures };
}
