import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../src/data/sections';
import { CHART_IDS } from '../shipped';
import {
  horizontalOverflow,
  inkPerChart,
  launchBrowser,
  openPage,
  runAxe,
  waitForApp,
  waitForCharts,
} from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];

describe.each(SECTION_IDS)('section %s', (section) => {
  it.each(
    VIEWPORTS.flatMap((v) =>
      (['vi', 'en'] as const).map((lang) => [`${v.width}px ${lang}`, v, lang] as const),
    ),
  )('%s: charts drawn, no overflow, no console error, no axe violation', async (_name, viewport, lang) => {
    const { page, errors } = await openPage(browser, `?section=${section}&lang=${lang}`, viewport);
    await waitForCharts(page);
    const ink = await inkPerChart(page);
    expect(Object.keys(ink).sort()).toEqual([...CHART_IDS[section]].sort());
    for (const [id, share] of Object.entries(ink))
      expect(share, `chart ${id} is blank`).toBeGreaterThan(0.01);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await runAxe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the whole app', () => {
  it('shows a failed dataset as an alert with a retry, keeps the rest working, and recovers', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    let fail = true;
    await page.route('**/data/2023/trade.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
    );
    // The shell fetches every file; a page built in advance carries its own (built-pages.test.ts).
    await page.goto(`${(await import('./helpers')).baseUrl()}shell.html?section=overview`);
    const alert = page.locator('[data-chart-id="overview-growth"] [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('trade.json');
    // A chart that does not need trade.json is drawn.
    await page.locator('[data-chart-id="overview-plan"]').waitFor();
    fail = false;
    await alert.getByRole('button').first().click();
    await page.locator('[data-chart-id="overview-growth"] canvas').waitFor();
    await page.close();
  });

  it('switches language and section by URL and by the visible controls, keyboard only', async () => {
    const { page, errors } = await openPage(browser, '?section=industry');
    // The shell paints the heading, its buttons included, before the app runs: a key pressed then is lost.
    await waitForApp(page);
    await page.getByRole('link', { name: 'English', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/lang=en/);
    expect(await page.locator('h2').first().textContent()).toBe('Industry');
    await page.getByRole('link', { name: 'Rankings' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/section=rankings/);
    await page.goBack();
    await page.waitForURL(/section=industry/);
    expect(await page.locator('h2').first().textContent()).toBe('Industry');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a table of the same numbers when asked', async () => {
    const { page } = await openPage(browser, '?section=trade');
    const card = page.locator('[data-chart-id="trade-exports"]');
    await card.getByRole('button', { name: 'Xem bảng số liệu' }).click();
    const text = await card.locator('table').textContent();
    expect(text).toContain('4.180 triệu USD');
    expect(text).toContain('≈ 3.849 triệu USD');
    await page.close();
  });

  it('follows ?theme=dark', async () => {
    const { page } = await openPage(browser, '?section=overview&theme=dark');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(15, 20, 27)');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});
