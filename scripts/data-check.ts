/**
 * npm run data:check — validates the catalogue of editions, then every edition: its report's text,
 * its datasets (quotes verbatim in that text, the source's own arithmetic) and its charts.json; then
 * the indicators followed across editions. One line per check: PASS, WARN (an anomaly of the source,
 * or a value a later report restated: reported, exit 0) or FAIL (a file that cannot be used, exit 1).
 *
 * Usage: tsx scripts/data-check.ts [data folder, default public/data]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runChecks } from '../src/data/checks';
import { parseDatasetText } from '../src/data/parse';
import { DATASET_IDS, type Dataset } from '../src/data/schema';
import { checkDecl } from '../src/charts/kinds';
import type { Datasets } from '../src/charts/model';
import { CHARTS_FILE, parseChartsText, splitRef } from '../src/data/chartsFile';
import { EDITIONS_FILE, parseCatalogueText, type Edition } from '../src/data/editions';
import { indicatorProblems, indicatorSeries, revisionsOf } from '../src/data/series';
import { setEdition } from '../src/data/report';
import { formatPeriod } from '../src/i18n/format';

const dataDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'public', 'data'));
const counts = { PASS: 0, WARN: 0, FAIL: 0 };
const line = (status: keyof typeof counts, text: string) => {
  counts[status]++;
  console.log(`${status} ${text}`);
};

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** One edition's folder: its text, its datasets, its charts. Returns the datasets that parsed. */
function checkEdition(edition: Edition): Dataset[] {
  const dir = join(dataDir, edition.id);
  const at = (file: string) => `${edition.id}/${file}`;
  if (!existsSync(dir)) {
    line('FAIL', `${edition.id}/: the edition's folder is missing (${EDITIONS_FILE} lists it)`);
    return [];
  }
  const text = readText(join(dir, edition.source));
  if (text === undefined) line('FAIL', `${at(edition.source)}: the report's text is missing`);
  else line('PASS', `${at(edition.source)}: the report's text, ${text.length} characters`);

  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== CHARTS_FILE);
  for (const f of files)
    if (!DATASET_IDS.some((id) => `${id}.json` === f))
      line('FAIL', `${at(f)}: not a dataset name the app reads (${DATASET_IDS.join(', ')})`);
  for (const id of DATASET_IDS)
    if (!files.includes(`${id}.json`)) line('FAIL', `${at(`${id}.json`)}: missing`);

  const datasets: Dataset[] = [];
  for (const id of DATASET_IDS) {
    const file = `${id}.json`;
    const raw = readText(join(dir, file));
    if (raw === undefined) continue;
    const parsed = parseDatasetText(at(file), raw);
    if (!parsed.ok) {
      for (const reason of parsed.reason.split('\n')) line('FAIL', reason);
      continue;
    }
    line('PASS', `${at(file)}: valid, ${parsed.data.figures.length} figures`);
    datasets.push(parsed.data);
  }

  const seen = new Map<string, string>();
  for (const d of datasets) {
    if (d.source.file !== edition.source)
      line(
        'FAIL',
        `${at(`${d.id}.json`)}: source.file "${d.source.file}" is not the edition's text "${edition.source}"`,
      );
    for (const f of d.figures) {
      if (seen.has(f.id))
        line('FAIL', `${at(`${d.id}.json`)}: figure "${f.id}" also in ${seen.get(f.id)}.json`);
      seen.set(f.id, d.id);
      if (text !== undefined && !text.includes(f.quote))
        line('FAIL', `${at(`${d.id}.json`)}: figure "${f.id}": quote is not verbatim in the source`);
    }
    for (const r of runChecks(d, d.relations ?? []))
      line(r.status, `${edition.id}/${d.id}/${r.id}: ${r.message.en}`);
  }

  // The report's structure: every declaration valid on its own, then against the figures it names.
  const loaded: Datasets = Object.fromEntries(datasets.map((d) => [d.id, d]));
  const chartsText = readText(join(dir, CHARTS_FILE));
  if (chartsText === undefined) {
    line('FAIL', `${at(CHARTS_FILE)}: missing`);
    return datasets;
  }
  const parsed = parseChartsText(at(CHARTS_FILE), chartsText);
  if (!parsed.ok) {
    for (const reason of parsed.reason.split('\n')) line('FAIL', reason);
    return datasets;
  }
  const { charts, bad, kpis, kpiSlides } = parsed.data;
  for (const b of bad) for (const reason of b.reason.split('\n')) line('FAIL', reason);
  for (const c of charts) {
    const problems = checkDecl(c, loaded);
    if (problems.length) for (const p of problems) line('FAIL', `${edition.id}/${p}`);
    else
      line(
        'PASS',
        `${at(CHARTS_FILE)}: chart "${c.id}" (${c.kind}): ${c.figures.length} figures found and suited`,
      );
  }
  const refs = [
    ...kpis.map((r, i) => [r, `kpis[${i}]`] as const),
    ...kpiSlides.flatMap((s, i) => s.figures.map((r, j) => [r, `kpiSlides[${i}].figures[${j}]`] as const)),
  ];
  for (const [ref, field] of refs) {
    const { dataset, figure } = splitRef(ref);
    if (!loaded[dataset]?.figures.some((f) => f.id === figure))
      line('FAIL', `${at(CHARTS_FILE)}: field ${field}: no figure "${figure}" in ${dataset}.json`);
  }
  if (charts.length && !bad.length)
    line(
      'PASS',
      `${at(CHARTS_FILE)}: ${charts.length} charts, ${kpis.length} key figures, ${kpiSlides.length} key-figure slides`,
    );
  return datasets;
}

const catalogueText = readText(join(dataDir, EDITIONS_FILE));
const catalogue = catalogueText === undefined ? undefined : parseCatalogueText(EDITIONS_FILE, catalogueText);
if (catalogue === undefined) line('FAIL', `${EDITIONS_FILE}: missing`);
else if (!catalogue.ok) for (const reason of catalogue.reason.split('\n')) line('FAIL', reason);
else {
  const { editions } = catalogue.data;
  line(
    'PASS',
    `${EDITIONS_FILE}: ${editions.length} edition(s): ${editions.map((e) => `${e.id}${e.testData ? ' (test data)' : ''}`).join(', ')}`,
  );
  const data = editions.map((edition) => ({ edition, datasets: checkEdition(edition) }));
  // Indicators across editions, as the latest edition shows them.
  for (const p of indicatorProblems(data)) line('FAIL', p);
  const latest = editions.at(-1)!;
  setEdition(latest, catalogue.data);
  const series = indicatorSeries(data, latest.id);
  for (const r of revisionsOf(series))
    line(
      'WARN',
      `indicator "${r.indicator}", ${formatPeriod(r.later.period, 'en')}: ${r.earlier.edition.id} reported ` +
        `${r.earlier.value}${r.earlier.estimate ? ' (estimate)' : ''}, ${r.later.edition.id} restates it as ` +
        `${r.later.value}${r.later.estimate ? ' (estimate)' : ''}; the page shows the later value and marks the earlier one revised`,
    );
  const followed = [...series.values()].filter((s) => new Set(s.map((p) => p.edition.id)).size > 1);
  line('PASS', `indicators: ${series.size} named, ${followed.length} followed across two or more editions`);
}

console.log(`\n${counts.PASS} PASS, ${counts.WARN} WARN, ${counts.FAIL} FAIL`);
process.exitCode = counts.FAIL > 0 ? 1 : 0;
