/**
 * Downloads from the real page (issue 6): each chart as PNG, SVG and CSV, a
 * link to the chart, and all data as CSV and JSON. Files are read back and
 * checked byte by byte where it matters (PNG signature and size, CSV BOM).
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../../src/data/ids';
import { EXPORT_WIDTH, PNG_SCALE } from '../../src/features/export/layout';
import { PALETTES } from '../../src/charts/palettes';
import { readCsv } from '../csv-read';
import { baseUrl, launchBrowser, waitForCharts } from './helpers';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
});
afterAll(async () => browser?.close());

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${baseUrl()}${query}`);
  await waitForCharts(page);
  return { page, errors };
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}

/** Opens a card's download menu and saves one of its files. */
async function exportChart(page: Page, id: string, kind: 'png' | 'svg' | 'csv') {
  const card = page.locator(`[data-chart-id="${id}"]`);
  const menu = card.locator('.chart-actions details');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return download(page, card.locator(`[data-export="${kind}"]`));
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the browser and samples it: a corner (the background) and the share of inked pixels. */
function samplePng(page: Page, bytes: Buffer, background: string) {
  return page.evaluate(
    async ({ b64, background }) => {
      // Not fetch(data:…): the page's CSP (connect-src 'self') rightly refuses it.
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const hex = (i: number) =>
        `#${[data[i], data[i + 1], data[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
      let ink = 0;
      let opaque = 0;
      let samples = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        samples++;
        if (hex(i) !== background) ink++;
        if (data[i + 3] === 255) opaque++;
      }
      return { corner: hex(0), ink: ink / samples, opaque: opaque / samples };
    },
    { b64: bytes.toString('base64'), background },
  );
}

/** RFC 4180 rows after checking the UTF-8 byte order mark. */
function csvRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return readCsv(bytes.toString('utf8'));
}

describe('one chart', () => {
  it.each([
    ['trade', 'trade-exports', 'vi', 'light'],
    ['investment', 'investment-budget', 'en', 'dark'],
    ['rankings', 'rankings-indices', 'vi', 'dark'],
  ] as const)(
    '%s / %s (%s, %s): PNG at twice the export size, SVG of the same layout',
    async (section, id, lang, theme) => {
      const { page, errors } = await open(`?section=${section}&lang=${lang}&theme=${theme}`);
      const title = (await page.locator(`[data-chart-id="${id}"] h3`).textContent())!;
      const chartHeight = await page
        .locator(`[data-chart-id="${id}"] .echart`)
        .evaluate((e) => parseFloat((e as HTMLElement).style.minHeight));

      const svg = await exportChart(page, id, 'svg');
      expect(svg.name).toBe(`binh-phuoc-2023-${id}.svg`);
      const info = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror').length,
          scripts: doc.getElementsByTagName('script').length,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          title: doc.querySelector('title')?.textContent,
          text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
          background: doc.querySelector('svg > rect')?.getAttribute('fill'),
        };
      }, svg.bytes.toString('utf8'));
      expect(info.error).toBe(0);
      expect(info.scripts).toBe(0);
      expect(info.title).toBe(title);
      expect(info.width).toBe(EXPORT_WIDTH);
      // Title, subtitle, source line and notes take room above and below the chart.
      expect(info.height - chartHeight).toBeGreaterThan(120);
      expect(info.height - chartHeight).toBeLessThan(600);
      expect(info.text).toContain(lang === 'vi' ? 'Nguồn: Ban Dân vận Tỉnh ủy Bình Phước' : 'Source:');
      expect(info.background).toBe(PALETTES[theme].background);

      const png = await exportChart(page, id, 'png');
      expect(png.name).toBe(`binh-phuoc-2023-${id}.png`);
      // Twice the resolution of the same layout as the SVG.
      expect(pngSize(png.bytes)).toEqual({ width: info.width * PNG_SCALE, height: info.height * PNG_SCALE });
      const sample = await samplePng(page, png.bytes, PALETTES[theme].background);
      expect(sample.corner).toBe(PALETTES[theme].background);
      expect(sample.opaque).toBe(1);
      expect(sample.ink).toBeGreaterThan(0.02);
      expect(
        await page.locator(`[data-chart-id="${id}"] .chart-actions [role="status"]`).textContent(),
      ).not.toBe('');
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each(['vi', 'en'] as const)('CSV holds exactly the numbers of the chart’s table (%s)', async (lang) => {
    const { page } = await open(`?section=trade&lang=${lang}`);
    const id = 'trade-exports';
    const csv = await exportChart(page, id, 'csv');
    expect(csv.name).toBe(`binh-phuoc-2023-${id}.csv`);
    const rows = csvRows(csv.bytes);
    const header = rows[0]!;
    expect(header.slice(0, 4)).toEqual(
      lang === 'vi' ? ['Chỉ tiêu', 'Kỳ', 'Giá trị', 'Đơn vị'] : ['Indicator', 'Period', 'Value', 'Unit'],
    );
    const card = page.locator(`[data-chart-id="${id}"]`);
    await card.getByRole('button', { name: lang === 'vi' ? 'Xem bảng số liệu' : 'Show data table' }).click();
    const table = await card
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    const shown = header.indexOf(lang === 'vi' ? 'Giá trị như hiển thị' : 'Value as shown');
    const period = header.indexOf(lang === 'vi' ? 'Kỳ' : 'Period');
    expect(rows.slice(1).map((r) => [r[period], r[shown]])).toEqual(table.map((r) => [r[1], r[2]]));
    const byId = (fid: string) => rows.find((r) => r.at(-1) === fid)!;
    const exports = byId('exports-2023');
    expect(exports[2]).toBe('4180');
    expect(exports[header.indexOf(lang === 'vi' ? 'Câu trích nguồn' : 'Source sentence')]).toContain(
      'Kim ngạch xuất khẩu ước thực hiện cả năm 2023 đạt 4 tỷ 180 triệu USD',
    );
    expect(exports[header.indexOf(lang === 'vi' ? 'Ước tính' : 'Estimate')]).toBe(
      lang === 'vi' ? 'có' : 'yes',
    );
    const derived = rows.filter((r) => r[shown]!.startsWith('≈'));
    expect(derived.length).toBeGreaterThan(0);
    for (const r of derived)
      expect(r[header.indexOf(lang === 'vi' ? 'Công thức suy ra' : 'Derivation formula')]).toMatch(/≈/);
    await page.close();
  });

  it('copies a link with section, language and theme that opens on the chart', async () => {
    const { page } = await open('?section=investment&lang=en&theme=dark');
    const id = 'investment-cooperatives';
    const card = page.locator(`[data-chart-id="${id}"]`);
    await card.locator('.chart-actions summary').click();
    await card.locator('[data-export="link"]').click();
    await expect.poll(() => card.locator('.chart-actions [role="status"]').textContent()).toBe('Copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseUrl()}?section=investment&lang=en&theme=dark#chart-${id}`);
    const other = await context.newPage();
    await other.goto(link);
    await waitForCharts(other);
    await expect
      .poll(() => other.locator(`#chart-${id}`).evaluate((e) => Math.round(e.getBoundingClientRect().top)))
      .toBeLessThan(120);
    expect(await other.getAttribute('html', 'lang')).toBe('en');
    expect(await other.getAttribute('html', 'data-theme')).toBe('dark');
    await other.close();
    await page.close();
  });
});

