/**
 * Two editions in one built site: the synthetic test edition (tests/fixtures/editions/2024-test) is
 * added to a copy of the build exactly as the README tells an editor (`npm run edition:add` into the
 * built site's data folder), then every view is opened in Chromium: the switch, old links, series
 * across the two reports on KPI cards, charts, embeds and slides, a revised estimate, ranks out of 63
 * and out of 34, findings computed from the new numbers, print and downloads' names.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as kinds from '../../src/charts/kinds';
import { PALETTES } from '../../src/charts/palettes';
import { chartDefsOf } from '../../src/charts/registry';
import { setEdition } from '../../src/data/report';
import { addEdition } from '../../scripts/add-edition';
import { editionDir, readCatalogue, readChartsFile, readDatasets } from '../../scripts/data-files';
// @ts-expect-error plain ES module without types
import { startServer } from '../../scripts/serve.mjs';
import { prerenderEmbeds } from '../../scripts/prerender';
import { launchBrowser, runAxe } from './helpers';

const FIXTURE = join('tests', 'fixtures', 'editions');
const TEST_ID = '2024-test';

let site: string;
let base: string;
let server: { close: (cb: () => void) => void; address: () => { port: number } };
let browser: Browser;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'editions-site-'));
  cpSync(process.env.DIST_DIR ?? 'dist', site, { recursive: true });
  await addEdition(join(FIXTURE, TEST_ID), join(FIXTURE, `${TEST_ID}.entry.json`), join(site, 'data'));
  // The new edition's embeds are pages of their own: built as a site adding an edition builds them.
  await prerenderEmbeds(site);
  server = await startServer(site, 0, '/site/');
  base = `http://127.0.0.1:${server.address().port}/site/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => server?.close(() => ok()));
  if (site) rmSync(site, { recursive: true, force: true });
});

const errorsOf = new WeakMap<Page, string[]>();
async function open(query: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  errorsOf.set(page, errors);
  await page.goto(`${base}${query}`);
  return page;
}
const heading = (page: Page) => page.locator('h1').first().textContent();
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** The two editions' files, read as the app reads them. */
const dataOf = (id: string) => {
  const dir = editionDir(id, join(site, 'data'));
  return { data: readDatasets(dir), charts: readChartsFile(dir) };
};
const figureOf = (id: string, indicator: string, year: number) =>
  Object.values(dataOf(id).data)
    .flatMap((d) => d!.figures)
    .find((f) => f.indicator === indicator && f.period.year === year);

