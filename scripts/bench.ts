/**
 * `npm run bench`: builds the app and the baseline page into .bench/site (never
 * dist/), serves that folder gzip-compressed, and prints
 * - gzip bytes: the critical path (the built index.html and its stylesheets:
 *   the overview's numbers and charts), the overview interactive, and each
 *   embed visible and interactive — from the build (scripts/bundle-stats.ts,
 *   as the CI budget counts them) and, as a cross-check, as transferred in
 *   Chromium (the critical path by loading the overview with every other file
 *   held back: its numbers and charts must still show; the same for each
 *   embed built in advance);
 * - time from navigation to all overview charts visible — a chart built in
 *   advance as SVG at the first contentful paint, a canvas chart when drawn —
 *   median of N cold loads, at full speed and with 4x CPU throttling, for the
 *   app and for the baseline page (bench/baseline.ts: the same chart options
 *   with bare echarts/core and no framework, drawn), interleaved in the same
 *   run, and the ratio app / baseline; then the app's takeover: every live
 *   canvas chart drawn, or the app rendered over built charts that stay SVG
 *   until a reader points at one (the `dashboard-ready` performance mark);
 * - the layout shift total (CLS) of each overview load, until taken over;
 * - Lighthouse 12.2.3 on the built index.html (mobile preset, median of 3 runs), and on the same
 *   page with its module script taken out, interleaved: what the takeover costs of the score;
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
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { declsOf } from '../src/charts/registry';
import { readChartsFile } from './data-files';
import { resolveEmbed } from '../src/embed/catalog';
import { responsiveSnippet } from '../src/embed/snippet';
import { chartVisibleAt, instrument, median, PHONE, type BenchState } from './bench-page';
import { builtEmbedFile } from '../src/data/url';
import { BUDGETS, bundleStats, embedExtremes, kB, type EmbedSize } from './bundle-stats';
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
  // As `npm run build`: the section pages (index.html the overview) built in advance.
  run(bin('tsx'), ['scripts/prerender.ts', SITE]);
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
  /** All overview charts visible: built SVGs painted, or live canvases drawn (the baseline's). */
  visible: number;
  /** The page taken over by its script: every live canvas drawn, or the app rendered over built charts. */
  drawn: number;
  /** Main-thread task time until the charts were drawn (CDP TaskDuration), ms. */
  busy: number;
  kpi: number | null;
  /** Every chart's built SVG in the DOM (NaN without), and the first contentful paint. */
  parsed: number;
  fcp: number;
  /** Layout shift total of the load, until drawn and a moment after. */
  cls: number;
  transfers: Transfer[];
  heap?: number;
  canvas: string[];
}

async function newContext(): Promise<BrowserContext> {
  // A new context each load: a first visit with a cold cache, on a phone-sized screen.
  return browser.newContext(PHONE);
}

/** Every request the page made, with the navigation first: path, gzip bytes, when it ended. */
const transfersOf = (page: Page) =>
  page.evaluate(() =>
    [
      performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming,
      ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
    ].map((e) => ({ name: new URL(e.name).pathname, bytes: e.encodedBodySize, end: e.responseEnd })),
  );
const benchState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);