describe('all data', () => {
  it('as one CSV (a row per figure) and one JSON (every dataset), from the footer', async () => {
    const { page } = await open('?section=rural');
    const datasets = DATASET_IDS.map(
      (id) => JSON.parse(readFileSync(`public/data/2023/${id}.json`, 'utf8')) as { figures: unknown[] },
    );
    const total = datasets.reduce((n, d) => n + d.figures.length, 0);
    const json = await download(page, page.locator('[data-export-all="json"]'));
    expect(json.name).toBe('binh-phuoc-2023-so-lieu.json');
    expect(JSON.parse(json.bytes.toString('utf8'))).toEqual({ datasets });
    const csv = await download(page, page.locator('[data-export-all="csv"]'));
    const rows = csvRows(csv.bytes);
    expect(rows[0]![0]).toBe('Nhóm số liệu');
    expect(rows).toHaveLength(total + 1);
    expect(rows.some((r) => r.includes('Tổng số xã nông thôn mới'))).toBe(true);
    await page.close();
  });
});

describe('hostile dataset text in exports', () => {
  it('stays text in the SVG and is guarded in the CSV', async () => {
    const page = await context.newPage();
    const payload = '=HYPERLINK("http://x") <script>window.__pwned=1</script>"><img src=x onerror=alert(1)>';
    await page.route('**/data/2023/trade.json', async (route) => {
      const d = JSON.parse(readFileSync('public/data/2023/trade.json', 'utf8'));
      for (const f of d.figures) f.label = { vi: `${payload} ${f.label.vi}`, en: `${payload} ${f.label.en}` };
      for (const f of d.figures) f.shortLabel = f.label;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(d) });
    });
    await page.goto(`${baseUrl()}?section=trade`);
    await waitForCharts(page);
    const svg = (await exportChart(page, 'trade-exports', 'svg')).bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        elements: [...doc.getElementsByTagName('*')]
          .map((e) => e.localName)
          .filter((n) => ['script', 'img', 'foreignObject'].includes(n)),
        handlers: [...doc.getElementsByTagName('*')].flatMap((e) =>
          [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
        ),
      };
    }, svg);
    expect(parsed).toEqual({ error: 0, elements: [], handlers: [] });
    const rows = csvRows((await exportChart(page, 'trade-exports', 'csv')).bytes);
    const labels = rows.slice(1).map((r) => r[0]!);
    expect(labels.some((l) => l.startsWith(`'=HYPERLINK`))).toBe(true);
    for (const l of labels) expect(l).not.toMatch(/^[=+\-@]/);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
