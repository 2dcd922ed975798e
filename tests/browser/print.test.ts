/**
 * Printing (issue 6): Chromium's own PDF printing of the printable report
 * (`?print`, what Ctrl+P prints) and of a dashboard page printed from the
 * browser's menu. Checked in the PDF itself (see ./pdf.ts): every chart is an
 * image drawn once, whole, inside one page — a chart split by a page break
 * would be drawn on two pages or past a page's edge — and sections start on
 * new pages. Controls are checked in print media: none may have a box.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_IDS, type SectionId } from '../../src/data/sections';
import { CHART_IDS } from '../shipped';
import { PRINT_CHART_WIDTH, PRINT_SCALE } from '../../src/features/export/print/constants';
import { baseUrl, launchBrowser, waitForCharts } from './helpers';
import { readPdf, type PdfPage } from './pdf';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const ALL_CHARTS = SECTION_IDS.flatMap((s) => CHART_IDS[s].map((id) => ({ id, section: s })));
const MM = 72 / 25.4;

async function openReport(lang: 'vi' | 'en') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${baseUrl()}?print${lang === 'en' ? '&lang=en' : ''}`);
  await page.locator('.print-report[data-print-ready="true"]').waitFor({ timeout: 45_000 });
  return { page, errors };
}

/** Elements a reader could click or type into, and navigation, that have a box in the current media. */
function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, select, input, textarea, summary, nav, [role="group"], a.button, .chart-actions, .share-embed, .report-tools, .print-toolbar',
      ),
    ]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map(
        (el) => `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').trim().slice(0, 30)}”`,
      ),
  );
}

/** Every image in the PDF drawn exactly once, inside the page (no split), in page order. */
function placedImages(pages: PdfPage[]) {
  const seen = new Map<number, number[]>();
  const placed: Array<{ page: number; height: number; width: number; widthPt: number }> = [];
  pages.forEach((p, i) => {
    const [x0, y0, x1, y1] = p.mediaBox;
    for (const im of p.images) {
      seen.set(im.obj, [...(seen.get(im.obj) ?? []), i]);
      const [bx0, by0, bx1, by1] = im.box;
      expect(bx0, `image ${im.obj} on page ${i + 1} runs off the left edge`).toBeGreaterThanOrEqual(x0 - 0.5);
      expect(by0, `image ${im.obj} on page ${i + 1} runs off the bottom edge`).toBeGreaterThanOrEqual(
        y0 - 0.5,
      );
      expect(bx1, `image ${im.obj} on page ${i + 1} runs off the right edge`).toBeLessThanOrEqual(x1 + 0.5);
      expect(by1, `image ${im.obj} on page ${i + 1} runs off the top edge`).toBeLessThanOrEqual(y1 + 0.5);
      placed.push({ page: i, height: im.height, width: im.width, widthPt: bx1 - bx0 });
    }
  });
  for (const [obj, on] of seen)
    expect(on, `image ${obj} is drawn on pages ${on.map((p) => p + 1)}`).toHaveLength(1);
  return placed;
}

describe('the printable report (?print, what Ctrl+P prints)', () => {
  it.each(['vi', 'en'] as const)(
    'has no visible controls in print media, only the report (%s)',
    async (lang) => {
      const { page, errors } = await openReport(lang);
      // On screen the print view has its own print button and a way back.
      expect(await visibleControls(page)).not.toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await visibleControls(page)).toEqual([]);
      expect(await page.locator('#root').isVisible()).toBe(false);
      const sections = await page
        .locator('.print-section')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.printSection));
      expect(sections).toEqual([...SECTION_IDS]);
      const charts = await page.locator('[data-print-chart] img').evaluateAll((imgs) =>
        imgs.map((i) => ({
          id: (i.closest('[data-print-chart]') as HTMLElement).dataset.printChart,
          w: (i as HTMLImageElement).naturalWidth,
          alt: (i as HTMLImageElement).alt,
        })),
      );
      expect(charts.map((c) => c.id)).toEqual(ALL_CHARTS.map((c) => c.id));
      for (const c of charts) {
        expect(c.w).toBe(PRINT_CHART_WIDTH * PRINT_SCALE);
        expect(c.alt.length).toBeGreaterThan(10);
      }
      // Every figure of every section, with its source sentence.
      expect(await page.locator('.print-figures blockquote').count()).toBeGreaterThan(60);
      expect(await page.locator('.print-cover h1').textContent()).toBe(
        lang === 'vi'
          ? 'Bình Phước 2023: kết quả kinh tế – xã hội'
          : 'Binh Phuoc 2023: socio-economic results',
      );
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each([
    ['portrait', false],
    ['landscape', true],
  ] as const)(
    'A4 %s: no chart split across pages, a new page per section, charts legible',
    async (_n, landscape) => {
      const { page } = await openReport('vi');
      const heights = await page
        .locator('[data-print-chart] img')
        .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalHeight));
      const pdf = await page.pdf({ format: 'A4', landscape, printBackground: true });
      const pages = readPdf(pdf);
      const placed = placedImages(pages);
      // The PDF's images are the charts, in order (matched by their pixel heights).
      expect(placed.map((p) => p.height)).toEqual(heights);
      expect(placed).toHaveLength(ALL_CHARTS.length);
      // No page holds charts of two sections; sections follow each other page by page.
      const sectionOf = placed.map((p, i) => ({
        page: p.page,
        section: ALL_CHARTS[i]!.section as SectionId,
      }));
      for (let i = 1; i < sectionOf.length; i++)
        if (sectionOf[i]!.section !== sectionOf[i - 1]!.section)
          expect(sectionOf[i]!.page, `${sectionOf[i]!.section} starts on its own page`).toBeGreaterThan(
            sectionOf[i - 1]!.page,
          );
      // The cover stands alone; then at least one page per section.
      expect(pages[0]!.images).toEqual([]);
      expect(pages.length).toBeGreaterThanOrEqual(1 + SECTION_IDS.length);
      // Chart text (14 px in a chart PRINT_CHART_WIDTH px wide) prints at 8 pt or more.
      for (const p of placed) expect((p.widthPt / PRINT_CHART_WIDTH) * 14).toBeGreaterThanOrEqual(8);
      const [, , w] = pages[0]!.mediaBox;
      expect(Math.round(w / MM)).toBe(landscape ? 297 : 210);
      await page.close();
    },
  );

  it('the check above does catch a split chart', async () => {
    // A control for the method: with the print rules undone and charts taller than a page, charts split.
    const { page } = await openReport('vi');
    await page.addStyleTag({
      content:
        '.print-chart { break-inside: auto !important } .print-chart img { max-height: none !important; height: 320mm !important; object-fit: fill !important }',
    });
    const pages = readPdf(await page.pdf({ format: 'A4' }));
    expect(() => placedImages(pages)).toThrow(/drawn on pages|runs off/);
    await page.close();
  });
});

