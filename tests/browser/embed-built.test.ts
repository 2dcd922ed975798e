/**
 * Embeds built in advance (embed/<edition>/<id>.html, scripts/prerender.ts): readable with scripts
 * off, taken over by the embed's script without anything moving, and reached from the `?embed=`
 * links published before they existed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, recordLayoutShift, runAxe, textsPastEdges } from './helpers';

const dist = process.env.DIST_DIR ?? 'dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** What shows of the page: the built chart (the SVG of the box's width), texts, table rows. */
const visible = (page: Page) =>
  page.evaluate(() => {
    const shown = (e: Element | null) => !!e && e.getBoundingClientRect().width > 0;
    const svgs = [...document.querySelectorAll('.echart-ssr svg')].filter(shown);
    return {
      h1: document.querySelector('h1')?.textContent ?? '',
      svgs: svgs.length,
      items: svgs[0]?.querySelectorAll('[ecmeta_data_index]').length ?? 0,
      tableRows: [...document.querySelectorAll('table tbody tr')].filter(shown).length,
      toggle: shown(document.querySelector('[data-embed-toggle]')),
      quotes: document.querySelectorAll('.quote-list blockquote').length,
      cards: [...document.querySelectorAll('.figure-card .figure-value')].map((v) => v.textContent ?? ''),
      links: [...document.querySelectorAll('.embed-footer a')].map((a) => a.getAttribute('href')),
    };
  });

