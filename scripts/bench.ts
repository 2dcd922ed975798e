/**
 * `npm run bench`: builds the app and the baseline page into .bench/site (never
 * dist/), serves that folder gzip-compressed, and prints
 * - gzip bytes: the critical path before the overview's numbers show, the
 *   overview with its charts, and one embedded chart in all — from the build
 *   (scripts/bundle-stats.ts, as the CI budget counts them) and, as a
 *   cross-check, as transferred in Chromium (the critical path by loading the
 *   overview with every other file held back: its numbers must still show);
 * - time from navigation to all overview charts drawn, median of N cold loads,
 *   at full speed and with 4x CPU throttling, for the app and for the baseline
 *   page (bench/baseline.ts: the same chart options with bare echarts/core and
 *   no framework), interleaved in the same run, and the ratio app / baseline;
 * - Lighthouse 12.2.3 (mobile preset, median of 3 runs);
 * - the JS heap after the overview has drawn (after a forced GC).
 * It exits 0 with figures; the targets are printed beside them, not enforced
 * (the budget in scripts/budget.ts is what CI enforces).
 *
 * Options: --runs=N (loads per page and speed, default 9), --lighthouse=N
 * (default 3, 0 skips), --no-build (reuse .bench/site), --compare=<folder>
 * (another build of the app, e.g. of a branch, timed in the same run,
 * interleaved with the others: a before/after on a noisy machine).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { declsOf } from '../src/charts/registry';
import { readChartsFile } from './data-files';
import { resolveEmbed } from '../src/embed/catalog';
import { instrument, median, PHONE } from './bench-page';
import { BUDGETS, bundleStats, embedExtremes, kB } from './bundle-stats';
// @ts-expect-error plain ES module without types
import { startServer } from './serve.mjs';
// @ts-expect-error plain ES module without types
import { CHROMIUM_ARGS } from '../tests/browser/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.bench');
const SITE = join(OUT, 'site');
const arg = (name: string, fallback: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : fallback;
};
const RUNS = Math.max(1, arg('runs', 9));
const LH_RUNS = arg('lighthouse', 3);
const BUILD = !process.argv.includes('--no-build');
const COMPARE = process.argv.find((x) => x.startsWith('--compare='))?.slice('--compare='.length);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// The same flags as the browser tests: without them Chromium keeps trying to reach outside hosts.
const CHROME_ARGS: string[] = CHROMIUM_ARGS;
const CHARTS_FILE = readChartsFile();
const OVERVIEW = declsOf(CHARTS_FILE, 'overview').map((d) => d.id);
const OVERVIEW_KPIS = CHARTS_FILE.kpis;
const started = Date.now();

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

// ---- build -------------------------------------------------------------------------------------
if (BUILD) {
  const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
  console.log('building the app and the baseline page into .bench/site …');
  run(bin('vite'), ['build', '--outDir', SITE, '--emptyOutDir', '--logLevel', 'warn']);
  run(bin('tsx'), ['scripts/write-embeds.ts', SITE]);
  run(bin('vite'), ['build', '-c', 'bench/vite.config.ts']);
}
if (!existsSync(join(SITE, 'baseline', 'baseline.html'))) throw new Error('.bench/site is not built');
mkdirSync(OUT, { recursive: true });

// ---- sizes from the build ----------------------------------------------------------------------
const stats = bundleStats(SITE);
const { heaviest, lightest } = embedExtremes(stats);
const echartsCoreFile = stats.echartsCoreFile;

// ---- the browser -------------------------------------------------------------------------------
const server = (await startServer(SITE, 0, '/', { gzip: true })) as Server;
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const APP_URL = `${origin}/`;
const compareServer = COMPARE ? ((await startServer(COMPARE, 0, '/', { gzip: true })) as Server) : undefined;
const COMPARE_URL =
  compareServer && `http://127.0.0.1:${(compareServer.address() as { port: number }).port}/`;
const BASELINE_URL = `${origin}/baseline/baseline.html`;
const browser: Browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });

interface Transfer {
  name: string;
  bytes: number;
  end: number;
}
interface Load {
  drawn: number;
  /** Main-thread task time until the charts were drawn (CDP TaskDuration), ms. */
  busy: number;
  kpi: number | null;
  transfers: Transfer[];
  heap?: number;
  canvas: string[];
}