/** Waits until the page's charts are all drawn live (or, with `visible`, shown in any way). */
async function waitForCharts(page: Page, ids: string[], timeout: number, visible = false): Promise<boolean> {
  return page
    .waitForFunction(
      ({ ids, visible }) => {
        // No named function in here: tsx would wrap it in a helper the page does not have.
        const s = (window as unknown as { __bench?: BenchState }).__bench;
        if (!s) return false;
        if (visible) return ids.every((id) => id in s.drawn || (id in s.ssr && s.fcp !== null));
        // Taken over: every chart live, or the app rendered over built charts that fit (they stay SVG
        // until a reader points at one, src/components/useLiveChart.ts).
        return (
          ids.every((id) => id in s.drawn) ||
          (ids.every((id) => id in s.ssr) && performance.getEntriesByName('dashboard-ready').length > 0)
        );
      },
      { ids, visible },
      { polling: 50, timeout },
    )
    .then(
      () => true,
      () => false,
    );
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
  if (!(await waitForCharts(page, opts.ids, 60_000))) throw new Error(`${url}: charts not drawn in 60 s`);
  // Main-thread time spent in tasks so far (less sensitive than wall time to other load on the machine).
  const { metrics } = await cdp.send('Performance.getMetrics');
  const busy = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
  // A shift the takeover causes comes with or just after the live charts: CLS is read a moment later.
  await page.waitForTimeout(300);
  const s = await benchState(page);
  const result = {
    visible: Math.max(...opts.ids.map((id) => chartVisibleAt(s, id) ?? NaN)),
    drawn: opts.ids.every((id) => id in s.drawn)
      ? Math.max(...Object.values(s.drawn))
      : await page.evaluate(() => performance.getEntriesByName('dashboard-ready')[0]?.startTime ?? NaN),
    kpi: s.kpi,
    parsed: Math.max(...opts.ids.map((id) => s.ssr[id] ?? NaN)),
    fcp: s.fcp ?? NaN,
    cls: s.cls,
    transfers: await transfersOf(page),
    canvas: await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('[data-chart-id] .echart canvas')].map(
        (c) => `${c.closest('[data-chart-id]')!.getAttribute('data-chart-id')} ${c.width}x${c.height}`,
      ),
    ),
  };
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

/**
 * A page with every request held back (asked, never answered) but the given paths: whether what it
 * shows then (charts built in advance and, for the overview, its numbers) shows, and what it took.
 */
async function withOnly(
  url: string,
  allowed: Set<string>,
  shows: { ids: string[]; kpis: number; selector?: string },
) {
  const context = await newContext();
  const page = await context.newPage();
  const held = new Set<string>();
  await page.route('**/*', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (allowed.has(path)) return route.continue();
    held.add(path);
  });
  await page.addInitScript(instrument(shows.ids, shows.kpis));
  await page.goto(url, { waitUntil: 'commit' });
  const charts = await waitForCharts(page, shows.ids, 20_000, true);
  const numbers =
    shows.kpis === 0 ||
    (await page
      .waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.kpi !== null, undefined, {
        polling: 50,
        timeout: 5_000,
      })
      .then(
        () => true,
        () => false,
      ));
  const figures =
    !shows.selector ||
    (await page
      .locator(shows.selector)
      .first()
      .waitFor({ timeout: 5_000 })
      .then(
        () => true,
        () => false,
      ));
  const transfers = await transfersOf(page);
  await context.close();
  return { shown: charts && numbers && figures, bytes: sum(transfers), held: [...held].sort() };
}
const sitePath = (file: string) => (file === 'index.html' ? '/' : `/${file}`);

// The overview with every request outside the critical path held back: its numbers and charts must
// still show, from exactly the files the budget counts.
console.log('loading the overview with everything but index.html and its stylesheets held back …');
const withheld = await withOnly(APP_URL, new Set(stats.critical.files.map((f) => sitePath(f.file))), {
  ids: OVERVIEW,
  kpis: OVERVIEW_KPIS.length,
});

// Every embed, cold, at full speed: what a reader of one article downloads until the live chart is
// drawn, and (built in advance) what shows with only its HTML and stylesheets answered.
const EDITION = stats.embeds[0]?.page.split('/')[1];
const embedUrl = (e: EmbedSize) =>
  e.built
    ? `${APP_URL}${builtEmbedFile(EDITION!, e.id, 'vi')}`
    : `${APP_URL}?embed=${encodeURIComponent(e.id)}`;
