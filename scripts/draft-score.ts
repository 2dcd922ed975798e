/**
 * npm run draft:score — drafts the shipped report with src/draft and compares
 * the drafts with the shipped datasets (matching rules in src/draft/score.ts).
 * Prints recall and precision per field, the figures missed, the drafts that
 * match nothing and the recalled figures with a wrong field. Exits 1 when a
 * target is missed: recall of value and unit ≥ 95 %, recall with every
 * comparison right ≥ 90 %, precision ≥ 90 %, every quote an exact substring.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATASET_IDS, type Dataset } from '../src/data/schema';
import { editionDir, readDatasets } from './data-files';
import { draftReport } from '../src/draft/draft';
import { FIELDS, meetsTargets, scoreDrafts, TARGETS_MET, type Score } from '../src/draft/score';

/** The shipped datasets, through the one reader of the shipped data (scripts/data-files.ts). */
export function readShippedDatasets(dir = editionDir()): Dataset[] {
  const data = readDatasets(dir);
  return DATASET_IDS.flatMap((id) => (data[id] ? [data[id]] : [])).sort((a, b) => a.id.localeCompare(b.id));
}

/** Drafts the report the datasets cite and scores the drafts against them. */
export function scoreShipped(datasets: Dataset[] = readShippedDatasets()): { score: Score; source: string } {
  const files = [...new Set(datasets.map((d) => d.source.file))];
  if (files.length !== 1) throw new Error(`the datasets cite ${files.length} sources; expected one`);
  const source = files[0]!;
  const text = readFileSync(join(editionDir(), source), 'utf8');
  // Only the text: the date and year come from its dateline and words, not from the reviewed files.
  const draft = draftReport(text);
  if (!draft.ok) throw new Error(draft.reason);
  return { score: scoreDrafts(text, datasets, draft.value.figures), source };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function print({ score: s, source }: { score: Score; source: string }) {
  console.log(`draft:score for source/${source}: ${s.shipped} shipped figures, ${s.drafts} drafts\n`);
  console.log(
    `${'field'.padEnd(12)} ${'right'.padStart(5)} ${'recall'.padStart(7)} ${'precision'.padStart(9)}`,
  );
  for (const f of FIELDS) {
    const r = s.fields[f];
    console.log(
      `${f.padEnd(12)} ${String(r.right).padStart(5)} ${pct(r.recall).padStart(7)} ${pct(r.precision).padStart(9)}`,
    );
  }
  console.log(`quotes not an exact substring: ${s.badQuotes.length}`);
  console.log(`\nmissed (${s.missed.length}):`);
  for (const m of s.missed)
    console.log(
      `  ${m.dataset}/${m.figure.id}: ${m.figure.value} ${m.figure.unit}` +
        (m.nearest
          ? ` (nearest draft: ${m.nearest.figure.value} ${m.nearest.figure.unit})`
          : ' (no draft left over its quote)'),
    );
  console.log(`\ndrafts matching no shipped figure (${s.unmatched.length}):`);
  for (const d of s.unmatched) console.log(`  ${d.figure.value} ${d.figure.unit}: "${d.figure.quote}"`);
  for (const [field, pairs] of Object.entries(s.wrong)) {
    console.log(`\nrecalled, but ${field} differs (${pairs.length}):`);
    for (const p of pairs) {
      const show = (f: typeof p.draft.figure, dataset: string) =>
        field === 'comparisons'
          ? JSON.stringify(f.comparisons) + (f.kind === 'growth' ? ` baseYear ${f.baseYear}` : '')
          : field === 'dataset'
            ? dataset
            : JSON.stringify((f as Record<string, unknown>)[field]);
      console.log(
        `  ${p.shipped.figure.id}: shipped ${show(p.shipped.figure, p.shipped.dataset)}, draft ${show(p.draft.figure, p.draft.dataset)}`,
      );
    }
  }
  const ok = meetsTargets(s);
  console.log(
    `\ntargets: recall value+unit ≥ ${pct(TARGETS_MET.valueUnitRecall)}, comparisons ≥ ${pct(TARGETS_MET.comparisonsRecall)}, ` +
      `precision ≥ ${pct(TARGETS_MET.precision)}, every quote exact: ${ok ? 'met' : 'MISSED'}`,
  );
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) print(scoreShipped());