async function newContext(): Promise<BrowserContext> {
  // A new context each load: a first visit with a cold cache, on a phone-sized screen.
  return browser.newContext(PHONE);
}

async function load(
  url: string,
  opts: { ids: string[]; kpis: number; rate: number; heap?: boolean },
): Promise<Load> {
  const context = await newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(instrument(opts.ids, opts.kpis));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.rate });
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction(
    (ids) => {
      const s = (window as unknown as { __bench?: { drawn: Record<string, number> } }).__bench;
      return !!s && ids.every((id) => id in s.drawn);
    },
    opts.ids,
    { polling: 50, timeout: 60_000 },
  );
  const result = await page.evaluate(() => {
    const s = (window as unknown as { __bench: { drawn: Record<string, number>; kpi: number | null } })
      .__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      drawn: Math.max(...Object.values(s.drawn)),
      kpi: s.kpi,
      transfers: [nav, ...res].map((e) => ({
        name: new URL(e.name).pathname,
        bytes: e.encodedBodySize,
        end: e.responseEnd,
      })),
      canvas: [...document.querySelectorAll<HTMLCanvasElement>('[data-chart-id] .echart canvas')].map(
        (c) => `${c.closest('[data-chart-id]')!.getAttribute('data-chart-id')} ${c.width}x${c.height}`,
      ),
    };
  });
  // Main-thread time spent in tasks so far (less sensitive than wall time to other load on the machine).
  const { metrics } = await cdp.send('Performance.getMetrics');
  const busy = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
  let heap: number | undefined;
  if (opts.heap) {
    await cdp.send('HeapProfiler.collectGarbage');
    heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  }
  await context.close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { ...result, busy, heap };
}

const ms = (x: number) => `${Math.round(x)} ms`;
const sum = (ts: Transfer[]) => ts.reduce((a, t) => a + t.bytes, 0);
const isData = (t: Transfer) => t.name.includes('/data/');

// Warm up the server's gzip cache and Chromium once; these loads are not counted.
console.log(`timing ${RUNS} cold loads per page and speed, interleaved …`);
await load(APP_URL, { ids: OVERVIEW, kpis: OVERVIEW_KPIS.length, rate: 1 });
await load(BASELINE_URL, { ids: OVERVIEW, kpis: 0, rate: 1 });

const RATES = [1, 4] as const;
type Which = 'app' | 'baseline' | 'compare';
const times: Record<Which, Record<(typeof RATES)[number], Load[]>> = {
  app: { 1: [], 4: [] },
  baseline: { 1: [], 4: [] },
  compare: { 1: [], 4: [] },
};
const URLS: Partial<Record<Which, string>> = { app: APP_URL, baseline: BASELINE_URL, compare: COMPARE_URL };
const pages = (Object.keys(URLS) as Which[]).filter((w) => URLS[w]);
for (let i = 0; i < RUNS; i++)
  for (const rate of RATES)
    // Rotate which page goes first, so none always follows another.
    for (let k = 0; k < pages.length; k++) {
      const which = pages[(i + k) % pages.length]!;
      const kpis = which === 'baseline' ? 0 : OVERVIEW_KPIS.length;
      times[which][rate].push(await load(URLS[which]!, { ids: OVERVIEW, kpis, rate, heap: rate === 1 }));
    }

