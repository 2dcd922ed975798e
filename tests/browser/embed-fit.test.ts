/**
 * Embeds as the Board's NukeViet site publishes them: a host page of another origin, with the
 * attributes CKEditor adds (sandbox, allow), the site's own CSP (frame-src), many frames off screen
 * and on, with embed.js (responsive snippet) and without it (fixed-height snippet, script stripped).
 * One browser and one page per case; the frames load in parallel.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedSnippet, responsiveSnippet } from '../../src/embed/snippet';
import { baseUrl, launchBrowser } from './helpers';
import { startHostServer, type HostPage } from './hosts/host-server';

interface ManifestEntry {
  id: string;
  height: number;
  heights: Record<'320' | '375' | '640' | '768', number>;
}

const manifest: ManifestEntry[] = JSON.parse(
  readFileSync(`${process.env.DIST_DIR ?? 'dist'}/embeds.json`, 'utf8'),
) as ManifestEntry[];

/** What CKEditor's iframe tool puts on a pasted iframe (the admin's editor settings may differ). */
const CKEDITOR_ATTRS =
  'sandbox="allow-scripts allow-same-origin allow-popups allow-forms" ' +
  'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" ' +
  'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen';

let browser: Browser;
let host: { server: Server; origin: string };
const pages = new Map<string, HostPage>();
const dashboardOrigin = () => new URL(baseUrl()).origin;

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer(pages);
});
afterAll(async () => {
  await browser?.close();
  host?.server.close();
});

interface Slot {
  key: string;
  html: string;
  width: number;
}

