/**
 * Writes embeds.json next to index.html in the built folder (default dist/): every embeddable chart of
 * every edition in the built folder's catalogue, newest edition first.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as kinds from '../src/charts/kinds';
import { setEdition } from '../src/data/report';
import { embedManifest } from '../src/embed/manifest';
import { editionDir, readCatalogue, readChartsFile, readDatasets, ROOT } from './data-files';

const out = process.argv[2] ?? join(ROOT, 'dist');
const dataDir = join(out, 'data');
const catalogue = readCatalogue(dataDir);
const entries = [...catalogue.editions].reverse().flatMap((edition) => {
  setEdition(edition, catalogue);
  const dir = editionDir(edition.id, dataDir);
  return embedManifest(readDatasets(dir), readChartsFile(dir), kinds, edition.id);
});
writeFileSync(join(out, 'embeds.json'), `${JSON.stringify(entries, null, 2)}\n`);
console.log(`embeds.json: ${entries.length} embeddable charts in ${catalogue.editions.length} edition(s)`);