console.log(`loading each of ${stats.embeds.length} embeds ${stats.embedsBuilt ? 'twice' : 'once'} …`);
const embedTransfers: { id: string; bytes: number; data: number; visible?: number; shown?: boolean }[] = [];
for (const e of stats.embeds) {
  const target = resolveEmbed(e.id, CHARTS_FILE)!;
  const ids = target.kind === 'chart' ? [e.id] : [];
  const context = await newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  if (!e.built) {
    await page.addInitScript(instrument(ids, 0));
    await page.goto(embedUrl(e), { waitUntil: 'networkidle' });
    if (ids.length) await waitForCharts(page, ids, 30_000);
    else await page.locator('.figure-card').first().waitFor({ timeout: 30_000 });
    const transfers = await transfersOf(page);
    await context.close();
    if (errors.length) throw new Error(`embed ${e.id}: ${errors.join('; ')}`);
    embedTransfers.push({ id: e.id, bytes: sum(transfers), data: sum(transfers.filter(isData)) });
    continue;
  }
  // A built embed as an article's reader meets it: the published responsive snippet in a phone
  // article's 375 px column (a frame width its SVG is built for), sized by embed.js; everything the
  // host page and the frame fetch but the article itself, until the frame's network is quiet.
  const article = `${APP_URL}__bench-article.html`;
  await page.route(article, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body:
        '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Article</title>' +
        `<body style="margin:0 7px"><p>Article text.</p><div style="width:375px">` +
        `${responsiveSnippet({ id: e.id, title: e.id, base: APP_URL, lang: 'vi', edition: EDITION, height: 400 })}` +
        '</div></body></html>',
    }),
  );
  await page.goto(article, { waitUntil: 'networkidle' });
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  // The frame's errors reach the page's console (pageerror is the top document's only).
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await frame.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].some((el) => el.getBoundingClientRect().width > 0),
    ids.length ? '.echart-ssr svg, .echart canvas' : '.figure-card',
    { timeout: 30_000 },
  );
  await page.waitForLoadState('networkidle');
  const transfers = [
    ...(await transfersOf(page)).filter((t) => !t.name.endsWith('__bench-article.html')),
    ...(await frame.evaluate(() =>
      [
        performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming,
        ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
      ].map((t) => ({ name: new URL(t.name).pathname, bytes: t.encodedBodySize, end: t.responseEnd })),
    )),
  ];
  await context.close();
  if (errors.length) throw new Error(`embed ${e.id}: ${errors.join('; ')}`);
  const row = { id: e.id, bytes: sum(transfers), data: sum(transfers.filter(isData)) };
  const only = await withOnly(
    embedUrl(e),
    new Set(e.visible.files.map((f) => `/${f.file}`)),
    ids.length ? { ids, kpis: 0 } : { ids: [], kpis: 0, selector: '.figure-card' },
  );
  embedTransfers.push({ ...row, visible: only.bytes, shown: only.shown });
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
/**
 * The same page with its module script taken out: what the built page scores before its takeover, so
 * that the report shows what the takeover (React hydrating the page) costs of the score.
 */
const STATIC_FILE = 'index.no-scripts.html';
const builtIndex = readFileSync(join(SITE, 'index.html'), 'utf8');
const withoutScripts = builtIndex.replace(/<script type="module"[^>]*><\/script>/g, '');
if (withoutScripts === builtIndex) throw new Error('index.html has no module script to take out');
writeFileSync(join(SITE, STATIC_FILE), withoutScripts);

async function lighthouseRun(url: string, file: string, label: string): Promise<LhResult> {
  // Asynchronous: this process serves the pages Lighthouse loads. One retry on a failed run.
  for (let attempt = 1; ; attempt++) {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
        url,
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
    const message = `lighthouse ${label} failed: ${stderr.trim().split('\n').slice(-3).join(' ')}`;
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
        // The target is 100 in every category: any weighted audit short of full score costs points.
        return a.score !== null && a.score < 1 ? [`${cat}: ${ref.id} (${a.score})`] : [];
      }),
  );
  return {
    scores: Object.fromEntries(
      Object.entries(lhr.categories).map(([k, c]) => [k, Math.round(c.score * 100)]),
    ),
    fcp: lhr.audits['first-contentful-paint']!.numericValue!,
    lcp: lhr.audits['largest-contentful-paint']!.numericValue!,
    tbt: lhr.audits['total-blocking-time']!.numericValue!,
    cls: lhr.audits['cumulative-layout-shift']!.numericValue!,
    failing,
  };
}