/** The site's article page: text between the embeds, its own CSP, and NukeViet's script filter applied. */
function articlePage(slots: Slot[], withScript: boolean): HostPage {
  const body = slots
    .map(
      (s) =>
        `<p>Đoạn văn trước biểu đồ.</p><div class="slot" data-slot="${s.key}" style="width:${s.width}px">${s.html}</div>`,
    )
    .join('\n');
  const script = withScript ? `<script src="${baseUrl()}embed.js" async></script>` : '';
  return {
    html: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Bài viết</title>
<style>body { font: 18px/1.6 Georgia, serif; margin: 0; padding: 16px; } .slot { margin: 16px 0; }</style>
</head><body><h1>Bài viết có biểu đồ</h1>${body}${script}</body></html>`,
    // A NukeViet site with CSP enabled: frames only from itself and the dashboard, scripts likewise.
    headers: {
      'Content-Security-Policy': `default-src 'self'; frame-src 'self' ${dashboardOrigin()}; script-src 'self' ${dashboardOrigin()}; style-src 'self' 'unsafe-inline'; img-src 'self' data:`,
    },
  };
}

/** The snippet as the editor's save leaves it: <script> removed, CKEditor's attributes added. */
const asPublished = (snippet: string) =>
  snippet.replace(/<script[^>]*><\/script>/g, '').replace('<iframe ', `<iframe ${CKEDITOR_ATTRS} `);

async function open(path: string, page: HostPage, viewport = { width: 1300, height: 900 }) {
  pages.set(path, page);
  const tab = await browser.newPage({ viewport });
  const errors: string[] = [];
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(`${host.origin}${path}`);
  return { tab, errors };
}

async function frameOf(page: Page, key: string): Promise<Frame> {
  const handle = await page.waitForSelector(`[data-slot="${key}"] iframe`, { state: 'attached' });
  for (let i = 0; i < 200; i++) {
    const f = await handle.contentFrame();
    if (f && f.url().startsWith(baseUrl())) return f;
    await page.waitForTimeout(100);
  }
  throw new Error(`${key}: the frame never loaded the embed`);
}

/** Inside a frame: what shows, whether anything scrolls, and where the chart and footer are. */
const inspect = (frame: Frame) =>
  frame
    .evaluate(() => {
      const d = document.documentElement;
      const rect = (e: Element | null) => (e ? e.getBoundingClientRect() : undefined);
      const box = document.querySelector<HTMLElement>('.echart');
      // The chart as drawn: the live canvas, or the built SVG that shows (the one of its width).
      const svg = [...document.querySelectorAll('.echart-ssr svg')].find(
        (e) => e.getBoundingClientRect().width > 0,
      );
      const canvas = rect(document.querySelector('.echart canvas') ?? svg ?? null);
      const cards = [...document.querySelectorAll('.figure-card')].map((c) => c.getBoundingClientRect());
      const footer = rect(document.querySelector('.embed-footer'));
      return {
        ready: Boolean(box?.querySelector('canvas') || svg || cards.length),
        vh: innerHeight,
        vw: innerWidth,
        verticalScroll: d.scrollHeight - d.clientHeight,
        horizontalScroll: d.scrollWidth - d.clientWidth,
        preferred: box ? Number(box.dataset.preferredHeight) : 0,
        chart: box ? box.getBoundingClientRect().height : 0,
        canvas: canvas && { top: canvas.top, bottom: canvas.bottom, left: canvas.left, right: canvas.right },
        cardsBottom: cards.length ? Math.max(...cards.map((c) => c.bottom)) : 0,
        footerBottom: footer?.bottom ?? 0,
      };
    })
    // A frame still navigating (a lazy one starting to load) has no page yet: not ready, look again.
    .catch((e: unknown) => {
      if (!/Execution context was destroyed/.test(String(e))) throw e;
      return { ...NOT_LOADED };
    });

const NOT_LOADED = {
  ready: false,
  vh: 0,
  vw: 0,
  verticalScroll: 0,
  horizontalScroll: 0,
  preferred: 0,
  chart: 0,
  canvas: undefined as { top: number; bottom: number; left: number; right: number } | undefined,
  cardsBottom: 0,
  footerBottom: 0,
};

type Inspection = Awaited<ReturnType<typeof inspect>>;

/** The chart (or the cards) and the footer inside the frame's box, and no scrollbar either way. */
function expectWhole(m: Inspection, label: string) {
  expect(m.verticalScroll, `${label}: vertical scroll`).toBeLessThanOrEqual(0);
  expect(m.horizontalScroll, `${label}: horizontal scroll`).toBeLessThanOrEqual(0);
  expect(m.footerBottom, `${label}: footer inside`).toBeLessThanOrEqual(m.vh + 0.5);
  if (m.preferred) {
    expect(m.canvas, `${label}: canvas`).toBeDefined();
    expect(m.canvas!.top, `${label}: canvas top`).toBeGreaterThanOrEqual(0);
    expect(m.canvas!.bottom, `${label}: canvas bottom`).toBeLessThanOrEqual(m.vh + 0.5);
    expect(m.canvas!.left, `${label}: canvas left`).toBeGreaterThanOrEqual(0);
    expect(m.canvas!.right, `${label}: canvas right`).toBeLessThanOrEqual(m.vw + 0.5);
  } else {
    expect(m.cardsBottom, `${label}: cards inside`).toBeLessThanOrEqual(m.vh + 0.5);
  }
}

/**
 * The frame is exactly as tall as its content: a chart at its preferred height (a taller frame
 * stretches it, a shorter one shrinks it), the footer at the bottom, nothing scrolls.
 */
function expectSizedToContent(m: Inspection, label: string) {
  expectWhole(m, label);
  if (m.preferred) expect(Math.abs(m.chart - m.preferred), `${label}: chart height`).toBeLessThanOrEqual(2);
  expect(Math.abs(m.footerBottom - m.vh), `${label}: space under the footer`).toBeLessThanOrEqual(2);
}

const WIDTHS = [320, 768] as const;

describe('fixed-height snippet, as NukeViet publishes it (no script, CKEditor attributes, CSP)', () => {
  it.each(WIDTHS)(
    'every id at the share control’s suggested height for %i px shows its chart whole, no scrollbar',
    async (width) => {
      const slots = manifest.map((e) => ({
        key: e.id,
        width,
        html: asPublished(
          fixedSnippet({ id: e.id, title: e.id, base: baseUrl(), lang: 'vi', height: e.heights[`${width}`] }),
        ),
      }));
      const { tab, errors } = await open(`/fixed-${width}.html`, articlePage(slots, false));
      // The frames are lazy: the reader scrolls through the article, and each loads on its way.
      for (const s of slots) await tab.$eval(`[data-slot="${s.key}"]`, (e) => e.scrollIntoView());
      const frames = await Promise.all(slots.map((s) => frameOf(tab, s.key)));
      for (const [i, s] of slots.entries()) {
        await tab.$eval(`[data-slot="${s.key}"]`, (e) => e.scrollIntoView({ block: 'center' }));
        await frames[i]!.waitForFunction(
          () => document.querySelector('.echart canvas, .echart-ssr svg, .figure-card') !== null,
          undefined,
          { timeout: 20_000 },
        );
        const m = await inspect(frames[i]!);
        expect(m.vh, `${s.key}: frame height`).toBe(manifest[i]!.heights[`${width}`]);
        expectWhole(m, `${s.key} @${width}`);
        // The suggestion is close to what the chart needs: it neither shrinks nor grows by much.
        if (m.preferred)
          expect(
            Math.abs(m.chart - m.preferred),
            `${s.key} @${width}: chart vs preferred`,
          ).toBeLessThanOrEqual(Math.max(40, m.preferred * 0.15));
      }
      expect(errors).toEqual([]);
      await tab.close();
    },
  );

  it('fits any reasonable box from 280 to 1200 px wide, and folds long notes behind a control', async () => {
    const boxes = [
      { id: 'overview-plan', width: 280, height: 900 },
      { id: 'trade-retail', width: 1200, height: 480 },
      { id: 'rankings-indices', width: 500, height: 600 },
      { id: 'investment-enterprises', width: 375, height: 1400 },
      // A height published before this change (embeds.json's old starting height).
      { id: 'digital-coverage', width: 640, height: 518 },
      { id: 'kpi-pci-rank', width: 280, height: 500 },
    ];
    const slots = boxes.map((b) => ({
      key: `${b.id}-${b.width}`,
      width: b.width,
      html: asPublished(
        fixedSnippet({ id: b.id, title: b.id, base: baseUrl(), lang: 'vi', height: b.height }),
      ),
    }));
    const { tab, errors } = await open('/boxes.html', articlePage(slots, false), {
      width: 1300,
      height: 5000,
    });
    for (const s of slots) {
      const frame = await frameOf(tab, s.key);
      await frame.waitForFunction(
        () => document.querySelector('.echart canvas, .echart-ssr svg, .figure-card') !== null,
      );
      const m = await inspect(frame);
      expectWhole(m, s.key);
      // Notes are folded: only their summary lines take room.
      expect(await frame.$$eval('.notes details[open], .figure-card details[open]', (d) => d.length)).toBe(0);
    }
    // Opening a note is the reader's choice: it shows, the chart gives up room first.
    const frame = await frameOf(tab, 'rankings-indices-500');
    const before = await inspect(frame);
    await frame.click('.notes summary');
    await frame.waitForFunction(() => document.querySelector('.notes details[open]'));
    const after = await inspect(frame);
    expect(after.chart).toBeLessThan(before.chart);
    expect(
      await frame.$eval('.notes details[open] li', (li) => li.getBoundingClientRect().height),
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await tab.close();
  });
});

describe('responsive snippet with embed.js on a long page', () => {
  it('sizes every frame before the reader scrolls, and the page never moves', async () => {
    // Every id at 320 and 768 px, as the share control gives them; every other one with CKEditor's
    // attributes, and every third one lazy, as snippets published before this change were.
    const slots = WIDTHS.flatMap((width) =>
      manifest.map((e, i) => {
        let html = responsiveSnippet({
          id: e.id,
          title: e.id,
          base: baseUrl(),
          lang: 'vi',
          height: e.heights[`${width}`],
        }).replace(/<script[^>]*><\/script>/, '');
        if (i % 2) html = html.replace('<iframe ', `<iframe ${CKEDITOR_ATTRS} `);
        if (i % 3 === 0) html = html.replace('<iframe ', '<iframe loading="lazy" ');
        return { key: `${e.id}-${width}`, width, html };
      }),
    );
    const { tab, errors } = await open('/long.html', articlePage(slots, true));
    const frames = await Promise.all(slots.map((s) => frameOf(tab, s.key)));
    const heights = () =>
      tab.$$eval('.slot iframe', (fs) => fs.map((f) => Math.round(f.getBoundingClientRect().height)));
    // Nothing scrolls yet: the reader is at the top of the article.
    let sized: boolean[] = [];
    for (let attempt = 0; attempt < 60; attempt++) {
      const inspections = await Promise.all(frames.map((f) => inspect(f)));
      sized = inspections.map(
        (m) =>
          m.ready &&
          m.verticalScroll <= 0 &&
          Math.abs(m.footerBottom - m.vh) <= 2 &&
          (!m.preferred || Math.abs(m.chart - m.preferred) <= 2),
      );
      if (sized.every(Boolean)) break;
      await tab.waitForTimeout(500);
    }
    expect(await tab.evaluate(() => scrollY)).toBe(0);
    expect(
      slots.filter((_, i) => !sized[i]).map((s) => s.key),
      'frames not sized before scrolling',
    ).toEqual([]);
    for (const [i, f] of frames.entries()) expectSizedToContent(await inspect(f), slots[i]!.key);

    // The reader scrolls down the article: no frame changes height on the way.
    const start = await heights();
    const total = await tab.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < total; y += 700) {
      await tab.evaluate((top) => scrollTo(0, top), y);
      await tab.waitForTimeout(60);
    }
    await tab.waitForTimeout(800);
    expect(await heights()).toEqual(start);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('answers embed.js when it starts late, after the frames have reported', async () => {
    const ids = ['trade-exports', 'overview-kpis', 'rankings-indices'];
    const slots = ids.map((id) => ({
      key: id,
      width: 360,
      html: asPublished(responsiveSnippet({ id, title: id, base: baseUrl(), lang: 'vi', height: 300 })),
    }));
    const { tab, errors } = await open('/late.html', articlePage(slots, false), { width: 1300, height: 600 });
    const frames = await Promise.all(slots.map((s) => frameOf(tab, s.key)));
    // Polling on a timer: off-screen cross-origin frames get no animation frames to poll on.
    await Promise.all(
      frames.map((f) =>
        f.waitForFunction(() => document.querySelector('.echart, .figure-card'), undefined, { polling: 100 }),
      ),
    );
    // The embeds' own reports are over (their last timer runs at 5 s), and nobody listened.
    await tab.waitForTimeout(5500);
    expect(await tab.$$eval('.slot iframe', (fs) => fs.map((f) => f.getBoundingClientRect().height))).toEqual(
      [300, 300, 300],
    );
    await tab.evaluate((src) => {
      const s = document.createElement('script');
      s.src = src;
      document.body.append(s);
    }, `${baseUrl()}embed.js`);
    await tab.waitForFunction(
      () =>
        [...document.querySelectorAll('.slot iframe')].every((f) => f.getBoundingClientRect().height !== 300),
      undefined,
      { timeout: 10_000 },
    );
    for (const [i, f] of frames.entries()) expectSizedToContent(await inspect(f), slots[i]!.key);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
