/**
 * Hostile dataset text (issue 7): labels, short labels, quotes and notes that
 * carry HTML, script and javascript: URLs are shown as plain text everywhere,
 * and nothing injected runs or appears as an element.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './helpers';
import { readCatalogue } from '../../scripts/data-files';
import { readEditionFiles } from '../../src/app/prerender';
import { renderEmbed } from '../../src/prerender/embed';

const PAYLOAD = `<img src=x onerror="window.__pwned=1"> "><script>window.__pwned=2</script> javascript:window.__pwned=3`;

function hostile(id: string): string {
  const d = JSON.parse(readFileSync(`public/data/2023/${id}.json`, 'utf8')) as {
    figures: Array<Record<string, { vi: string; en: string } | string | undefined>>;
  };
  for (const f of d.figures) {
    for (const key of ['label', 'shortLabel', 'note'] as const) {
      const b = f[key] as { vi: string; en: string } | undefined;
      if (b) f[key] = { vi: `${PAYLOAD} ${b.vi}`, en: `${PAYLOAD} ${b.en}` };
    }
    f.quote = `${PAYLOAD} ${f.quote as string}`;
  }
  return JSON.stringify(d);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(query: string, setup?: (page: Page) => Promise<void>) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const id of ['trade', 'industry', 'investment'])
    await page.route(`**/data/2023/${id}.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: hostile(id) }),
    );
  await setup?.(page);
  // These pages are served changed data; a page built in advance carries the data it was built from,
  // so the page under test is the shell, which fetches every file (the path any other view takes). An
  // embed's built page is given the markup built from the changed data instead (setup).
  await page.goto(`${baseUrl()}${query.startsWith('embed/') ? '' : 'shell.html'}${query}`);
  return { page, dialogs, errors, requests };
}

async function expectInert(page: Page, dialogs: string[], requests: string[], visible = true) {
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.$$('img[src="x"]')).toHaveLength(0);
  expect(await page.$$('a[href^="javascript:"]')).toHaveLength(0);
  // A JSON block (a built page's data or tooltip texts) is data, never run.
  const inlineScripts = await page.$$eval(
    'script',
    (s) => s.filter((x) => !x.src && (x as HTMLScriptElement).type !== 'application/json').length,
  );
  expect(inlineScripts).toBe(0);
  // The payload is visible as text (a chart slide draws its labels on the canvas instead).
  if (visible)
    expect(await page.evaluate(() => document.body.innerText.includes('<img src=x onerror='))).toBe(true);
  // No request to "x" or any other host.
  const origin = new URL(baseUrl()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
}

async function hoverTooltip(page: Page, chartId: string) {
  const box = (await page.$(`[data-chart-id="${chartId}"] canvas`))!;
  const b = (await box.boundingBox())!;
  // Sweep across the plot until ECharts shows a tooltip.
  for (let x = 0.2; x < 0.95; x += 0.1) {
    await page.mouse.move(b.x + b.width * x, b.y + b.height * 0.5);
    await page.waitForTimeout(120);
    const html = await page.$eval(`[data-chart-id="${chartId}"]`, (c) => {
      const tip = [...c.querySelectorAll('div')].find(
        (d) => d.style.position === 'absolute' && d.style.display !== 'none' && d.innerHTML.includes('<b>'),
      );
      return tip?.innerHTML ?? '';
    });
    if (html) return html;
  }
  return '';
}

describe('hostile text in datasets', () => {
  it('dashboard: cards, chart titles, tables, notes and tooltips show it as text', async () => {
    const { page, dialogs, errors, requests } = await open('?section=industry');
    await page.waitForSelector('[data-chart-id="industry-products"] canvas');
    await page.waitForTimeout(300);
    // Open every disclosure so quotes and notes render.
    await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const tip = await hoverTooltip(page, 'industry-products');
    expect(tip).toContain('&lt;img src=x');
    expect(tip).not.toContain('<img');
    await page.click('[data-chart-id="industry-products"] button[aria-pressed]');
    await page.waitForSelector('[data-chart-id="industry-products"] table');
    await expectInert(page, dialogs, requests);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('overview KPI cards and charts', async () => {
    const { page, dialogs, errors, requests } = await open('');
    await page.waitForSelector('[data-chart-id="overview-growth"] canvas');
    await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.waitForTimeout(300);
    await expectInert(page, dialogs, requests);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('built embed: title, notes, table and tooltip', async () => {
    // The embed's page as the build writes it from these files (its markup, its tooltip texts).
    const catalogue = readCatalogue();
    const files = readEditionFiles((f) =>
      f === 'trade.json' ? hostile('trade') : readFileSync(`public/data/2023/${f}`, 'utf8'),
    );
    const built = await renderEmbed({
      catalogue,
      edition: catalogue.editions[0]!,
      ...files,
      id: 'trade-exports',
      lang: 'vi',
    });
    const shipped = await (await fetch(`${baseUrl()}embed/2023/trade-exports.html`)).text();
    const html = shipped.replace(
      /(<div id="root"[^>]*>)[\s\S]*(<\/div><\/body>)/,
      (_m, open: string, close: string) => `${open}${built.markup}${close}`,
    );
    expect(html).toContain('&lt;img src=x');
    const { page, dialogs, errors, requests } = await open('embed/2023/trade-exports.html', async (p) => {
      await p.route('**/embed/2023/trade-exports.html', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: html }),
      );
    });
    await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
    await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.waitForTimeout(300);
    await expectInert(page, dialogs, requests);
    // The tooltip (built SVG or live chart) shows the label as text.
    const point = await page.evaluate(() => {
      const bar = [...document.querySelectorAll('.echart-ssr [ecmeta_data_index="1"]')].find(
        (e) => e.getBoundingClientRect().width > 0,
      );
      const r = bar?.getBoundingClientRect();
      return r && { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    if (point) {
      await page.mouse.move(point.x, point.y);
      const tip = await page.waitForSelector('.embed-tooltip:not([hidden])');
      expect(await tip.innerHTML()).toContain('&lt;img src=x');
    }
    await page.click('button[aria-pressed]');
    await page.waitForSelector('table');
    await expectInert(page, dialogs, requests);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [2, 'KPI', true],
    [7, 'chart', false],
  ])('slide %i (%s): shows it as text, nothing runs', async (slide, _kind, visible) => {
    const { page, dialogs, errors, requests } = await open(`?present&slide=${slide}`);
    await page.waitForSelector('.slide[data-slide]');
    if (visible)
      await page.waitForFunction(() => document.body.innerText.includes('<img src=x onerror='), undefined, {
        timeout: 20_000,
      });
    else await page.waitForSelector('.slide canvas');
    await page.waitForTimeout(500);
    await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expectInert(page, dialogs, requests, visible);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('print view: the whole report shows it as text', async () => {
    const { page, dialogs, errors, requests } = await open('?print');
    await page.waitForSelector('[data-print-chart] img', { timeout: 30_000 });
    await page.waitForFunction(() => document.body.innerText.includes('<img src=x onerror='), undefined, {
      timeout: 20_000,
    });
    await expectInert(page, dialogs, requests);
    expect(errors).toEqual([]);
    await page.close();
  });
});
