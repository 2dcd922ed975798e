/** Writes embeds.json next to index.html in the built folder (default dist/). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Datasets } from '../src/charts/model';
import { parseDatasetText } from '../src/data/parse';
import { DATASET_IDS } from '../src/data/schema';
import { embedManifest } from '../src/embed/manifest';

const root = join(import.meta.dirname, '..');
const out = process.argv[2] ?? join(root, 'dist');
const data: Datasets = {};
for (const id of DATASET_IDS) {
  const file = `${id}.json`;
  const parsed = parseDatasetText(file, readFileSync(join(root, 'public', 'data', file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.reason);
  data[id] = parsed.data;
}
const entries = embedManifest(data);
writeFileSync(join(out, 'embeds.json'), `${JSON.stringify(entries, null, 2)}\n`);
console.log(`embeds.json: ${entries.length} embeddable charts`);
