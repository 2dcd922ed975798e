/**
 * Pages built in advance (scripts/prerender.ts): every section in both languages is complete before
 * any script runs, charts included, and stays so with scripts off; the app then takes it over without
 * a visible change, a layout shift or asking again for the data the page carries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/data/sections';
import { builtPageFile } from '../../src/data/url';
import { readChartsFile } from '../../scripts/data-files';
import { chartIdsOf } from '../../src/charts/registry';
import {
  baseUrl,
  launchBrowser,
  openPage,
  recordLayoutShift,
  runAxe,
  textsPastEdges,
  waitForApp,
  waitForCharts,
} from './helpers';

const dist = process.env.DIST_DIR ?? 'dist';
const chartsFile = readChartsFile();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A page as it is before any script runs: the same browser with JavaScript off. */
async function withoutScripts(file: string) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${file}`);
  return { page, close: () => context.close() };
}

/**
 * Holds the page's scripts back, to see it as built; the function returned lets them run. With `file`,
 * the entry's own scripts (the page's module script and what it preloads) are let through: the page as
 * the reader sees it after the entry has run and before the app adopts it.
 */
async function holdScripts(page: Page, file?: string): Promise<() => void> {
  const html = file === undefined ? '' : readFileSync(join(dist, file), 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  if (file !== undefined) expect(entry.length).toBeGreaterThan(0);
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route('**/assets/*.js', async (route) => {
    if (!entry.some((f) => route.request().url().endsWith(f))) await held;
    await route.continue();
  });
  return release;
}

/** Each element's box and text, to compare what the reader sees before and after the takeover. */
const layout = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '#main h2, #main h3, .figure-value, [data-chart-id], .echart',
      ),
    ].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName}.${el.className} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} ${el.matches('.echart') ? '' : (el.textContent ?? '').slice(0, 60)}`;
    }),
  );

