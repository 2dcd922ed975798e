/**
 * How long a built chart takes to go live when a reader points at it: from the pointer entering the
 * chart to the live chart drawn over the built SVG (the SVG leaves the page then), for the page's
 * first chart (its ECharts code loads) and its second (the code is in; the chart component's own
 * start-up only). `npm run bench:live [-- --runs=N --compare=<folder>]`, after `npm run build`;
 * `--compare` times another built folder in the same run, in turn.
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
const RUNS = Math.max(1, Number(option('runs') ?? 7));
const FOLDERS = [join(ROOT, 'dist'), ...(option('compare') ? [resolve(option('compare')!)] : [])];
const RATES = [1, 4] as const;

/** Milliseconds from pointer entry to live chart, for the first and the second chart of the page. */
async function load(browser: Browser, url: string, rate: number): Promise<[number, number]> {
  const context = await browser.newContext({ viewport: PHONE.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times: number[] = [];
  for (const card of (await page.locator('article[data-chart-id]').all()).slice(0, 2)) {
    await card.scrollIntoViewIfNeeded();
    // The card, not the chart box: the live chart's component replaces the box the built SVG was in.
    await card.evaluate((box) => {
      const w = window as unknown as { liveAfter?: Promise<number> };
      w.liveAfter = new Promise((done) => {
        box.addEventListener(
          'pointerover',
          () => {
            const start = performance.now();
            new MutationObserver((_, observer) => {
              if (box.querySelector('.echart-ssr')) return;
              observer.disconnect();
              done(performance.now() - start);
            }).observe(box, { childList: true, subtree: true });
          },
          { once: true },
        );
      });
    });
    await card.locator('.echart').hover();
    const after = page.evaluate(() => (window as unknown as { liveAfter: Promise<number> }).liveAfter);
    times.push(
      await Promise.race([
        after,
        new Promise<number>((_, fail) => setTimeout(() => fail(new Error(`${url}: no live chart`)), 20_000)),
      ]),
    );
    await page.mouse.move(0, 0);
  }
  await context.close();
  return times as [number, number];
}

const servers = await Promise.all(FOLDERS.map((f) => startServer(f, 0, '/')));
const urls = servers.map((s: { address(): { port: number } }) => `http://127.0.0.1:${s.address().port}/`);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const results = FOLDERS.map(() => RATES.map(() => [] as [number, number][]));
try {
  // Interleaved: a busy moment of the machine falls on both folders alike.
  for (let run = 0; run < RUNS; run++)
    for (const [r, rate] of RATES.entries())
      for (const [i, url] of urls.entries()) results[i]![r]!.push(await load(browser, url, rate));
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
console.log(`index.html at 390x844, ${RUNS} loads per folder and speed: pointer entry to live chart drawn`);
for (const [i, folder] of FOLDERS.entries())
  for (const [r, rate] of RATES.entries()) {
    const rows = results[i]![r]!;
    const first = median(rows.map((x) => x[0]));
    const second = median(rows.map((x) => x[1]));
    console.log(
      `  ${folder}, ${rate}x CPU: first chart ${first.toFixed(0)} ms, second ${second.toFixed(0)} ms ` +
        `(each second: ${rows.map((x) => x[1].toFixed(0)).join(', ')})`,
    );
  }
