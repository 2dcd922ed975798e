/**
 * A deck left running all day must not slow down or grow. This opens `?present` in Chromium, makes
 * 1000 slide changes from the keyboard (each waits until the new slide is on screen and, on a chart
 * slide, until its canvas is drawn), and prints the JS heap after 10 and after 1000 changes, each
 * measured after forced garbage collection. It exits 1 if the heap grew by 5 MB or more, if more
 * than one chart is alive at a time, or if the page logged an error.
 *
 * Usage: node scripts/present-soak.mjs [dist dir] [changes]   (npm run bench:present builds first)
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/browser/browser.mjs';
import { startServer } from './serve.mjs';

const dir = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
const changes = Number(process.argv[3] ?? 1000);
const LIMIT_MB = 5;
const MB = 1024 * 1024;

const server = await startServer(dir, 0, '/');
const url = `http://127.0.0.1:${server.address().port}/?present&slide=1`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  // expose-gc gives the page a gc() to call; precise memory info makes performance.memory exact.
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(e.message));
const cdp = await page.context().newCDPSession(page);

await page.goto(url);
await page.locator('.slide[data-slide]').waitFor();
const count = Number((await page.locator('.deck-counter [aria-hidden]').textContent()).split('/')[1]);

let maxCharts = 0;

/** One slide change: next, or back to the first after the last; waits until it is drawn. */
async function change() {
  const from = Number(await page.locator('.slide').getAttribute('data-slide'));
  const to = from >= count ? 1 : from + 1;
  await page.keyboard.press(from >= count ? 'Home' : 'PageDown');
  const charts = await page.waitForFunction((want) => {
    const slide = document.querySelector('.slide');
    if (slide?.getAttribute('data-slide') !== String(want)) return false;
    if (slide.querySelector('[aria-busy="true"]')) return false;
    const holder = slide.querySelector('[data-chart-id]');
    if (holder) {
      const canvas = holder.querySelector('canvas');
      if (!canvas || canvas.width === 0) return false;
    }
    // ECharts marks every live instance's element; a leak would leave more than one.
    return document.querySelectorAll('[_echarts_instance_]').length + 1;
  }, to);
  maxCharts = Math.max(maxCharts, (await charts.jsonValue()) - 1);
}

async function heap() {
  // Several rounds: the first may only free what the next one can then collect.
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => globalThis.gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(200);
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { used: usedSize, ...counters };
}

const format = (h) =>
  `${(h.used / MB).toFixed(2)} MB JS heap, ${h.nodes} DOM nodes, ${h.jsEventListeners} listeners`;

const started = Date.now();
for (let i = 0; i < 10; i++) await change();
const early = await heap();
console.log(`after 10 changes:   ${format(early)}`);
for (let i = 10; i < changes; i++) {
  await change();
  // TRACE=1 shows the trend every 100 changes: a leak climbs steadily, warm-up levels off.
  if ((i + 1) % 100 === 0)
    console.log(`  ${i + 1} changes${process.env.TRACE ? `: ${format(await heap())}` : ''}`);
}
const late = await heap();
console.log(`after ${changes} changes: ${format(late)}`);
const growth = late.used - early.used;
console.log(
  `growth: ${(growth / MB).toFixed(2)} MB (limit ${LIMIT_MB} MB); at most ${maxCharts} chart alive at a time; ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s`,
);
if (errors.length) console.log(`console errors:\n  ${errors.join('\n  ')}`);

await browser.close();
server.close();
const ok = growth < LIMIT_MB * MB && maxCharts <= 1 && errors.length === 0;
console.log(ok ? 'PASS' : 'FAIL');
process.exit(ok ? 0 : 1);