const lighthouse: LhResult[] = [];
const lighthouseNoScripts: LhResult[] = [];
if (LH_RUNS > 0)
  console.log(
    `Lighthouse 12.2.3, mobile preset, ${LH_RUNS} runs, each with and without the page's scripts …`,
  );
for (let i = 0; i < LH_RUNS; i++) {
  // Interleaved, so that both see the same moments of a shared machine.
  lighthouse.push(await lighthouseRun(APP_URL, join(OUT, `lighthouse-${i + 1}.json`), `run ${i + 1}`));
  lighthouseNoScripts.push(
    await lighthouseRun(
      `${origin}/${STATIC_FILE}`,
      join(OUT, `lighthouse-no-scripts-${i + 1}.json`),
      `run ${i + 1} without scripts`,
    ),
  );
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
const ratio = (x: number) => `${x.toFixed(2)}x`;

const app1 = times.app[1];
const overviewInBrowser = median(app1.map((l) => sum(l.transfers)));
const overviewDataInBrowser = median(app1.map((l) => sum(l.transfers.filter(isData))));
const inBrowser = (id: string) => embedTransfers.find((e) => e.id === id)!;
const heaviestVisible = [...stats.embeds].sort((a, b) => b.visible.gzip - a.visible.gzip)[0]!;
const visibleInBrowser = embedTransfers.filter((e) => e.visible !== undefined);
const heaviestVisibleInBrowser = [...visibleInBrowser].sort((a, b) => b.visible! - a.visible!)[0];
const heaviestInBrowser = [...embedTransfers].sort((a, b) => b.bytes - a.bytes)[0]!;
const embedsShown = visibleInBrowser.every((e) => e.shown);
const coreEnd = median(
  app1.map((l) => l.transfers.find((t) => t.name.endsWith(echartsCoreFile))?.end ?? NaN),
);
const baselineBytes = median(times.baseline[1].map((l) => sum(l.transfers)));

out(`npm run bench — ${new Date().toISOString().slice(0, 16)}Z, ${RUNS} loads per page and speed`);
out(`Chromium ${chromiumVersion}, 390x844 @2x, cold cache per load, gzip -9 transfers from a local server`);
out();
const visibleLabel = stats.embedsBuilt
  ? `heaviest embed visible (built html + css): ${heaviestVisible.id}`
  : `heaviest embed visible (NOT built in advance: its whole load): ${heaviestVisible.id}`;
table([
  ['Bytes, gzip -9 (1 kB = 1000 B)', 'from the build', 'in Chromium', 'target'],
  [
    'critical path: built index.html + its stylesheets',
    kB(stats.critical.gzip),
    kB(withheld.bytes),
    `<= ${kB(BUDGETS.critical)} ${verdict(withheld.shown && Math.max(stats.critical.gzip, withheld.bytes) <= BUDGETS.critical)}`,
  ],
  [
    `overview interactive, in all (ECharts: core + ${stats.interactive.parts.join(', ')})`,
    kB(stats.interactive.gzip),
    kB(overviewInBrowser),
    '',
  ],
  ['  of which data files fetched', kB(stats.interactive.data.gzip), kB(overviewDataInBrowser), ''],
  [
    visibleLabel,
    kB(heaviestVisible.visible.gzip),
    heaviestVisibleInBrowser ? kB(heaviestVisibleInBrowser.visible!) : '',
    `<= ${kB(BUDGETS.embedVisible)} ${verdict(
      stats.embedsBuilt &&
        embedsShown &&
        heaviestVisible.visible.gzip <= BUDGETS.embedVisible &&
        (heaviestVisibleInBrowser?.visible ?? 0) <= BUDGETS.embedVisible,
    )}`,
  ],
  [
    `heaviest embed interactive, in all: ${heaviest.id}`,
    kB(heaviest.interactive.gzip),
    kB(inBrowser(heaviest.id).bytes),
    `<= ${kB(BUDGETS.embedInteractive)} ${verdict(heaviest.interactive.gzip <= BUDGETS.embedInteractive && heaviestInBrowser.bytes <= BUDGETS.embedInteractive)}`,
  ],
  [`  heaviest in Chromium: ${heaviestInBrowser.id}`, '', kB(heaviestInBrowser.bytes), ''],
  [
    `lightest embed interactive, in all: ${lightest.id}`,
    kB(lightest.interactive.gzip),
    kB(inBrowser(lightest.id).bytes),
    '',
  ],
  ['baseline page in all (one script + data)', '', kB(baselineBytes), ''],
]);
out();
out(
  withheld.shown
    ? `Critical path in Chromium: the overview loaded with every other file held back (requested, never ` +
        `answered: ${withheld.held.length} files, ${withheld.held.filter((f) => f.endsWith('.js')).length} of them JS); ` +
        `its numbers and every chart still showed.`
    : `With everything but the critical path held back the overview's numbers or charts did NOT show within 20 s.`,
);
out(
  stats.embedsBuilt
    ? `Embeds in Chromium with only their html and stylesheets answered: ${
        embedsShown
          ? 'every one showed its chart or figures'
          : `NOT shown: ${visibleInBrowser
              .filter((e) => !e.shown)
              .map((e) => e.id)
              .join(', ')}`
      }.`
    : `Embeds are not built in advance in this build (no ${builtEmbedFile('<edition>', '<id>', 'vi')}): each was ` +
        `loaded as index.html?embed=<id>, visible only once its chart code has drawn.`,
);
out(
  `Normal loads (medians, full speed): numbers in the DOM at ${ms(median(app1.map((l) => l.kpi ?? NaN)))}, ` +
    `every built chart at ${ms(median(app1.map((l) => l.parsed)))}, first contentful paint at ` +
    `${ms(median(app1.map((l) => l.fcp)))} (4x CPU: ${ms(median(times.app[4].map((l) => l.parsed)))}, ` +
    `${ms(median(times.app[4].map((l) => l.fcp)))}); ` +
    // Built charts that fit their cards stay SVG: ECharts loads only when a reader points at one.
    (Number.isFinite(coreEnd) ? `the ECharts core arrived at ${ms(coreEnd)}.` : 'ECharts was not loaded.'),
);
out();
const timeRows: string[][] = [
  [
    'Navigation to all overview charts visible',
    'app',
    'baseline',
    'ratio of medians',
    'paired, median',
    'target',
  ],
];
const takeoverRows: string[][] = [
  [
    'Takeover: app rendered (charts live or kept built)',
    'app',
    'baseline',
    'ratio of medians',
    'paired, median',
    '',
  ],
];
const busyRows: string[][] = [
  ['Main-thread task time until drawn', 'app', 'baseline', 'ratio of medians', '', ''],
];
const compareRows: string[][] = COMPARE
  ? [[`--compare=${COMPARE}: all charts visible`, 'compare', 'baseline', 'ratio of medians', 'paired', '']]
  : [];
const ratios: Record<number, number> = {};
const paired = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]!));
for (const rate of RATES) {
  const label = rate === 1 ? 'full speed' : `${rate}x CPU throttling`;
  const a = times.app[rate].map((l) => l.visible);
  const b = times.baseline[rate].map((l) => l.visible);
  ratios[rate] = paired(a, b);
  const met = ratios[rate] <= 0.6 && median(a) / median(b) <= 0.6;
  timeRows.push([
    `  ${label}, median of ${a.length}`,
    ms(median(a)),
    ms(median(b)),
    ratio(median(a) / median(b)),
    ratio(ratios[rate]),
    `<= 0.60x ${verdict(met)}`,
  ]);
  const d = times.app[rate].map((l) => l.drawn);
  takeoverRows.push([
    `  ${label}`,
    ms(median(d)),
    ms(median(b)),
    ratio(median(d) / median(b)),
    ratio(paired(d, b)),
    '',
  ]);
  const ba = median(times.app[rate].map((l) => l.busy));
  const bb = median(times.baseline[rate].map((l) => l.busy));
  busyRows.push([`  ${label}`, ms(ba), ms(bb), ratio(ba / bb), '', '']);
  if (COMPARE) {
    const c = times.compare[rate].map((l) => l.visible);
    compareRows.push([
      `  ${label}`,
      ms(median(c)),
      ms(median(b)),
      ratio(median(c) / median(b)),
      ratio(paired(c, b)),
      `app/compare ${ratio(paired(a, c))}`,
    ]);
  }
}
table([...timeRows, ...takeoverRows, ...busyRows, ...compareRows]);
for (const rate of RATES)
  out(
    `  ${rate}x, each load, visible: ` +
      pages.map((w) => `${w} ${times[w][rate].map((l) => Math.round(l.visible)).join(' ')}`).join(' | '),
  );