describe('a built embed with JavaScript disabled', () => {
  it('shows its chart as SVG, its texts, its table and its figures', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}embed/2023/trade-exports.html`);
    const chart = await visible(page);
    expect(chart.h1.length).toBeGreaterThan(10);
    expect(chart.svgs).toBe(1);
    expect(chart.items).toBeGreaterThan(0);
    // The table the button would show is under the chart; the button, which would do nothing, is not.
    expect(chart.tableRows).toBeGreaterThan(0);
    expect(chart.toggle).toBe(false);
    // Source sentences in the markup (behind their summary), and links that resolve at the site's folder.
    expect(chart.quotes).toBeGreaterThan(0);
    expect(chart.links).toEqual(['./?section=trade', './embed/2023/trade-exports.en.html']);
    const dashboard = await page.$eval('.embed-footer a', (a) => (a as HTMLAnchorElement).href);
    expect(dashboard).toBe(`${baseUrl()}?section=trade`);

    await page.goto(`${baseUrl()}embed/2023/overview-kpis.en.html`);
    const kpis = await visible(page);
    expect(kpis.h1).toMatch(/^Key figures/);
    expect(kpis.cards).toHaveLength(8);
    for (const v of kpis.cards) expect(v).toMatch(/\d/);
    await context.close();
  });
});

describe('every built embed', () => {
  it('keeps every text of its chart inside the chart, at each width and in each palette it is built in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const cut: string[] = [];
    let charts = 0;
    for (const edition of readdirSync(`${dist}/embed`, { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    ))
      for (const file of readdirSync(`${dist}/embed/${edition.name}`).filter((f) => f.endsWith('.html'))) {
        await page.goto(`${baseUrl()}embed/${edition.name}/${file}`);
        charts += await page.locator('.echart-ssr').count();
        cut.push(...(await textsPastEdges(page, '.echart-ssr svg')).map((t) => `${file} ${t}`));
      }
    expect(charts).toBeGreaterThan(20);
    expect(cut).toEqual([]);
    await context.close();
  });
});

describe('a built embed whose end comes late', () => {
  /**
   * Serves the built site, with one page sent in two parts: all but its footer, then, 500 ms later,
   * the rest (as a slow network, or a parser that yields, can split it); or never the rest (a
   * connection dropped).
   */
  function startSplitServer(
    split: string,
    rest: 'late' | 'never',
  ): Promise<{ server: Server; origin: string }> {
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      let body: string;
      try {
        body = readFileSync(`${dist}${path}`, 'utf8');
      } catch {
        return void res.writeHead(404).end();
      }
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(path)];
      res.writeHead(200, { 'Content-Type': `${type ?? 'application/json'}; charset=utf-8` });
      if (path !== split) return void res.end(body);
      const at = body.indexOf('<footer class="embed-footer"');
      res.write(body.slice(0, at));
      setTimeout(() => res.end(rest === 'late' ? body.slice(at) : undefined), 500);
    });
    return new Promise((ok) =>
      server.listen(0, '127.0.0.1', () =>
        ok({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
      ),
    );
  }

  it('shows nothing until its footer is parsed, so nothing moves when it comes', async () => {
    const file = '/embed/2023/rankings-indices.en.html';
    const { server, origin } = await startSplitServer(file, 'late');
    const page = await browser.newPage({ viewport: { width: 768, height: 900 } });
    const layoutShift = await recordLayoutShift(page);
    const loaded = page.goto(`${origin}${file}`);
    await page.waitForSelector('.notes', { state: 'attached' });
    await page.waitForTimeout(200);
    // The chart and its notes are parsed, the footer is not: the page is laid out but not shown.
    expect(
      await page.evaluate(() => [
        !!document.querySelector('.embed-footer'),
        getComputedStyle(document.querySelector('h1')!).visibility,
      ]),
    ).toEqual([false, 'hidden']);
    await loaded;
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).visibility)).toBe(
      'visible',
    );
    expect(await layoutShift()).toBe(0);
    await page.close();
    server.close();
  });

  it('cut short before its footer, shows what came after 2 s rather than nothing', async () => {
    const file = '/embed/2023/rankings-indices.html';
    const { server, origin } = await startSplitServer(file, 'never');
    const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
    const shown = () => page.evaluate(() => getComputedStyle(document.querySelector('h1')!).visibility);
    const started = Date.now();
    await page.goto(`${origin}${file}`, { waitUntil: 'commit' });
    await page.waitForSelector('.notes', { state: 'attached' });
    expect(await shown()).toBe('hidden');
    await expect.poll(shown, { timeout: 5000 }).toBe('visible');
    expect(Date.now() - started).toBeGreaterThan(1500);
    expect(await page.evaluate(() => !!document.querySelector('.embed-footer'))).toBe(false);
    await page.close();
    server.close();
  });
});

describe('the takeover', () => {
  /** The boxes of what the reader sees, to the pixel. */
  const boxes = (page: Page) =>
    page.evaluate(() =>
      [
        'h1',
        '.subtitle',
        // The built SVG's box is the chart's: it is dropped once a live chart has drawn over it.
        '.echart',
        '[data-embed-toggle]',
        '.legend-key',
        '.notes',
        '.embed-footer',
      ].map((s) => {
        const r = document.querySelector(s)?.getBoundingClientRect();
        return r
          ? `${s} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`
          : s;
      }),
    );

  it.each([
    ['trade-exports.html', 375],
    ['rankings-indices.en.html', 768],
  ])('of %s at %i px moves nothing, and no layout shift is recorded', async (file, width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors = recordErrors(page);
    const layoutShift = await recordLayoutShift(page);
    // The page's scripts are held back until the built page has been measured.
    const held: (() => Promise<void>)[] = [];
    let release = false;
    await page.route(/\/assets\/.*\.js$/, (route) =>
      release ? route.continue() : void held.push(() => route.continue()),
    );
    // Module scripts hold DOMContentLoaded back: wait for the markup itself.
    await page.goto(`${baseUrl()}embed/2023/${file}`, { waitUntil: 'commit' });
    await page.waitForSelector('.embed-footer');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    const before = await boxes(page);
    release = true;
    await Promise.all(held.map((go) => go()));
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await page.waitForTimeout(1000);
    expect(await boxes(page)).toEqual(before);
    expect(await layoutShift()).toBe(0);
    // Interactive: the table button swaps chart and table.
    await page.click('[data-embed-toggle]');
    expect(await page.$eval('[data-embed-toggle]', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    expect(await page.isVisible('table')).toBe(true);
    expect(await page.isVisible('.echart')).toBe(false);
    expect(await runAxe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the chart’s tooltip from the built SVG, without loading chart code', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
    const errors = recordErrors(page);
    const scripts: string[] = [];
    page.on('request', (r) => r.url().endsWith('.js') && scripts.push(r.url().split('/').pop()!));
    await page.goto(`${baseUrl()}embed/2023/trade-exports.en.html`);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    // Viewed alone the page fills the window, so the chart box is taller than the SVG: the live
    // chart may come. The tooltip shows before it does, from the SVG.
    const point = await page.evaluate(() => {
      const bar = [...document.querySelectorAll('.echart-ssr [ecmeta_data_index="1"]')].find(
        (e) => e.getBoundingClientRect().width > 0,
      )!;
      const r = bar.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const tip = await page.waitForSelector(
      '.embed-tooltip:not([hidden]), .echart div[style*="z-index: 9999999"]',
    );
    expect(await tip.textContent()).toMatch(/2023/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('old ?embed= links', () => {
  it.each([
    ['?embed=trade-exports&lang=en&theme=dark', 'embed/2023/trade-exports.en.html?theme=dark'],
    ['?embed=trade-exports&edition=2023', 'embed/2023/trade-exports.html'],
    ['shell.html?embed=kpi-pci-rank', 'embed/2023/kpi-pci-rank.html'],
    ['index.en.html?embed=overview-kpis&lang=en', 'embed/2023/overview-kpis.en.html'],
  ])('%s goes to %s and shows it', async (link, file) => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    const errors = recordErrors(page);
    await page.goto(`${baseUrl()}${link}`);
    await page.waitForURL(`${baseUrl()}${file}`);
    await page.waitForFunction(
      () =>
        document.querySelector('.figure-card') ||
        document.querySelector('.echart canvas') ||
        [...document.querySelectorAll('.echart-ssr svg')].some((s) => s.getBoundingClientRect().width > 0),
    );
    if (link.includes('theme=dark')) {
      // The dark page shows the chart built in the dark palette (or drawn live), never the light one.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await page.locator('.ssr-light svg >> visible=true').count()).toBe(0);
      await page.waitForFunction(
        () =>
          document.querySelector('.echart canvas') ||
          [...document.querySelectorAll('.ssr-dark svg')].some((s) => s.getBoundingClientRect().width > 0),
      );
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an edition the site does not have: says so, with a link to the dashboard', async () => {
    const page = await browser.newPage();
    const errors = recordErrors(page);
    await page.goto(`${baseUrl()}?embed=trade-exports&edition=1999&lang=en`);
    const alert = await page.waitForSelector('[role="alert"]');
    expect(await alert.textContent()).toContain('is not available here');
    expect(await alert.$eval('a', (a) => (a as HTMLAnchorElement).href)).toContain('section=trade');
    expect(page.url()).toContain('?embed=trade-exports');
    // The only error: the entry's early request for that edition's charts.json, which is not there.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  });
});