// The overview with every request outside the critical path held back (never answered): its numbers
// must still show, from exactly the files the budget counts.
console.log('loading the overview with all chart code held back …');
const criticalPaths = new Set(
  stats.critical.code.files.map((f) => (f.file === 'index.html' ? '/' : `/${f.file}`)),
);
const withheld = await (async () => {
  const context = await newContext();
  const page = await context.newPage();
  const held = new Set<string>();
  await page.route('**/*', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (criticalPaths.has(path) || path.includes('/data/')) return route.continue();
    held.add(path);
  });
  await page.addInitScript(instrument([], OVERVIEW_KPIS.length));
  await page.goto(APP_URL);
  const shown = await page
    .waitForFunction(
      () => (window as unknown as { __bench: { kpi: number | null } }).__bench.kpi !== null,
      undefined,
      {
        polling: 50,
        timeout: 20_000,
      },
    )
    .then(
      () => true,
      () => false,
    );
  const { kpi, transfers } = await page.evaluate(() => ({
    kpi: (window as unknown as { __bench: { kpi: number | null } }).__bench.kpi,
    transfers: [
      performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming,
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
    ].map((e) => ({ name: new URL(e.name).pathname, bytes: e.encodedBodySize, end: e.responseEnd })),
  }));
  await context.close();
  return {
    shown,
    kpi,
    code: sum(transfers.filter((t) => !isData(t))),
    data: sum(transfers.filter(isData)),
    held: [...held].sort(),
  };
})();

// Every embed once, cold, at full speed: what a reader of one article downloads.
console.log(`loading each of ${stats.embeds.length} embeds once …`);
const embedTransfers: { id: string; bytes: number; data: number }[] = [];
for (const { id } of stats.embeds) {
  const target = resolveEmbed(id, CHARTS_FILE)!;
  const context = await newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(instrument(target.kind === 'chart' ? [id] : [], 0));
  await page.goto(`${APP_URL}?embed=${encodeURIComponent(id)}`, { waitUntil: 'networkidle' });
  if (target.kind === 'chart')
    await page.waitForFunction(
      (chart) => chart in (window as unknown as { __bench: { drawn: Record<string, number> } }).__bench.drawn,
      id,
      { polling: 50, timeout: 30_000 },
    );
  else await page.locator('.figure-card').first().waitFor({ timeout: 30_000 });
  const transfers = await page.evaluate(() =>
    [
      performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming,
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
    ].map((e) => ({ name: new URL(e.name).pathname, bytes: e.encodedBodySize, end: e.responseEnd })),
  );
  await context.close();
  if (errors.length) throw new Error(`embed ${id}: ${errors.join('; ')}`);
  embedTransfers.push({ id, bytes: sum(transfers), data: sum(transfers.filter(isData)) });
}
const chromiumVersion = browser.version();
await browser.close();

