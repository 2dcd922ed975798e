import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
// @ts-expect-error plain ES module without types
import { launch } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseUrl = () => inject('baseUrl');
export const launchBrowser = (): Promise<Browser> => launch();

/** Opens a page and records console errors and uncaught exceptions. */
export async function openPage(browser: Browser, query: string, viewport = { width: 1366, height: 768 }) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl()}${query}`);
  return { page, errors };
}

/**
 * Sums the page's layout shifts from its first paint on (not those just after the reader's own input,
 * as Cumulative Layout Shift counts them). Call before the page is loaded; read with the function it
 * returns.
 */
export async function recordLayoutShift(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.layoutShift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

/**
 * Waits until every chart container of the page holds a drawn chart: a canvas, or the SVG a page was
 * built with (drawn live only when needed, see src/components/useLiveChart.ts).
 */
export async function waitForCharts(page: Page) {
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('[data-chart-id]')];
    // A built dashboard page reads complete before the app has taken it over: wait for that too.
    const built =
      document.getElementById('root')?.dataset.built !== undefined && document.querySelector('.app-header');
    if (built && performance.getEntriesByName('dashboard-ready').length === 0) return false;
    return (
      cards.length > 0 &&
      cards.every(
        (c) =>
          c.querySelector('canvas') ||
          c.querySelector('.echart-ssr svg') ||
          c.querySelector('[role="alert"]'),
      )
    );
  });
  await page.waitForTimeout(150);
}

/** Waits until the app has taken the page over (a built page reads complete before that). */
export async function waitForApp(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-ready').length > 0);
}

/** Waits until every chart container holds a live (canvas) chart: pointing at a built one wakes it. */
export async function waitForLiveCharts(page: Page) {
  for (const card of await page.locator('[data-chart-id] .echart').all()) await card.hover();
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('[data-chart-id]')];
    return (
      cards.length > 0 && cards.every((c) => c.querySelector('canvas') || c.querySelector('[role="alert"]'))
    );
  });
  await page.waitForTimeout(150);
}

/** Share of non-transparent pixels in each chart's canvas: a drawn chart is not blank. */
export function inkPerChart(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const card of document.querySelectorAll<HTMLElement>('[data-chart-id]')) {
      const canvas = card.querySelector('canvas');
      const built = card.querySelector('.echart-ssr svg');
      if (!canvas && built) {
        // A built chart: the share of its shapes that draw something (a blank SVG has none).
        const shapes = [...built.querySelectorAll('path, rect, circle, text')];
        const inked = shapes.filter((s) => s.getAttribute('fill') !== 'none' || s.getAttribute('stroke'));
        out[card.dataset.chartId!] = inked.length > 10 ? 1 : inked.length / 10;
        continue;
      }
      if (!canvas || canvas.width === 0) {
        out[card.dataset.chartId!] = 0;
        continue;
      }
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 3; i < data.length; i += 16) if (data[i]! > 0) ink++;
      out[card.dataset.chartId!] = ink / (data.length / 16);
    }
    return out;
  });
}

export async function runAxe(page: Page) {
  // Evaluated over the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error injected global
    const result = await window.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return (result.violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>).map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The texts of the SVGs under `selector` that run past their SVG's left or right edge, as the browser
 * draws them: a chart built at build time was laid out with estimated text widths. Every built width
 * and palette is measured, not only the one the page shows.
 */
export async function textsPastEdges(page: Page, selector: string) {
  // Not addStyleTag: it waits for a load event that a page without scripts never reports.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '.echart-ssr > div { display: block !important; }';
    document.head.append(style);
  });
  return page.locator(selector).evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const edge = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.width > 0 && (r.left < edge.left - 0.5 || r.right > edge.right + 0.5);
        })
        .map((t) => `${svg.getAttribute('width')}: ${t.textContent}`);
    }),
  );
}