out(`  canvases: app ${app1[0]!.canvas.join(', ')}; baseline ${times.baseline[1][0]!.canvas.join(', ')}`);
out();
const cls = (w: Which) => [...RATES].flatMap((r) => times[w][r].map((l) => l.cls));
out(
  `Layout shift (CLS) of each overview load until taken over, all speeds: app median ${median(cls('app')).toFixed(3)}, ` +
    `max ${Math.max(...cls('app')).toFixed(3)} (target 0: ${verdict(Math.max(...cls('app')) === 0)}); ` +
    `baseline max ${Math.max(...cls('baseline')).toFixed(3)}`,
);
out(
  `JS heap after the overview has drawn (after GC, median): app ${(median(app1.map((l) => l.heap!)) / 1e6).toFixed(1)} MB, ` +
    `baseline ${(median(times.baseline[1].map((l) => l.heap!)) / 1e6).toFixed(1)} MB`,
);
if (lighthouse.length) {
  const m = (f: (r: LhResult) => number) => median(lighthouse.map(f));
  out();
  out(`Lighthouse 12.2.3 on the built index.html, mobile preset, median of ${lighthouse.length}:`);
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
    `  runs: ${lighthouse.map((r) => `${r.scores.performance}/${r.scores.accessibility}/${r.scores['best-practices']}/${r.scores.seo} CLS ${r.cls.toFixed(3)}`).join(', ')}`,
  );
  const ok =
    (['performance', 'accessibility', 'best-practices', 'seo'] as const).every(
      (k) => m((r) => r.scores[k]!) === 100,
    ) && m((r) => r.cls) === 0;
  out(`  target: 100 / 100 / 100 / 100, CLS 0: ${verdict(ok)}`);
  // One entry per audit, at its lowest score across the runs.
  const lowest = new Map<string, number>();
  for (const f of lighthouse.flatMap((r) => r.failing)) {
    const [, name, score] = /^(.*) \((.*)\)$/.exec(f)!;
    lowest.set(name!, Math.min(Number(score), lowest.get(name!) ?? 1));
  }
  const failing = [...lowest].map(([name, score]) => `${name} (${score})`);
  if (failing.length) out(`  audits below full score: ${failing.join('; ')}`);
  const n = (f: (r: LhResult) => number) => median(lighthouseNoScripts.map(f));
  out(
    `  the same page with its module script taken out (${STATIC_FILE}), runs interleaved: performance ` +
      `${n((r) => r.scores.performance!)} (runs ${lighthouseNoScripts.map((r) => r.scores.performance).join(', ')}), ` +
      `FCP ${ms(n((r) => r.fcp))}, LCP ${ms(n((r) => r.lcp))}, TBT ${ms(n((r) => r.tbt))}: ` +
      `the takeover's share is the difference`,
  );
}
out();
out(`bench took ${Math.round((Date.now() - started) / 1000)} s (the machine is shared: figures are noisy)`);

console.log(`\n${lines.join('\n')}`);
writeFileSync(join(OUT, 'report.txt'), `${lines.join('\n')}\n`);
writeFileSync(
  join(OUT, 'results.json'),
  JSON.stringify(
    { stats, times, embedTransfers, withheld, lighthouse, lighthouseNoScripts, ratios },
    null,
    2,
  ),
);