describe('two editions in one site', () => {
  it('the bare address opens the latest edition, says it is test data, and offers the switch', async () => {
    const page = await open('');
    await page.locator('.figure-card').first().waitFor();
    await expect.poll(() => heading(page), { timeout: 15_000 }).toContain('2024');
    expect(await page.locator('.test-data-banner').textContent()).toMatch(/THỬ NGHIỆM/);
    const links = page.locator('.edition-switch a');
    expect(await links.count()).toBe(2);
    expect(await page.locator('.edition-switch a[aria-current="page"]').textContent()).toContain('2024');
    expect(await runAxe(page)).toEqual([]);
    expect(errorsOf.get(page)).toEqual([]);
    await page.close();
  });

  it('a link made before editions (no edition, a section) opens the 2023 report, without series', async () => {
    const page = await open('?section=overview');
    await page.locator('.figure-card').first().waitFor();
    await expect.poll(() => heading(page), { timeout: 15_000 }).toContain('Bình Phước 2023');
    expect(await page.locator('.test-data-banner').count()).toBe(0);
    // Nothing came before 2023: no series, and no request for another edition's data.
    await page.waitForTimeout(500);
    expect(await page.locator('.series-panel').count()).toBe(0);
    await page.close();
  });

  it('the switch is a link that names the edition, keeping the section and language', async () => {
    const page = await open(`?section=trade&lang=en&edition=${TEST_ID}`);
    await page.locator('.edition-switch a').first().waitFor();
    await page.locator('.edition-switch a', { hasText: '2023' }).click();
    await page.waitForURL(/edition=2023/);
    const url = new URL(page.url());
    expect(url.searchParams.get('section')).toBe('trade');
    expect(url.searchParams.get('lang')).toBe('en');
    // index.html's first paint names the latest edition in Vietnamese until the app has rendered.
    await expect.poll(() => heading(page), { timeout: 15_000 }).toContain('Binh Phuoc 2023');
    await page.close();
  });

  it('a KPI card follows its indicator over both reports, with the revised 2023 estimate kept', async () => {
    const estimate = figureOf('2023', 'retail-sales', 2023)!;
    const final = figureOf(TEST_ID, 'retail-sales', 2023)!;
    const latest = figureOf(TEST_ID, 'retail-sales', 2024)!;
    expect(estimate.estimate).toBe(true);
    expect(final.value).not.toBe(estimate.value);
    const page = await open(`?edition=${TEST_ID}`);
    const panel = page.locator('.figure-card .series-panel[data-indicator="retail-sales"]');
    await panel.waitFor();
    const compact = await panel.locator('.series-compact').textContent();
    // The 2023 value shown is the later report's; the earlier estimate is kept, marked revised.
    expect(compact).toContain(vi(final.value));
    expect(compact).toContain(vi(latest.value));
    await panel.locator('summary').click();
    const revised = panel.locator('.series-revised');
    expect(await revised.textContent()).toContain(vi(estimate.value));
    expect(await revised.textContent()).toMatch(/sửa/);
    await page.close();
  });

  it('ranks out of 63 and out of 34 are listed with their own denominators', async () => {
    const old = figureOf('2023', 'pci-rank', 2022)!;
    const now = figureOf(TEST_ID, 'pci-rank', 2023)!;
    expect([old.outOf, now.outOf]).toEqual([63, 34]);
    const page = await open(`?edition=${TEST_ID}`);
    const panel = page.locator('.figure-card .series-panel[data-indicator="pci-rank"]');
    await panel.waitFor();
    const text = await panel.locator('.series-compact').textContent();
    expect(text).toContain(`${old.value}/63`);
    expect(text).toContain(`${now.value}/34`);
    // Index editions name the year of the index, not of the report; each point names its territory,
    // since Bình Phước's ranks and Đồng Nai's are not the same place's.
    expect(text).toContain(`PCI ${now.period.year}`);
    expect(text).toContain('Bình Phước');
    expect(text).toContain('Đồng Nai');
    await page.close();
  });

  it('chart titles state the findings of the new numbers, as the chart kinds compute them', async () => {
    const catalogue = readCatalogue(join(site, 'data'));
    setEdition(
      catalogue.editions.find((e) => e.id === TEST_ID)!,
      catalogue,
    );
    const { data, charts } = dataOf(TEST_ID);
    const defs = chartDefsOf(charts, kinds, 'overview');
    const page = await open(`?edition=${TEST_ID}`);
    for (const def of defs) {
      const title = def.build(data, { locale: 'vi', palette: PALETTES.light }).title;
      await expect
        .poll(() => page.locator(`[data-chart-id="${def.id}"] h3`).first().textContent(), { timeout: 15_000 })
        .toBe(title);
    }
    // And they differ from the 2023 report's where its numbers differ.
    const old = dataOf('2023');
    setEdition(
      catalogue.editions.find((e) => e.id === '2023')!,
      catalogue,
    );
    const oldTitles = chartDefsOf(old.charts, kinds, 'overview').map(
      (d) => d.build(old.data, { locale: 'vi', palette: PALETTES.light }).title,
    );
    setEdition(
      catalogue.editions.find((e) => e.id === TEST_ID)!,
      catalogue,
    );
    const newTitles = defs.map((d) => d.build(data, { locale: 'vi', palette: PALETTES.light }).title);
    expect(newTitles).not.toEqual(oldTitles);
    // A chart whose figures name an indicator draws its series under it.
    const series = page.locator('[data-chart-id] .series-panel').first();
    await series.locator('canvas').waitFor();
    expect(await series.locator('.series-compact li').count()).toBeGreaterThanOrEqual(2);
    expect(errorsOf.get(page)).toEqual([]);
    await page.close();
  });

  it('an embed pins its edition; one without an edition keeps showing 2023', async () => {
    const id = dataOf('2023').charts.charts.find((c) => c.section === 'trade')!.id;
    const pinnedOld = await open(`?embed=${id}`, { width: 600, height: 700 });
    // The old link lands on the embed's page built for 2023: its chart as built, or drawn live.
    await pinnedOld.waitForURL(`${base}embed/2023/${id}.html`);
    await pinnedOld.waitForFunction(
      () =>
        document.querySelector('[data-chart-id] canvas') ||
        [...document.querySelectorAll('.echart-ssr svg')].some((s) => s.getBoundingClientRect().width > 0),
    );
    expect(await pinnedOld.locator('.test-data-banner').count()).toBe(0);
    expect(await pinnedOld.locator('.source-line').first().textContent()).toContain('10/01/2024');
    await pinnedOld.close();

    const pinnedNew = await open(`?embed=${id}&edition=${TEST_ID}`, { width: 600, height: 900 });
    await pinnedNew.waitForURL(`${base}embed/${TEST_ID}/${id}.html`);
    await pinnedNew.locator('.embed-series .series-panel').first().waitFor();
    expect(await pinnedNew.locator('.test-data-banner').textContent()).toMatch(/THỬ NGHIỆM/);
    expect(await pinnedNew.locator('.embed-series .series-compact').first().textContent()).toMatch(/2023/);
    // The link back to the dashboard names the same edition.
    const back = await pinnedNew.locator('.embed-footer a').first().getAttribute('href');
    expect(new URL(back!, base).searchParams.get('edition')).toBe(TEST_ID);
    expect(errorsOf.get(pinnedNew)).toEqual([]);
    await pinnedNew.close();
  });

  it('the deck of the new edition shows the series on its key-figure slides', async () => {
    const page = await open(`?present&edition=${TEST_ID}`, { width: 1024, height: 768 });
    await page.locator('.slide[data-slide]').waitFor();
    let found = false;
    for (let n = 1; n <= 6 && !found; n++) {
      await page.goto(`${base}?present&edition=${TEST_ID}&slide=${n}`);
      await page.locator('.slide[data-slide]').waitFor();
      found = await page
        .locator('.kpi-tile .series-panel')
        .first()
        .waitFor({ timeout: 3000 })
        .then(() => true)
        .catch(() => false);
    }
    expect(found).toBe(true);
    expect(errorsOf.get(page)).toEqual([]);
    await page.close();
  });

  it('print view and downloads name the edition shown', async () => {
    const page = await open(`?print&edition=${TEST_ID}`);
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 15_000 }).toContain('2024');
    await page.close();
    const dash = await open(`?edition=${TEST_ID}`);
    await dash.locator('.figure-card').first().waitFor();
    const [download] = await Promise.all([
      dash.waitForEvent('download'),
      dash.getByRole('button', { name: 'JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dong-nai-2024-test/);
    await dash.close();
  });
});
