/**
 * npm run draft -- <report.txt> [--out <folder>] [--published YYYY-MM-DD] [--year N]
 *
 * Drafts datasets from a report's text with src/draft and writes them to
 * <folder> (default drafts/): one <dataset>.json per dataset, in the schema's
 * shape with every label marked [NHÁP] / [DRAFT], and review.json with each
 * figure's quote span, flags and "unreviewed" status, and the numbers not
 * proposed. Nothing here is reviewed: open the app with ?review for that.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftReport } from '../src/draft/draft';
import { draftFiles } from '../src/draft/files';

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'drafts' },
        published: { type: 'string' },
        year: { type: 'string' },
      },
    });
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const [report] = args.positionals;
  if (!report) {
    console.error(
      'usage: npm run draft -- <report.txt> [--out <folder>] [--published YYYY-MM-DD] [--year N]',
    );
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(report, 'utf8');
  } catch (e) {
    console.error(`cannot read ${report}: ${(e as Error).message}`);
    return 1;
  }
  const year = args.values.year === undefined ? undefined : Number(args.values.year);
  if (year !== undefined && !Number.isInteger(year)) {
    console.error(`--year must be a year, not "${args.values.year}"`);
    return 2;
  }
  // The rules are written in NFC; the text is drafted as it is, so quotes stay byte for byte.
  if (text !== text.normalize('NFC'))
    console.warn(
      `${report}: not in Unicode NFC form; some words may not be recognised (quotes stay verbatim)`,
    );
  const draft = draftReport(text, {
    ...(args.values.published ? { published: args.values.published } : {}),
    ...(year !== undefined ? { year } : {}),
  });
  if (!draft.ok) {
    console.error(`${report}: ${draft.reason}`);
    return 1;
  }
  const files = draftFiles(draft.value, basename(report), text.length);
  if (!files.ok) {
    console.error(`${report}: ${files.reason}`);
    return 1;
  }
  const out = resolve(args.values.out!);
  mkdirSync(out, { recursive: true });
  for (const d of files.value.datasets)
    writeFileSync(join(out, `${d.id}.json`), `${JSON.stringify(d, null, 2)}\n`);
  writeFileSync(join(out, 'review.json'), `${JSON.stringify(files.value.sidecar, null, 2)}\n`);
  const { datasets, sidecar } = files.value;
  console.log(
    `${report}: ${sidecar.figures.length} draft figures in ${datasets.length} files (${datasets.map((d) => `${d.id} ${d.figures.length}`).join(', ')}), ` +
      `${sidecar.refused.length} refused by the schema, ${sidecar.skipped.length} numbers skipped; written to ${out}/`,
  );
  console.log('Every figure is UNREVIEWED: open the app with ?review to accept, correct or reject each one.');
  return 0;
}

process.exitCode = main();
