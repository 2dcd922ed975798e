/** Writes embeds.json next to index.html in the built folder (default dist/). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as kinds from '../src/charts/kinds';
import { embedManifest } from '../src/embed/manifest';
import { readChartsFile, readDatasets, ROOT } from './data-files';

const out = process.argv[2] ?? join(ROOT, 'dist');
const entries = embedManifest(readDatasets(), readChartsFile(), kinds);
writeFileSync(join(out, 'embeds.json'), `${JSON.stringify(entries, null, 2)}\n`);
console.log(`embeds.json: ${entries.length} embeddable charts`);