// ---- Lighthouse --------------------------------------------------------------------------------
interface LhResult {
  scores: Record<string, number>;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  failing: string[];
}
const lighthouse: LhResult[] = [];
if (LH_RUNS > 0) console.log(`Lighthouse 12.2.3, mobile preset, ${LH_RUNS} runs …`);
for (let i = 0; i < LH_RUNS; i++) {
  const file = join(OUT, `lighthouse-${i + 1}.json`);
  // Asynchronous: this process serves the pages Lighthouse loads. One retry on a failed run.
  for (let attempt = 1; ; attempt++) {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
        APP_URL,
        '--quiet',
        '--output=json',
        `--output-path=${file}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
      ],
      { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((ok) => child.on('close', ok));
    if (status === 0) break;
    const message = `lighthouse run ${i + 1} failed: ${stderr.trim().split('\n').slice(-3).join(' ')}`;
    if (attempt === 2) throw new Error(message);
    console.log(`  ${message}; trying again`);
  }
  const lhr = JSON.parse(readFileSync(file, 'utf8')) as {
    lighthouseVersion: string;
    categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
  };
  const failing = Object.entries(lhr.categories).flatMap(([cat, c]) =>
    c.auditRefs
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => {
        const a = lhr.audits[ref.id]!;
        return a.score !== null && a.score < 1 && (cat !== 'performance' || a.score < 0.9)
          ? [`${cat}: ${ref.id} (${a.score})`]
          : [];
      }),
  );
  lighthouse.push({
    scores: Object.fromEntries(
      Object.entries(lhr.categories).map(([k, c]) => [k, Math.round(c.score * 100)]),
    ),
    fcp: lhr.audits['first-contentful-paint']!.numericValue!,
    lcp: lhr.audits['largest-contentful-paint']!.numericValue!,
    tbt: lhr.audits['total-blocking-time']!.numericValue!,
    cls: lhr.audits['cumulative-layout-shift']!.numericValue!,
    failing,
  });
}
server.close();
compareServer?.close();

// ---- report ------------------------------------------------------------------------------------
const lines: string[] = [];
const out = (s = '') => lines.push(s);
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows)
    out(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
};
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

const app1 = times.app[1];
const overviewInBrowser = median(app1.map((l) => sum(l.transfers)));
const overviewDataInBrowser = median(app1.map((l) => sum(l.transfers.filter(isData))));
const heavyInBrowser = embedTransfers.find((e) => e.id === heaviest.id)!;
const heaviestInBrowser = [...embedTransfers].sort((a, b) => b.bytes - a.bytes)[0]!;
const coreEnd = median(
  app1.map((l) => l.transfers.find((t) => t.name.endsWith(echartsCoreFile))?.end ?? NaN),
);
const baselineBytes = median(times.baseline[1].map((l) => sum(l.transfers)));

out(`npm run bench — ${new Date().toISOString().slice(0, 16)}Z, ${RUNS} loads per page and speed`);
out(`Chromium ${chromiumVersion}, 390x844 @2x, cold cache per load, gzip -9 transfers from a local server`);
out();
table([
  ['Bytes, gzip -9 (1 kB = 1000 B)', 'from the build', 'in Chromium', 'target'],
  [
    'critical path before the overview numbers (html+css+js)',
    kB(stats.critical.code.gzip),
    kB(withheld.code),
    `<= ${kB(BUDGETS.critical)} ${verdict(withheld.shown && stats.critical.code.gzip <= BUDGETS.critical && withheld.code <= BUDGETS.critical)}`,
  ],
  [
    '  datasets the overview requests (not in the above)',
    kB(stats.critical.data.gzip),
    kB(withheld.data),
    '',
  ],
  [
    `overview with its charts, in all (ECharts: core + ${stats.overview.parts.join(', ')})`,
    kB(stats.overview.gzip),
    kB(overviewInBrowser),
    '',
  ],
  ['  of which datasets', kB(stats.overview.data.gzip), kB(overviewDataInBrowser), ''],
  [
    `heaviest embed in all: ${heaviest.id}`,
    kB(heaviest.gzip),
    kB(heavyInBrowser.bytes),
    `<= ${kB(BUDGETS.embed)} ${verdict(heaviest.gzip <= BUDGETS.embed && heaviestInBrowser.bytes <= BUDGETS.embed)}`,
  ],
  [`  heaviest in Chromium: ${heaviestInBrowser.id}`, '', kB(heaviestInBrowser.bytes), ''],
  [
    `lightest embed in all: ${lightest.id}`,
    kB(lightest.gzip),
    kB(embedTransfers.find((e) => e.id === lightest.id)!.bytes),
    '',
  ],
  ['baseline page in all (one script + data)', '', kB(baselineBytes), ''],
]);
out();
const kpiTimes = app1.map((l) => l.kpi ?? NaN);
out(
  withheld.shown
    ? `Critical path in Chromium: the overview loaded with every other file held back (requested, never ` +
        `answered: ${withheld.held.join(', ')}); its numbers still showed.`
    : `With chart code held back the overview's numbers did NOT show within 20 s: they need more than the critical path.`,
);
out(
  `Normal loads: numbers in the DOM at ${ms(median(kpiTimes))} (median, full speed); the ECharts core arrived at ` +
    `${ms(coreEnd)}.`,
);
out();
const timeRows: string[][] = [
  [
    'Navigation to all overview charts drawn',
    'app',
    'baseline',
    'ratio of medians',
    'paired ratios, median',
    'target',
  ],
];
const busyRows: string[][] = [
  ['Main-thread task time until drawn', 'app', 'baseline', 'ratio of medians', '', ''],
];
const compareRows: string[][] = COMPARE
  ? [
      [
        `--compare=${COMPARE}: all charts drawn`,
        'compare',
        'baseline',
        'ratio of medians',
        'paired ratios',
        '',
      ],
    ]
  : [];
const ratios: Record<number, number> = {};
for (const rate of RATES) {
  const label = rate === 1 ? 'full speed' : `${rate}x CPU throttling`;
  const a = times.app[rate].map((l) => l.drawn);
  const b = times.baseline[rate].map((l) => l.drawn);
  const paired = median(a.map((x, i) => x / b[i]!));
  ratios[rate] = paired;
  timeRows.push([
    `  ${label}, median of ${a.length}`,
    ms(median(a)),
    ms(median(b)),
    `${(median(a) / median(b)).toFixed(2)}x`,
    `${paired.toFixed(2)}x`,
    `<= 1.25x ${verdict(paired <= 1.25 && median(a) / median(b) <= 1.25)}`,
  ]);
  const ba = median(times.app[rate].map((l) => l.busy));
  const bb = median(times.baseline[rate].map((l) => l.busy));
  busyRows.push([`  ${label}`, ms(ba), ms(bb), `${(ba / bb).toFixed(2)}x`, '', '']);
  if (COMPARE) {
    const c = times.compare[rate].map((l) => l.drawn);
    compareRows.push([
      `  ${label}`,
      ms(median(c)),
      ms(median(b)),
      `${(median(c) / median(b)).toFixed(2)}x`,
      `${median(c.map((x, i) => x / b[i]!)).toFixed(2)}x`,
      `app/compare ${median(a.map((x, i) => x / c[i]!)).toFixed(2)}x`,
    ]);
  }
}
table([...timeRows, ...busyRows, ...compareRows]);
for (const rate of RATES)
  out(
    `  ${rate}x, each load: ` +
      pages.map((w) => `${w} ${times[w][rate].map((l) => Math.round(l.drawn)).join(' ')}`).join(' | '),
  );
out(`  canvases: app ${app1[0]!.canvas.join(', ')}; baseline ${times.baseline[1][0]!.canvas.join(', ')}`);
out();
out(
  `JS heap after the overview has drawn (after GC, median): app ${(median(app1.map((l) => l.heap!)) / 1e6).toFixed(1)} MB, ` +
    `baseline ${(median(times.baseline[1].map((l) => l.heap!)) / 1e6).toFixed(1)} MB`,
);
if (lighthouse.length) {
  const m = (f: (r: LhResult) => number) => median(lighthouse.map(f));
  out();
  out(`Lighthouse 12.2.3, mobile preset, median of ${lighthouse.length}:`);
  table([
    ['performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
    [
      String(m((r) => r.scores.performance!)),
      String(m((r) => r.scores.accessibility!)),
      String(m((r) => r.scores['best-practices']!)),
      String(m((r) => r.scores.seo!)),
      ms(m((r) => r.fcp)),
      ms(m((r) => r.lcp)),
      ms(m((r) => r.tbt)),
      m((r) => r.cls).toFixed(3),
    ],
  ]);
  out(
    `  runs: ${lighthouse.map((r) => `${r.scores.performance}/${r.scores.accessibility}/${r.scores['best-practices']}/${r.scores.seo}`).join(', ')}`,
  );
  const ok =
    m((r) => r.scores.performance!) >= 95 &&
    m((r) => r.scores.accessibility!) === 100 &&
    m((r) => r.scores['best-practices']!) === 100 &&
    m((r) => r.scores.seo!) === 100 &&
    m((r) => r.cls) === 0;
  out(`  target: performance >= 95, accessibility, best practices, SEO 100, CLS 0: ${verdict(ok)}`);
  const failing = [...new Set(lighthouse.flatMap((r) => r.failing))];
  if (failing.length) out(`  audits below full score: ${failing.join('; ')}`);
}
out();
out(`bench took ${Math.round((Date.now() - started) / 1000)} s (the machine is shared: figures are noisy)`);

console.log(`\n${lines.join('\n')}`);
writeFileSync(join(OUT, 'report.txt'), `${lines.join('\n')}\n`);
writeFileSync(
  join(OUT, 'results.json'),
  JSON.stringify({ stats, times, embedTransfers, lighthouse, ratios }, null, 2),
);
