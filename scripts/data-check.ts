/**
 * npm run data:check — validates every dataset and checks the source's own
 * arithmetic. One line per check: PASS, WARN (an anomaly of the source,
 * reported, exit 0) or FAIL (a file that cannot be used, exit 1).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../src/data/checks';
import { parseDatasetText } from '../src/data/parse';
import { RELATIONS } from '../src/data/relations';
import { DATASET_IDS, type Dataset } from '../src/data/schema';

const root = join(import.meta.dirname, '..');
const dataDir = join(root, 'public', 'data');
const counts = { PASS: 0, WARN: 0, FAIL: 0 };
const line = (status: keyof typeof counts, text: string) => {
  counts[status]++;
  console.log(`${status} ${text}`);
};

const sources = new Map<string, string>();
function sourceText(file: string): string | undefined {
  if (!sources.has(file)) {
    try {
      sources.set(file, readFileSync(join(root, 'source', file), 'utf8'));
    } catch {
      return undefined;
    }
  }
  return sources.get(file);
}

const files = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
for (const id of DATASET_IDS) if (!files.includes(`${id}.json`)) line('FAIL', `${id}.json: missing`);

const datasets: Dataset[] = [];
for (const file of files) {
  const parsed = parseDatasetText(file, readFileSync(join(dataDir, file), 'utf8'));
  if (!parsed.ok) {
    for (const reason of parsed.reason.split('\n')) line('FAIL', reason);
    continue;
  }
  line('PASS', `${file}: valid, ${parsed.data.figures.length} figures`);
  datasets.push(parsed.data);
}

const seen = new Map<string, string>();
for (const d of datasets) {
  const text = sourceText(d.source.file);
  if (text === undefined) line('FAIL', `${d.id}.json: source file source/${d.source.file} not found`);
  for (const f of d.figures) {
    if (seen.has(f.id)) line('FAIL', `${d.id}.json: figure "${f.id}" also in ${seen.get(f.id)}.json`);
    seen.set(f.id, d.id);
    if (text !== undefined && !text.includes(f.quote))
      line('FAIL', `${d.id}.json: figure "${f.id}": quote is not verbatim in the source`);
  }
  for (const r of runChecks(d, RELATIONS[d.id])) line(r.status, `${d.id}/${r.id}: ${r.message.en}`);
}

console.log(`\n${counts.PASS} PASS, ${counts.WARN} WARN, ${counts.FAIL} FAIL`);
process.exitCode = counts.FAIL > 0 ? 1 : 0;
