/**
 * The bundle budget, run by `npm run check` (and so by CI) right after the build.
 * Usage: tsx scripts/budget.ts [built folder, default dist]
 * Exits 1 when a limit is exceeded, naming the figure, the limit and the files — and when the embeds
 * are not built in advance, since their "visible" figure cannot then be met honestly.
 * Sizes: gzip level 9 per file, 1 kB = 1000 bytes; what each figure counts: scripts/bundle-stats.ts.
 */
import { BUDGETS, budgetFailures, bundleStats, embedExtremes, kB } from './bundle-stats';

const dir = process.argv[2] ?? 'dist';
const stats = bundleStats(dir);
const { heaviest, lightest } = embedExtremes(stats);
const heaviestVisible = [...stats.embeds].sort((a, b) => b.visible.gzip - a.visible.gzip)[0]!;
// Without built embeds an embed is index.html?embed=<id>: nothing shows before its chart is drawn.
const how = stats.embedsBuilt ? 'built html + css' : 'NOT BUILT: its whole load';

const rows: [string, number, number | undefined][] = [
  ['critical path: built index.html + its stylesheets', stats.critical.gzip, BUDGETS.critical],
  [
    `overview interactive: + JS until its live charts draw (ECharts core + ${stats.interactive.parts.join(', ')})`,
    stats.interactive.gzip,
    undefined,
  ],
  ['  of which data files fetched (not carried in index.html)', stats.interactive.data.gzip, undefined],
  [
    `heaviest embed visible (${how}): ${heaviestVisible.id}`,
    heaviestVisible.visible.gzip,
    BUDGETS.embedVisible,
  ],
  [`heaviest embed interactive: ${heaviest.id}`, heaviest.interactive.gzip, BUDGETS.embedInteractive],
  [`lightest embed interactive: ${lightest.id}`, lightest.interactive.gzip, BUDGETS.embedInteractive],
  [`all JS files together (${stats.allJs.files.length} files)`, stats.allJs.gzip, BUDGETS.allJs],
];

console.log(`bundle budget for ${dir}/ (gzip -9 per file, 1 kB = 1000 bytes)`);
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, bytes, limit] of rows) {
  const verdict =
    limit === undefined
      ? ''
      : bytes <= limit
        ? `  ok: limit ${kB(limit)}, headroom ${kB(limit - bytes)}`
        : `  OVER: limit ${kB(limit)} by ${kB(bytes - limit)}`;
  console.log(`${label.padEnd(width)}  ${kB(bytes).padStart(9)}${verdict}`);
}

const failures = budgetFailures(stats);
if (failures.length) {
  console.error(`\nbudget FAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('budget: ok');
