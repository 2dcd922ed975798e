/**
 * msw handlers that serve the real data files from public/data: the catalogue of editions and every
 * edition's datasets and charts.json, so component tests exercise the same bytes the app ships. Tests
 * override one handler at a time to simulate faults (see mocks/faults.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { DATASET_IDS } from '../src/data/schema';

const dataDir = join(import.meta.dirname, '..', 'public', 'data');

/** The edition the tests read unless they name one: the 2023 report. */
export const TEST_EDITION = '2023';

export function realDatasetText(id: string, edition = TEST_EDITION): string {
  return readFileSync(join(dataDir, edition, `${id}.json`), 'utf8');
}

/** The datasets and the report's structure (charts.json), as the app requests them. */
export const DATA_FILE_IDS = [...DATASET_IDS, 'charts'] as const;

const json = (text: string) => HttpResponse.text(text, { headers: { 'Content-Type': 'application/json' } });

export const handlers = [
  http.get('*/data/editions.json', () => json(readFileSync(join(dataDir, 'editions.json'), 'utf8'))),
  ...DATA_FILE_IDS.map((id) =>
    http.get(`*/data/:edition/${id}.json`, ({ params }) => json(realDatasetText(id, String(params.edition)))),
  ),
];
