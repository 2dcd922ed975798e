/**
 * The long tasks of a built page's load after its first paint, as Lighthouse's blocking time counts
 * them, and what ran in each: `npm run bench:tasks [-- --runs=N --page=trade.html --compare=<folder>]`.
 *
 * Lighthouse loads the page at full speed and multiplies each task's duration by 4 (its simulated
 * phone); a task counts as blocking for what it takes past 50 ms. This does the same, from each task's
 * thread time in Chromium's trace rather than its wall time, so that other work on a shared machine
 * changes the figures less. Serves `dist/` (run `npm run build` first); `--compare` loads another built
 * folder in turn, e.g. a build of the commit before.
 */
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { median, PHONE } from './bench-page';
// @ts-expect-error plain ES module without types
import { startServer } from './serve.mjs';
// @ts-expect-error plain ES module without types
import { CHROMIUM_ARGS } from '../tests/browser/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const option = (name: string) => process.argv.find((x) => x.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Math.max(1, Number(option('runs') ?? 5));
const PAGE = option('page') ?? '';
const FOLDERS = [join(ROOT, 'dist'), ...(option('compare') ? [resolve(option('compare')!)] : [])];
/** Lighthouse's mobile preset: 4x CPU slowdown; a task blocks input for what it takes past 50 ms. */
const SLOWDOWN = 4;
const BLOCKING_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

interface Load {
  blocking: number;
  /** Main-thread time after the first paint, times the slowdown. */
  work: number;
  long: { at: number; ms: number; parts: string }[];
}

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,loading';
const PARTS =
  /^(v8\.evaluateModule|EvaluateScript|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|ParseHTML|Layout|UpdateLayoutTree|Paint|MinorGC|MajorGC)$/;

async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: PHONE.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url);
  // Long enough for the takeover to end; nothing is evaluated in the page, which would add its own tasks.
  await page.waitForTimeout(3000);
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  const thread = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'ParseHTML'),
  )!;
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === thread.pid);
  if (!fcp) throw new Error(`${url}: no first contentful paint in the trace`);
  const cost = (e: TraceEvent) => ((e.tdur ?? e.dur ?? 0) / 1000) * SLOWDOWN;
  const tasks = mine.filter((e) => e.name === 'RunTask' && e.ts > fcp.ts);
  const long = tasks
    .filter((t) => cost(t) > BLOCKING_MS)
    .map((t) => ({
      at: (t.ts - fcp.ts) / 1000,
      ms: cost(t),
      parts: mine
        .filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0))
        .filter((e) => PARTS.test(e.name) && cost(e) >= 8)
        .map(
          (e) =>
            `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''} ${cost(e).toFixed(0)}`,
        )
        .join(', '),
    }));
  return {
    blocking: long.reduce((s, x) => s + x.ms - BLOCKING_MS, 0),
    work: tasks.reduce((s, t) => s + cost(t), 0),
    long,
  };
}

const servers = await Promise.all(FOLDERS.map((f) => startServer(f, 0, '/')));
const urls = servers.map(
  (s: { address(): { port: number } }) => `http://127.0.0.1:${s.address().port}/${PAGE}`,
);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const loads: Load[][] = FOLDERS.map(() => []);
try {
  // Interleaved: a busy moment of the machine falls on both folders alike.
  for (let run = 0; run < RUNS; run++)
    for (const [i, url] of urls.entries()) {
      const l = await load(browser, url);
      loads[i]!.push(l);
      console.log(
        `${FOLDERS[i]} run ${run + 1}: blocking ${l.blocking.toFixed(0)} ms` +
          `${l.long.map((t) => `\n    +${t.at.toFixed(0)} ms: ${t.ms.toFixed(0)} ms (${t.parts})`).join('')}`,
      );
    }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
console.log(`\n${PAGE || 'index.html'}, ${RUNS} loads each, thread time x${SLOWDOWN} after the first paint:`);
for (const [i, folder] of FOLDERS.entries()) {
  const ls = loads[i]!;
  console.log(
    `  ${folder}: blocking time median ${median(ls.map((l) => l.blocking)).toFixed(0)} ms ` +
      `(each: ${ls.map((l) => l.blocking.toFixed(0)).join(', ')}); main-thread work median ` +
      `${median(ls.map((l) => l.work)).toFixed(0)} ms`,
  );
}
