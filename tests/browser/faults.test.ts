/**
 * Broken networks in a real browser (issue 7): the network drops mid-session and comes back. The
 * full fault matrix (every dataset × every fault) runs in tests/unit/faults.test.tsx; this checks
 * what only a browser shows: real failed requests, no uncaught exception, recovery by retry.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, waitForCharts } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(query: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  // The browser itself logs each failed request; anything else logged as an error is ours.
  const logged: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) logged.push(m.text());
  });
  await page.goto(`${baseUrl()}${query}`);
  return { context, page, uncaught, logged };
}

describe('the network drops mid-session and comes back', () => {
  it('dashboard: the next section says it could not load, retry recovers', async () => {
    const { context, page, uncaught, logged } = await open('?section=rankings');
    await page.waitForSelector('[data-figure-id="pci-rank"]');
    // The section fully shown first (its charts' code too): on a busy machine a chart part may still
    // be on its way, and would fail with the network, which is not what this test is about.
    await waitForCharts(page);
    // Everything the dashboard needs beyond this point fails: data and code alike.
    await page.route('**/*', (route) => route.abort('internetdisconnected'));
    await page.click('nav a[href*="section=project06"]');
    const alert = page.locator('[role="alert"]').first();
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/Không tải được|không tải được/);
    // The part already shown keeps working: back to rankings, its figures are still there.
    await page.goBack();
    await page.waitForSelector('[data-figure-id="pci-rank"]');
    await page.goForward();
    await page.locator('[role="alert"]').first().waitFor();
    await page.unroute('**/*');
    await page.locator('[role="alert"] button').first().click();
    await page.waitForSelector('[data-figure-id="project06-tasks-done"]', { timeout: 20_000 });
    expect(uncaught).toEqual([]);
    expect(logged).toEqual([]);
    await context.close();
  });

  it('old embed link: the report’s structure fails, then retry goes on to the built embed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.route('**/data/*/*.json', (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}?embed=trade-exports&lang=en`);
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('could not reach the server');
    await page.unroute('**/data/*/*.json');
    await alert.locator('button').click();
    await page.waitForURL(`${baseUrl()}embed/2023/trade-exports.en.html`);
    await page.waitForFunction(
      () =>
        document.querySelector('.echart canvas') ||
        [...document.querySelectorAll('.echart-ssr svg')].some((s) => s.getBoundingClientRect().width > 0),
    );
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it('built embed in a frame wider than it was built for: its live chart’s data fails, the page stays, retry draws it', async () => {
    // 1600 px wide: no SVG was built that wide, so the live chart is drawn.
    const context = await browser.newContext({ viewport: { width: 1600, height: 720 } });
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.route('**/data/*/*.json', (route) => route.abort('internetdisconnected'));
    await page.goto(`${baseUrl()}embed/2023/trade-exports.en.html`);
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('could not reach the server');
    // Title, notes and table are still there: only the live drawing waits.
    expect(await page.locator('h1').textContent()).toMatch(/Exports/);
    await page.unroute('**/data/*/*.json');
    await alert.locator('button').click();
    await page.waitForSelector('.echart canvas');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it('deck: a slide that cannot load says so, and the deck still moves', async () => {
    const { context, page, uncaught, logged } = await open('?present&slide=1');
    await page.waitForSelector('.slide[data-slide="1"]');
    await page.route('**/data/*/*.json', (route) => route.abort('internetdisconnected'));
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('.slide[role], .slide[data-slide]');
    await page.unroute('**/data/*/*.json');
    await page.keyboard.press('Home');
    await page.waitForSelector('.slide[data-slide="1"]');
    expect(uncaught).toEqual([]);
    expect(logged).toEqual([]);
    await context.close();
  });
});
