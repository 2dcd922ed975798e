/**
 * The offline copy (issue 6): one HTML file, opened from disk with the
 * network cut off, draws every chart of every section, switches language,
 * presents, prints and exports. It holds the catalogue of editions and every
 * edition it lists (issue 14), each opened with `?edition=`. Built by
 * `npm run build:offline` (which `npm run check` runs before the tests);
 * OFFLINE_FILE points elsewhere (e.g. a file built with the test edition added:
 * `tsx scripts/build-offline.mjs <file> <data folder>`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../src/data/sections';
import { CHART_IDS } from '../shipped';
import { inlineDatasetId } from '../../src/api/fetchDataset';
import { chartIdsOf } from '../../src/charts/registry';
import { parseChartsText } from '../../src/data/chartsFile';
import { EDITIONS_FILE, parseCatalogueText, type Catalogue } from '../../src/data/editions';
import { DATASET_IDS } from '../../src/data/ids';
import { parseDatasetText } from '../../src/data/parse';
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

const html = () => readFileSync(file, 'utf8');

/** A data file's text as the file inlines it, by its path under data/ ("editions.json", "2023/trade.json"). */
function inlined(path: string): string {
  const id = inlineDatasetId(path);
  const m = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(html());
  if (!m) throw new Error(`${file}: no ${id}`);
  return m[1]!;
}

function inlinedCatalogue(): Catalogue {
  const parsed = parseCatalogueText(EDITIONS_FILE, inlined(EDITIONS_FILE));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}

describe('the file', () => {
  it('is one self-contained file: nothing loaded from elsewhere, every edition’s data inside', () => {
    const text = html();
    // The markup with every script's and style's content cut out: what is left are the page's own tags.
    const tags = text.replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/g, '$1</$2>');
    const json = (path: string) => `<script type="application/json" id="${inlineDatasetId(path)}">`;
    expect(tags.match(/<script\b[^>]*>/g)).toEqual([
      '<script type="module">',
      // The catalogue, then every edition it lists: its datasets and its structure (charts.json).
      json(EDITIONS_FILE),
      ...inlinedCatalogue().editions.flatMap((e) => [
        ...DATASET_IDS.map((id) => json(`${e.id}/${id}.json`)),
        json(`${e.id}/charts.json`),
      ]),
    ]);
    expect(json('2023/trade.json')).toBe('<script type="application/json" id="dataset-2023/trade">');
    expect(tags.match(/<style>/g)).toHaveLength(1);
    // No reference to another file: only data: URLs (the icon) may appear in src or href.
    const refs = [...tags.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs.filter((r) => !r!.startsWith('data:'))).toEqual([]);
    expect(tags).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload|preload)"/i);
  });

  it('holds the catalogue and every edition’s files as the app’s parsers accept them', () => {
    const catalogue = inlinedCatalogue();
    expect(catalogue.editions.map((e) => e.id)).toContain(catalogue.linksWithoutEdition);
    for (const e of catalogue.editions) {
      for (const id of DATASET_IDS) {
        const parsed = parseDatasetText(id, inlined(`${e.id}/${id}.json`));
        expect(parsed.ok, parsed.ok ? '' : parsed.reason).toBe(true);
      }
      const charts = parseChartsText('charts.json', inlined(`${e.id}/charts.json`));
      expect(charts.ok && charts.data.bad).toEqual([]);
    }
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

  it('opens every edition it holds with ?edition=, each with its own charts', async () => {
    for (const e of inlinedCatalogue().editions) {
      const parsed = parseChartsText('charts.json', inlined(`${e.id}/charts.json`));
      if (!parsed.ok) throw new Error(parsed.reason);
      const { page, errors } = await open(`?edition=${e.id}&section=overview`);
      await waitForCharts(page);
      const ink = await inkPerChart(page);
      expect(Object.keys(ink).sort(), e.id).toEqual([...chartIdsOf(parsed.data, 'overview')].sort());
      for (const [id, share] of Object.entries(ink))
        expect(share, `${e.id}: chart ${id} is blank`).toBeGreaterThan(0.01);
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('switches language and section with the page’s own controls', async () => {
    const { page, errors } = await open('?section=industry');
    await waitForCharts(page);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.locator('h2').first().textContent()).toBe('Industry');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Rankings' }).click();
    await page.waitForURL(/section=rankings/);
    await waitForCharts(page);
    const ink = await inkPerChart(page);
    expect(Object.keys(ink)).toEqual([...CHART_IDS.rankings]);
    for (const share of Object.values(ink)) expect(share).toBeGreaterThan(0.01);
    await page.getByRole('link', { name: 'Tiếng Việt', exact: true }).click();
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

  it('an embed address does not crash: it says where the chart is', async () => {
    const { page, errors } = await open('?embed=trade-exports');
    // Embeds are pages of their own on the site (embed/<edition>/<id>.html); the one file has none.
    await page.locator('[role="alert"] a').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never tried to reach the network', () => {
    expect(network).toEqual([]);
  });
});
