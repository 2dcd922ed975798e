/**
 * The bundle budget, run by `npm run check` (and so by CI) right after the build.
 * Usage: tsx scripts/budget.ts [built folder, default dist]
 * Exits 1 when a budget is exceeded, naming the figure, the limit and the files.
 * Sizes: gzip level 9 per file, 1 kB = 1000 bytes (see scripts/bundle-stats.ts).
 */
import { BUDGETS, bundleStats, embedExtremes, kB, type Group } from './bundle-stats';

const dir = process.argv[2] ?? 'dist';
const stats = bundleStats(dir);
const { heaviest, lightest } = embedExtremes(stats);

const failures: string[] = [];
const rows: [string, number, number | undefined][] = [
  ['critical path: html + css + js before the overview numbers', stats.critical.code.gzip, BUDGETS.critical],
  ['  + datasets the overview requests (not in the budget)', stats.critical.data.gzip, undefined],
  [
    `overview with its charts, code + data (ECharts parts: ${stats.overview.parts.join(', ')})`,
    stats.overview.gzip,
    undefined,
  ],
  [`heaviest embed in all: ${heaviest.id}`, heaviest.gzip, BUDGETS.embed],
  [`lightest embed in all: ${lightest.id}`, lightest.gzip, BUDGETS.embed],
  [
    `  heaviest embed with its chart drawn live (a dark page): ${[...stats.embeds].sort((a, b) => b.live - a.live)[0]!.id}`,
    Math.max(...stats.embeds.map((e) => e.live)),
    undefined,
  ],
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

const biggest = (g: Group, n = 5) =>
  [...g.files]
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, n)
    .map((f) => `    ${f.file} ${kB(f.gzip)}`)
    .join('\n');
if (stats.critical.code.gzip > BUDGETS.critical)
  failures.push(
    `critical path ${kB(stats.critical.code.gzip)} > ${kB(BUDGETS.critical)}: what the overview loads before ` +
      `its numbers show grew; move code behind a dynamic import(). Largest files:\n${biggest(stats.critical.code)}`,
  );
for (const e of stats.embeds)
  if (e.gzip > BUDGETS.embed)
    failures.push(
      `embed ${e.id} ${kB(e.gzip)} > ${kB(BUDGETS.embed)} (code ${kB(e.code.gzip)}, data ${kB(e.data.gzip)}). ` +
        `Largest files:\n${biggest(e.code)}`,
    );
if (stats.allJs.gzip > BUDGETS.allJs)
  failures.push(
    `all JS ${kB(stats.allJs.gzip)} > ${kB(BUDGETS.allJs)}. Largest files:\n${biggest(stats.allJs)}`,
  );

if (failures.length) {
  console.error(`\nbudget FAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('budget: ok');
