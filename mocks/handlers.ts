/**
 * msw handlers that serve the real datasets from public/data, so component
 * tests exercise the same bytes the app ships. Tests override one handler at a
 * time to simulate faults (see mocks/faults.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { DATASET_IDS } from '../src/data/schema';

const dataDir = join(import.meta.dirname, '..', 'public', 'data');

export function realDatasetText(id: string): string {
  return readFileSync(join(dataDir, `${id}.json`), 'utf8');
}

/** The datasets and the report's structure (charts.json), as the app requests them. */
export const DATA_FILE_IDS = [...DATASET_IDS, 'charts'] as const;

export const handlers = DATA_FILE_IDS.map((id) =>
  http.get(`*/data/${id}.json`, () =>
    HttpResponse.text(realDatasetText(id), { headers: { 'Content-Type': 'application/json' } }),
  ),
);
