/**
 * Where the main thread's time goes until the overview's charts are drawn, for the app and for the
 * baseline page, from Chromium's trace: self time of each trace event, summed by kind. The
 * difference between the two columns is what the app costs beyond drawing the same charts.
 *
 *   npm run bench -- --lighthouse=0 --runs=1   (builds .bench/site once)
 *   npm run bench:breakdown [-- --runs=N --rate=4]
 *
 * Prints medians of N loads (default 5) at the given CPU throttling (default 1, i.e. none).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { declsOf } from '../src/charts/registry';
import { readChartsFile } from './data-files';
import { instrument, median, PHONE } from './bench-page';
// @ts-expect-error plain ES module without types
import { startServer } from './serve.mjs';
// @ts-expect-error plain ES module without types
import { CHROMIUM_ARGS } from '../tests/browser/browser.mjs';

const SITE = resolve(import.meta.dirname, '..', '.bench', 'site');
const arg = (name: string, fallback: number) =>
  Number(process.argv.find((x) => x.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RUNS = Math.max(1, arg('runs', 5));
const RATE = Math.max(1, arg('rate', 1));
const OVERVIEW = declsOf(readChartsFile(), 'overview').map((d) => d.id);
if (!existsSync(join(SITE, 'baseline', 'baseline.html')))
  throw new Error('.bench/site is not built: run `npm run bench -- --lighthouse=0 --runs=1` first');

/** Trace event names by kind; anything else counts as "other". */
const KINDS: Array<[string, RegExp]> = [
  [
    'script: compile and evaluate modules',
    /^(v8\.(evaluateModule|compile\w*|newInstance)|EvaluateScript|v8\.produce\w+)$/,
  ],
  [
    'script: run (calls, microtasks, timers, frames)',
    /^(FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|V8\.BytecodeBudgetInterrupt\w*|v8\.callFunction|HandlePostMessage)$/,
  ],
  ['garbage collection', /GC|Scavenge|MinorGC|MajorGC/],
  [
    'style and layout',
    /recalcStyle|UpdateLayoutTree|performLayout|^Layout$|Shape|InlineNode|UpdateStyleAndLayout/,
  ],
  ['paint and commit', /Paint|^Commit$|Canvas|Raster|Composit|Lifecycle/],
  [
    'requests, responses, HTML',
    /ResourceFetcher|ResponseBody|ParseHTML|mojo|ResourceLoad|CommitNavigation|TextResourceDecoder/,
  ],
];
const kindOf = (name: string) =>
  KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other (task overhead, DOM, IPC)';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const server = await startServer(SITE, 0, '/', { gzip: true });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

async function load(url: string): Promise<Map<string, number>> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(instrument(OVERVIEW, 0));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading', 'toplevel'],
  });
  await page.goto(url);
  // Taken over as `npm run bench` counts it (every live canvas drawn); the trace then runs on by the
  // polling interval at most.
  await page.waitForFunction(
    (ids) => {
      const s = (window as unknown as { __bench?: { drawn: Record<string, number> } }).__bench;
      return !!s && ids.every((id) => id in s.drawn);
    },
    OVERVIEW,
    { polling: 20, timeout: 60_000 },
  );
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  await context.close();
  const main = traceEvents.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      traceEvents.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
  )!;
  const events = traceEvents
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: an event's duration less that of the events nested in it.
  const self = new Map<TraceEvent, number>();
  const stack: TraceEvent[] = [];
  for (const e of events) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur!) - e.dur!);
    stack.push(e);
  }
  const byKind = new Map<string, number>();
  for (const e of events) {
    const ms = (self.get(e) ?? e.dur!) / 1000;
    byKind.set(kindOf(e.name), (byKind.get(kindOf(e.name)) ?? 0) + ms);
  }
  return byKind;
}

const pages = { app: `${origin}/`, baseline: `${origin}/baseline/baseline.html` };
const loads: Record<keyof typeof pages, Array<Map<string, number>>> = { app: [], baseline: [] };
// Interleaved, so both pages see the same machine load.
for (let i = 0; i < RUNS; i++)
  for (const p of ['app', 'baseline'] as const) loads[p].push(await load(pages[p]));
await browser.close();
server.close();

const kinds = [...KINDS.map(([k]) => k), 'other (task overhead, DOM, IPC)'];
const med = (p: keyof typeof pages, k: string) => median(loads[p].map((m) => m.get(k) ?? 0));
const total = (p: keyof typeof pages) =>
  median(loads[p].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
const pad = (s: string, n: number) => s.padStart(n);
console.log(
  `main-thread self time until the overview's charts are drawn, ms (median of ${RUNS}, CPU ${RATE}x)`,
);
console.log(`${'kind'.padEnd(50)}${pad('app', 8)}${pad('baseline', 10)}${pad('app − baseline', 16)}`);
for (const k of kinds)
  console.log(
    `${k.padEnd(50)}${pad(med('app', k).toFixed(0), 8)}${pad(med('baseline', k).toFixed(0), 10)}${pad((med('app', k) - med('baseline', k)).toFixed(0), 16)}`,
  );
console.log(
  `${'all'.padEnd(50)}${pad(total('app').toFixed(0), 8)}${pad(total('baseline').toFixed(0), 10)}${pad((total('app') - total('baseline')).toFixed(0), 16)}`,
);