describe('Ctrl+P on a dashboard page', () => {
  it('builds the whole report first, then opens the print dialog, and leaves the page as it was', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl()}?section=trade`);
    await waitForCharts(page);
    const before = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().width);
    // Headless Chromium has no print dialog: record the call and what the report held at that moment.
    await page.evaluate(() => {
      const w = window as unknown as { printed: unknown[] };
      w.printed = [];
      window.print = () => {
        const imgs = [...document.querySelectorAll<HTMLImageElement>('#print-root [data-print-chart] img')];
        w.printed.push({
          ready: document.querySelector<HTMLElement>('#print-root .print-report')?.dataset.printReady,
          images: imgs.length,
          decoded: imgs.every((i) => i.complete && i.naturalWidth > 0),
        });
      };
    });
    await page.keyboard.press('Control+P');
    await page.locator('.print-status').waitFor();
    // While the report is built off screen, the dashboard keeps its layout.
    expect(await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().width)).toBe(
      before,
    );
    await page.waitForFunction(() => (window as unknown as { printed: unknown[] }).printed.length > 0, null, {
      timeout: 45_000,
    });
    expect(await page.evaluate(() => (window as unknown as { printed: unknown[] }).printed)).toEqual([
      { ready: 'true', images: ALL_CHARTS.length, decoded: true },
    ]);
    // What the browser prints then: the report, not the dashboard.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await page.locator('#print-root .print-report').isVisible()).toBe(true);
    expect(await visibleControls(page)).toEqual([]);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => page.locator('#print-root').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a dashboard page printed from the browser menu', () => {
  it('prints the section cleanly: no controls, charts as sharp whole images', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl()}?section=investment`);
    await waitForCharts(page);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleControls(page)).toEqual([]);
    await page.evaluate(() =>
      window.addEventListener('beforeprint', () => {
        const notes = [...document.querySelectorAll<HTMLDetailsElement>('.notes details')];
        (window as unknown as { printedNotes: string }).printedNotes = notes
          .filter((d) => d.open)
          .map((d) => d.textContent ?? '')
          .join('\n');
      }),
    );
    const readWidths = () =>
      page
        .locator('.echart canvas')
        .evaluateAll((cs) => cs.map((c) => parseFloat((c as HTMLCanvasElement).style.width)));
    // Print media narrows the page; each chart follows on its next resize callback, so read the widths
    // once two readings agree (on a busy machine the last chart could still be at its screen width).
    let widths = await readWidths();
    await expect
      .poll(
        async () => {
          const next = await readWidths();
          const settled = JSON.stringify(next) === JSON.stringify(widths);
          widths = next;
          return settled;
        },
        { interval: 250, timeout: 10_000 },
      )
      .toBe(true);
    // Chromium's printing fires beforeprint and afterprint, as a print from the menu does.
    const placed = placedImages(readPdf(await page.pdf({ format: 'A4' })));
    expect(placed).toHaveLength(CHART_IDS.investment.length);
    // Each chart printed from a PNG of three pixels per CSS pixel, not from the screen's canvas.
    expect(placed.map((p) => p.width)).toEqual(widths.map((w) => Math.round(w * 3)));
    // The notes were printed with their content: read at the moment of printing, after the page's own
    // beforeprint handlers (a listener added now runs after theirs).
    expect(await page.evaluate(() => (window as unknown as { printedNotes: string }).printedNotes)).toContain(
      'Huy động vốn đầu tư toàn xã hội ước thực hiện',
    );
    // And the page is back as it was.
    expect(await page.locator('.print-swap').count()).toBe(0);
    expect(await page.locator('.echart.print-swapped').count()).toBe(0);
    await page.close();
  });
});