describe('pages built in advance', () => {
  it('exist for every section in both languages', () => {
    const files = readdirSync(dist);
    for (const s of SECTIONS)
      for (const lang of ['vi', 'en'] as const) expect(files).toContain(builtPageFile(s.id, lang));
  });

  it.each(SECTIONS.flatMap((s) => (['vi', 'en'] as const).map((lang) => [s.id, lang] as const)))(
    '%s (%s) reads complete with scripts off: heading, figures and every chart drawn',
    async (section, lang) => {
      const { page, close } = await withoutScripts(builtPageFile(section, lang));
      try {
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        const title = SECTIONS.find((s) => s.id === section)!.title[lang];
        expect(await page.textContent('#main h2')).toBe(title);
        expect(await page.title()).toContain(title);
        expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
        const ids = chartIdsOf(chartsFile, section);
        for (const id of ids) {
          const svg = page.locator(`[data-chart-id="${id}"] .echart-ssr svg`);
          // Two widths in two palettes, one shown: at a phone's width in a light device, the narrow light one.
          expect(await svg.count()).toBe(4);
          const shown = await page
            .locator(`[data-chart-id="${id}"] .echart-ssr > div`)
            .evaluateAll((els) =>
              els.filter((el) => (el as HTMLElement).offsetWidth > 0).map((el) => el.className),
            );
          expect(shown).toEqual(['ssr-narrow ssr-light']);
          expect(await page.locator(`[data-chart-id="${id}"] h3`).textContent()).toBeTruthy();
        }
        // Laid out with estimated text widths at build time: no label may run past the chart's edges
        // in the fonts the browser draws it with.
        expect(await textsPastEdges(page, '.echart-ssr svg')).toEqual([]);
        if (section === 'overview')
          expect(await page.locator('.kpi-grid .figure-value').count()).toBe(chartsFile.kpis.length);
        // The source's sentences are in the page, for a reader without scripts too.
        expect(await page.locator('details blockquote, details q, details .quote').count()).toBeGreaterThan(
          0,
        );
      } finally {
        await close();
      }
    },
  );

  it('is taken over without a change on screen, a layout shift or a second download of its data', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const dataRequests: string[] = [];
    const scripts: string[] = [];
    page.on('request', (r) => r.url().includes('/data/') && dataRequests.push(r.url()));
    page.on('request', (r) => r.url().endsWith('.js') && scripts.push(r.url()));
    const release = await holdScripts(page);
    const layoutShift = await recordLayoutShift(page);
    // Module scripts hold DOMContentLoaded back: wait for the parsed page instead.
    await page.goto(`${baseUrl()}trade.en.html`, { waitUntil: 'commit' });
    await page.waitForSelector('.app-footer', { state: 'attached' });
    const before = await layout(page);
    expect(before.length).toBeGreaterThan(4);
    // Hydrated, not rebuilt: the elements the reader sees are the very ones React adopts.
    const seen = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#main h2, .echart-ssr, .app-footer')].map(
          (el) => (el as { seen?: true }).seen,
        ),
      );
    await page.evaluate(() =>
      document
        .querySelectorAll('#main h2, .echart-ssr, .app-footer')
        .forEach((el) => ((el as { seen?: true }).seen = true)),
    );
    release();
    await page.waitForFunction(() =>
      Object.keys(document.getElementById('root')!).some((k) => k.startsWith('__reactContainer')),
    );
    await page.waitForTimeout(500);
    expect(await layout(page)).toEqual(before);
    expect(await page.evaluate(() => performance.getEntriesByName('dashboard-ready').length)).toBe(1);
    expect(await seen()).toEqual([true, true, true, true]);
    // Nothing moved while the page loaded and was taken over.
    expect(await layoutShift()).toBe(0);
    // The built charts fit their cards: no chart code is fetched until a reader points at one.
    expect(scripts.filter((u) => /echarts-base/.test(u))).toEqual([]);
    expect(await page.locator('.echart-ssr').count()).toBe(2);
    const chart = page.locator('[data-chart-id="trade-exports"] .echart');
    await chart.hover();
    await chart.locator('canvas').waitFor();
    await expect.poll(() => chart.locator('.echart-ssr').count()).toBe(0);
    // Pointed at, the live chart has its tooltip at once.
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 5, box.y + box.height / 2 + 5);
    await expect.poll(() => chart.locator('div').filter({ hasText: '2023' }).count()).toBeGreaterThan(0);
    expect(await layout(page)).toEqual(before);
    // Only the catalogue, which the page does not carry: it may list an edition added since the build.
    expect(dataRequests.map((u) => u.replace(/^.*\/data\//, ''))).toEqual(['editions.json']);
    // Taken over: the language switch works in the page, which is not loaded again.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click();
    await expect.poll(() => page.textContent('#main h2')).toBe('Thương mại');
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens in a dark device's theme before any script runs, charts included, and stays so", async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.url().endsWith('.js') && scripts.push(r.url()));
    const release = await holdScripts(page);
    await page.goto(`${baseUrl()}index.en.html`, { waitUntil: 'commit' });
    await page.waitForSelector('.app-footer', { state: 'attached' });
    const look = () =>
      page.evaluate(() => {
        const shown = (sel: string) =>
          [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.offsetWidth > 0);
        return {
          background: getComputedStyle(document.body).backgroundColor,
          text: getComputedStyle(document.querySelector('#main h2')!).color,
          charts: document.querySelectorAll('[data-chart-id] .echart').length,
          darkShown: shown('.echart-ssr > .ssr-dark').map((el) => el.className),
          lightShown: shown('.echart-ssr > .ssr-light').length,
          // Drawn in another palette, not the light chart again.
          differs: [...document.querySelectorAll('.echart-ssr')].every(
            (b) =>
              b.querySelector('.ssr-narrow.ssr-dark')!.innerHTML !==
              b.querySelector('.ssr-narrow.ssr-light')!.innerHTML,
          ),
        };
      });
    const before = await look();
    expect(before.background).toBe('rgb(15, 20, 27)');
    expect(before.text).toBe('rgb(233, 238, 245)');
    expect(before.charts).toBeGreaterThan(0);
    expect(before.darkShown).toEqual(Array(before.charts).fill('ssr-narrow ssr-dark'));
    expect(before.lightShown).toBe(0);
    expect(before.differs).toBe(true);
    release();
    await waitForApp(page);
    await page.waitForTimeout(300);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    // Taken over: the same dark page, its built charts kept, no chart code fetched for them.
    expect(await look()).toEqual(before);
    expect(scripts.filter((u) => /echarts-base/.test(u))).toEqual([]);
    await context.close();
  });

  it('switches language with scripts off: each language is a link to its built page', async () => {
    const { page, close } = await withoutScripts(builtPageFile('trade', 'en'));
    try {
      const current = page.locator('[role="group"] a[aria-current="page"]');
      expect(await current.textContent()).toBe('English');
      await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/trade\.html$/);
      expect(await page.textContent('#main h2')).toBe('Thương mại');
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await current.textContent()).toBe('Tiếng Việt');
    } finally {
      await close();
    }
  });

  it.each([
    ['rankings.en.html', 'Rankings'],
    ['digital.html', 'Chính quyền số'],
    // The shell, drawn by the app.
    ['?section=social&lang=en', 'Welfare, labour'],
  ])("%s at a phone's width: the nav shows its own section, %s", async (address, name) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const built = address.endsWith('.html');
    const release = built ? await holdScripts(page, address) : () => undefined;
    await page.goto(`${baseUrl()}${address}`);
    const inView = () =>
      page.evaluate(() => {
        const list = document.querySelector('.section-nav ul')!.getBoundingClientRect();
        const item = document.querySelector('.section-nav a[aria-current="page"]')!.getBoundingClientRect();
        return item.left >= list.left && item.right <= list.right;
      });
    if (built) {
      // The entry has run, the app has not: the entry showed it.
      await page.waitForFunction(() => document.readyState === 'complete');
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => performance.getEntriesByName('dashboard-ready').length)).toBe(0);
      expect(await inView()).toBe(true);
    }
    release();
    await waitForApp(page);
    expect(await page.textContent('.section-nav a[aria-current="page"]')).toBe(name);
    expect(await inView()).toBe(true);
    // The page itself did not scroll to show it.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links sections to their built pages, and the address follows them', async () => {
    const { page, errors } = await openPage(browser, '');
    await waitForApp(page);
    expect(await page.getAttribute('nav a[aria-current="page"]', 'href')).toBe('./');
    expect(await page.getAttribute('nav a >> text=Thương mại', 'href')).toBe('./trade.html');
    await page.click('nav a >> text=Thương mại');
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/trade\.html$/);
    await expect.poll(() => page.textContent('#main h2')).toBe('Thương mại');
    await page.goBack();
    await expect.poll(() => page.textContent('#main h2')).toBe('Tổng quan');
    await page.goForward();
    await expect.poll(() => page.textContent('#main h2')).toBe('Thương mại');
    // The address opens the same view as a page of its own.
    await page.reload();
    expect(await page.getAttribute('#root', 'data-built')).toBeTruthy();
    expect(await page.textContent('#main h2')).toBe('Thương mại');
    await waitForApp(page);
    await page.goBack();
    await expect.poll(() => page.textContent('#main h2')).toBe('Tổng quan');
    expect(await runAxe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is taken over as built in the theme its address asks for, never painted in another', async () => {
    // A light device asked for the dark theme: the built page holds it (charts in both palettes).
    const context = await browser.newContext({
      colorScheme: 'light',
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const dataRequests: string[] = [];
    page.on('request', (r) => r.url().includes('/data/') && dataRequests.push(r.url()));
    // Every theme the page's root takes, from the first one on: each change's value before it (the
    // callback runs after a batch of them), then the one it has now.
    await page.addInitScript(() => {
      const before: (string | null)[] = [];
      (window as unknown as { before: typeof before }).before = before;
      // The document, not its root element: this runs before the parser has made one.
      new MutationObserver((records) => {
        for (const r of records) if (r.target === document.documentElement) before.push(r.oldValue);
      }).observe(document, {
        attributes: true,
        attributeFilter: ['data-theme'],
        attributeOldValue: true,
        subtree: true,
      });
    });
    // The entry runs and the app's files wait: the page as the reader sees it until the app adopts it.
    const release = await holdScripts(page, 'trade.en.html');
    await page.goto(`${baseUrl()}trade.en.html?theme=dark`);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    // Built in the device's theme, it names the one on screen, and its links keep it.
    expect(await page.locator('.theme-select select').inputValue()).toBe('dark');
    expect(await page.locator('nav a >> text=Industry').getAttribute('href')).toBe(
      './industry.en.html?theme=dark',
    );
    expect(await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).getAttribute('href')).toBe(
      './trade.html?theme=dark',
    );
    expect(await page.evaluate(() => performance.getEntriesByName('dashboard-ready').length)).toBe(0);
    release();
    await waitForApp(page);
    await page.waitForTimeout(300);
    // The built page, not the shell: its markup and carried data are kept.
    expect(await page.getAttribute('#root', 'data-built')).toBeTruthy();
    expect(dataRequests.map((u) => u.replace(/^.*\/data\//, ''))).toEqual(['editions.json']);
    const themes = await page.evaluate(() => [
      ...(window as unknown as { before: string[] }).before.slice(1),
      document.documentElement.dataset.theme,
    ]);
    expect([...new Set(themes)]).toEqual(['dark']);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(15, 20, 27)',
    );
    // What React adopted as built follows the asked theme: the select and the links keep it.
    expect(await page.locator('.theme-select select').inputValue()).toBe('dark');
    expect(await page.locator('nav a >> text=Industry').getAttribute('href')).toBe(
      './industry.en.html?theme=dark',
    );
    expect(new URL(page.url()).search).toBe('?theme=dark');
    // And the reader can change it.
    await page.locator('.theme-select select').selectOption('light');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    expect(new URL(page.url()).search).toBe('?theme=light');
    await page.locator('nav a >> text=Industry').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/industry\.en\.html$/);
    await expect.poll(() => page.textContent('#main h2')).toBe('Industry');
    expect(new URL(page.url()).search).toBe('?theme=light');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers an address that asks for another view with that view, fetched as before', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const dataRequests: string[] = [];
    page.on('request', (r) => r.url().includes('/data/') && dataRequests.push(r.url()));
    await page.goto(`${baseUrl()}?section=trade&lang=en`);
    await waitForCharts(page);
    expect(await page.textContent('#main h2')).toBe('Trade');
    expect(await page.getAttribute('#root', 'data-built')).toBeNull();
    // The overview's carried data was dropped with its markup: the section's files are fetched.
    expect(dataRequests.some((u) => u.endsWith('/trade.json'))).toBe(true);
    // A built page asked for the dark theme shows its own section, in the dark palette.
    await page.goto(`${baseUrl()}trade.en.html?theme=dark`);
    await waitForCharts(page);
    expect(await page.textContent('#main h2')).toBe('Trade');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.close();
  });
});
