/**
 * The offline copy (issue 6): one HTML file, opened from disk with the
 * network cut off, draws every chart of every section, switches language,
 * presents, prints and exports. Built by `npm run build:offline` (which
 * `npm run check` runs before the tests); OFFLINE_FILE points elsewhere.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../src/app/sections';
import { CHART_IDS } from '../shipped';
import { DATASET_IDS } from '../../src/data/ids';
import { inkPerChart, launchBrowser, waitForCharts } from './helpers';

const file = resolve(process.env.OFFLINE_FILE ?? 'dist-offline/binh-phuoc-2023.html');
const url = pathToFileURL(file).href;

let browser: Browser;
let context: BrowserContext;
/** Every request that tried to leave the file: there must be none. */
const network: string[] = [];

beforeAll(async () => {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:offline\` first`);
  browser = await launchBrowser();
  // No network at all: the context is offline, and anything but the file itself is refused and recorded.
  context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    offline: true,
    acceptDownloads: true,
  });
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    network.push(route.request().url());
    return route.abort();
  });
});
afterAll(async () => browser?.close());

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${url}${query}`);
  return { page, errors };
}

describe('the file', () => {
  const html = () => readFileSync(file, 'utf8');

  it('is one self-contained file: nothing loaded from elsewhere, every dataset inside', () => {
    const text = html();
    // The markup with every script's and style's content cut out: what is left are the page's own tags.
    const tags = text.replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/g, '$1</$2>');
    expect(tags.match(/<script\b[^>]*>/g)).toEqual([
      '<script type="module">',
      ...DATASET_IDS.map((id) => `<script type="application/json" id="dataset-${id}">`),
      // The report's structure: charts, key figures, the deck's groups.
      '<script type="application/json" id="dataset-charts">',
    ]);
    expect(tags.match(/<style>/g)).toHaveLength(1);
    // No reference to another file: only data: URLs (the icon) may appear in src or href.
    const refs = [...tags.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs.filter((r) => !r!.startsWith('data:'))).toEqual([]);
    expect(tags).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload|preload)"/i);
  });

  it('allows exactly its one inline script, by hash, and no network', () => {
    const text = html();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1] ?? '';
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(text)![1]!;
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['script-src']).toEqual([`'sha256-${hash}'`]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });
});

describe('opened from disk with no network', () => {
  it.each(SECTION_IDS)('section %s: every chart drawn, no error', async (section) => {
    const { page, errors } = await open(`?section=${section}`);
    await waitForCharts(page);
    const ink = await inkPerChart(page);
    expect(Object.keys(ink).sort()).toEqual([...CHART_IDS[section]].sort());
    for (const [id, share] of Object.entries(ink))
      expect(share, `chart ${id} is blank`).toBeGreaterThan(0.01);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches language and section with the page’s own controls', async () => {
    const { page, errors } = await open('?section=industry');
    await waitForCharts(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.locator('h2').first().textContent()).toBe('Industry');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Rankings' }).click();
    await page.waitForURL(/section=rankings/);
    await waitForCharts(page);
    const ink = await inkPerChart(page);
    expect(Object.keys(ink)).toEqual([...CHART_IDS.rankings]);
    for (const share of Object.values(ink)) expect(share).toBeGreaterThan(0.01);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.waitForURL((u) => !u.search.includes('lang=en'));
    expect(await page.locator('h2').first().textContent()).toBe('Xếp hạng');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('presents (?present): the deck opens and a chart slide draws its chart', async () => {
    const { page, errors } = await open('?present');
    await page.locator('.deck').waitFor();
    // Forward through the deck until a slide holds a drawn chart.
    let drawn = false;
    for (let i = 0; i < 8 && !drawn; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(400);
      drawn = await page.evaluate(() =>
        [...document.querySelectorAll('.deck canvas')].some((c) => {
          const canvas = c as HTMLCanvasElement;
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          for (let j = 3; j < data.length; j += 64) if (data[j]! > 0) return true;
          return false;
        }),
      );
    }
    expect(drawn).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('builds the printable report and exports a chart as PNG', async () => {
    const { page, errors } = await open('?print');
    await page.locator('.print-report[data-print-ready="true"]').waitFor({ timeout: 45_000 });
    const total = Object.values(CHART_IDS).flat().length;
    expect(await page.locator('[data-print-chart] img').count()).toBe(total);
    await page.close();
    const other = await open('?section=trade');
    await waitForCharts(other.page);
    const card = other.page.locator('[data-chart-id="trade-exports"]');
    await card.locator('.chart-actions summary').click();
    const [dl] = await Promise.all([
      other.page.waitForEvent('download'),
      card.locator('[data-export="png"]').click(),
    ]);
    const png = readFileSync((await dl.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1920);
    expect([...errors, ...other.errors]).toEqual([]);
    await other.page.close();
  });

  it('an embed address does not crash', async () => {
    const { page, errors } = await open('?embed=trade-exports');
    await page.locator('canvas').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never tried to reach the network', () => {
    expect(network).toEqual([]);
  });
});
