/**
 * npm run data:check — validates every dataset and checks the source's own
 * arithmetic. One line per check: PASS, WARN (an anomaly of the source,
 * reported, exit 0) or FAIL (a file that cannot be used, exit 1).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../src/data/checks';
import { parseDatasetText } from '../src/data/parse';
import { DATASET_IDS, type Dataset } from '../src/data/schema';
import { checkDecl } from '../src/charts/kinds';
import type { Datasets } from '../src/charts/model';
import { CHARTS_FILE, parseChartsText, splitRef } from '../src/data/chartsFile';
import { parseJsonText, describeIssues } from '../src/data/parse';
import { REPORT_FILE, reportSchema } from '../src/data/report';

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

const files = readdirSync(dataDir).filter(
  (f) => f.endsWith('.json') && f !== CHARTS_FILE && f !== REPORT_FILE,
);
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
  for (const r of runChecks(d, d.relations ?? [])) line(r.status, `${d.id}/${r.id}: ${r.message.en}`);
}

// Which report this is (report.json): the app's title, source line and file names read it.
{
  let text = '';
  try {
    text = readFileSync(join(dataDir, REPORT_FILE), 'utf8');
  } catch {
    // Reported below as an empty file.
  }
  const json = parseJsonText(REPORT_FILE, text);
  const parsed = json.ok ? reportSchema.safeParse(json.raw, { error: () => '' }) : undefined;
  if (!json.ok) line('FAIL', json.reason);
  else if (!parsed?.success)
    for (const reason of describeIssues(REPORT_FILE, json.raw, parsed!.error!.issues).split('\n'))
      line('FAIL', reason);
  else
    line(
      'PASS',
      `${REPORT_FILE}: ${parsed.data.place.en} ${parsed.data.year}, published ${parsed.data.published}`,
    );
}

// The report's structure: every declaration valid on its own, then against the figures it names.
const loaded: Datasets = Object.fromEntries(datasets.map((d) => [d.id, d]));
let chartsText: string | undefined;
try {
  chartsText = readFileSync(join(dataDir, CHARTS_FILE), 'utf8');
} catch {
  line('FAIL', `${CHARTS_FILE}: missing`);
}
if (chartsText !== undefined) {
  const parsed = parseChartsText(CHARTS_FILE, chartsText);
  if (!parsed.ok) for (const reason of parsed.reason.split('\n')) line('FAIL', reason);
  else {
    const { charts, bad, kpis, kpiSlides } = parsed.data;
    for (const b of bad) for (const reason of b.reason.split('\n')) line('FAIL', reason);
    for (const c of charts) {
      const problems = checkDecl(c, loaded);
      if (problems.length) for (const p of problems) line('FAIL', p);
      else
        line(
          'PASS',
          `${CHARTS_FILE}: chart "${c.id}" (${c.kind}): ${c.figures.length} figures found and suited`,
        );
    }
    const refs = [
      ...kpis.map((r, i) => [r, `kpis[${i}]`] as const),
      ...kpiSlides.flatMap((s, i) => s.figures.map((r, j) => [r, `kpiSlides[${i}].figures[${j}]`] as const)),
    ];
    for (const [ref, field] of refs) {
      const { dataset, figure } = splitRef(ref);
      if (!loaded[dataset]?.figures.some((f) => f.id === figure))
        line('FAIL', `${CHARTS_FILE}: field ${field}: no figure "${figure}" in ${dataset}.json`);
    }
    if (charts.length && !bad.length)
      line(
        'PASS',
        `${CHARTS_FILE}: ${charts.length} charts, ${kpis.length} key figures, ${kpiSlides.length} key-figure slides`,
      );
  }
}

console.log(`\n${counts.PASS} PASS, ${counts.WARN} WARN, ${counts.FAIL} FAIL`);
process.exitCode = counts.FAIL > 0 ? 1 : 0;
