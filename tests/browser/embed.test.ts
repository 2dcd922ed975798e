import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../src/data/sections';
import { baseUrl, launchBrowser, runAxe } from './helpers';
import { hostPageHtml, startHostServer, type HostEmbed } from './hosts/host-server';

interface ManifestEntry {
  edition: string;
  id: string;
  section: string;
  title: { vi: string; en: string };
  url: string;
  height: number;
  heights: Record<'320' | '375' | '640' | '768', number>;
}

let browser: Browser;
let host: { server: Server; origin: string };
const hostOrigin = () => host.origin;
const pages = new Map<string, string>();
const manifest: ManifestEntry[] = JSON.parse(
  readFileSync(`${process.env.DIST_DIR ?? 'dist'}/embeds.json`, 'utf8'),
) as ManifestEntry[];

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer(pages);
});
afterAll(async () => {
  await browser?.close();
  host?.server.close();
});

async function openHost(
  path: string,
  embeds: HostEmbed[],
  opts: { extraBody?: string; blockStorage?: boolean; viewport?: { width: number; height: number } } = {},
) {
  pages.set(path, hostPageHtml(baseUrl(), embeds, opts.extraBody));
  const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1300, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  if (opts.blockStorage)
    // Runs in every frame before its scripts: storage and cookies throw, as with blocked third-party storage.
    await page.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: blocked });
      Object.defineProperty(window, 'sessionStorage', { get: blocked });
      Object.defineProperty(document, 'cookie', { get: blocked, set: blocked });
    });
  await page.goto(`${host.origin}${path}`);
  return { page, errors };
}

const frameOf = async (page: Page, id: string): Promise<Frame> => {
  const handle = await page.waitForSelector(`[data-slot="${id}"] iframe`);
  return (await handle.contentFrame())!;
};

/** Waits until the embed has drawn (or shown its cards) and its iframe height has settled on its content. */
async function settled(page: Page, id: string) {
  await page.$eval(`[data-slot="${id}"]`, (s) => s.scrollIntoView());
  const frame = await frameOf(page, id);
  await frame.waitForFunction(
    () =>
      document.querySelector('.figure-card') ||
      [...document.querySelectorAll('canvas')].some((c) => c.width > 0) ||
      [...document.querySelectorAll('.echart-ssr svg')].some((s) => s.getBoundingClientRect().width > 0) ||
      document.querySelector('table:not([hidden] table)'),
    undefined,
    { timeout: 20_000 },
  );
  // The frame is on another origin: read its content height from inside, the iframe's from the host.
  let previous = -1;
  for (let i = 0; i < 100; i++) {
    const content = await frame.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.echart:not([hidden])');
      const footer = document.querySelector('.embed-footer')?.getBoundingClientRect().bottom ?? 0;
      return Math.ceil(
        box
          ? innerHeight - (box.getBoundingClientRect().height - Number(box.dataset.preferredHeight))
          : footer + scrollY,
      );
    });
    const outer = await page.$eval(`[data-slot="${id}"] iframe`, (f) => f.getBoundingClientRect().height);
    if (Math.abs(outer - content) <= 2 && content === previous) return frame;
    previous = content;
    await page.waitForTimeout(150);
  }
  throw new Error(`${id}: iframe height never settled on its content`);
}

async function measure(page: Page, frame: Frame, id: string) {
  const iframeHeight = await page.$eval(
    `[data-slot="${id}"] iframe`,
    (f) => f.getBoundingClientRect().height,
  );
  const inner = await frame.evaluate(() => {
    const d = document.documentElement;
    const canvases = [...document.querySelectorAll('canvas')];
    let ink = 0;
    for (const c of canvases) {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      for (let i = 3; i < data.length; i += 16) if (data[i]! > 0) ink++;
    }
    // The built chart, until (unless) the live one draws: its data items that show.
    const items = [...document.querySelectorAll('.echart-ssr [ecmeta_data_index]')].filter(
      (e) => e.getBoundingClientRect().width > 0,
    ).length;
    // The page fills its frame (the chart takes what is left), so the body is as tall as the frame by
    // construction. The content's own height is the frame's, less what the chart was stretched (or
    // squeezed) from its preferred height, or, without a chart, the bottom of the footer.
    const box = document.querySelector<HTMLElement>('.echart:not([hidden])');
    const footer = document.querySelector('.embed-footer')?.getBoundingClientRect().bottom ?? 0;
    const content = box
      ? innerHeight - (box.getBoundingClientRect().height - Number(box.dataset.preferredHeight))
      : footer + scrollY;
    return {
      content: Math.ceil(content),
      verticalScroll: d.scrollHeight - d.clientHeight,
      horizontalScroll: d.scrollWidth - d.clientWidth,
      canvases: canvases.length,
      ink,
      items,
      cards: document.querySelectorAll('.figure-card').length,
    };
  });
  return { iframeHeight, ...inner };
}

const EMBEDS: HostEmbed[] = [
  { id: 'trade-exports', width: 320 },
  { id: 'rankings-indices', width: 768 },
  { id: 'digital-coverage', width: 280 },
  { id: 'investment-enterprises', width: 1200 },
  { id: 'overview-kpis', width: 600 },
];

describe('embeds on a host page (published snippet)', () => {
  it('each iframe takes its content height: no scrollbars, chart drawn, host untouched', async () => {
    const { page, errors } = await openHost('/article.html', EMBEDS, {
      viewport: { width: 1300, height: 5000 },
    });
    await frameOf(page, 'overview-kpis');
    await page.waitForTimeout(2000);
    // The embed neither scrolls, focuses nor navigates the host.
    expect(await page.evaluate(() => [scrollX, scrollY, location.pathname])).toEqual([0, 0, '/article.html']);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    for (const e of EMBEDS) {
      const frame = await settled(page, e.id);
      const m = await measure(page, frame, e.id);
      expect(Math.abs(m.iframeHeight - m.content), `${e.id} height`).toBeLessThanOrEqual(2);
      expect(m.verticalScroll, `${e.id} vertical scroll`).toBeLessThanOrEqual(0);
      expect(m.horizontalScroll, `${e.id} horizontal scroll`).toBeLessThanOrEqual(0);
      if (e.id === 'overview-kpis') expect(m.cards).toBe(8);
      else expect(m.ink > 100 || m.items > 0, `${e.id} drawn`).toBe(true);
    }
    // Host styles do not reach in…
    const frame = await frameOf(page, 'trade-exports');
    const h1 = await frame.$eval('h1', (h) => [getComputedStyle(h).color, getComputedStyle(h).fontSize]);
    expect(h1[0]).not.toBe('rgb(255, 0, 0)');
    expect(h1[1]).not.toBe('40px');
    // …and the embed's styles do not leak out.
    expect(await page.$eval('#host-text', (p) => getComputedStyle(p).fontFamily)).toContain('Georgia');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a width change of the host page and a language switch', async () => {
    const { page, errors } = await openHost('/resize.html', [{ id: 'rankings-indices', width: 900 }]);
    let frame = await settled(page, 'rankings-indices');
    const wide = await measure(page, frame, 'rankings-indices');
    await page.$eval('[data-slot="rankings-indices"]', (s) => ((s as HTMLElement).style.width = '300px'));
    await page.waitForTimeout(300);
    frame = await settled(page, 'rankings-indices');
    const narrow = await measure(page, frame, 'rankings-indices');
    expect(narrow.content).toBeGreaterThan(wide.content);
    expect(Math.abs(narrow.iframeHeight - narrow.content)).toBeLessThanOrEqual(2);
    expect(narrow.horizontalScroll).toBeLessThanOrEqual(0);
    expect(narrow.ink > 100 || narrow.items > 0).toBe(true);

    const before = await frame.$eval('h1', (h) => h.textContent);
    // A link to the page built in English: it replaces the frame's page (no entry in the host's history).
    const history = await page.evaluate(() => window.history.length);
    await frame.click('.embed-footer a[lang="en"]');
    await frame.waitForFunction(() => document.documentElement.lang === 'en');
    frame = await settled(page, 'rankings-indices');
    expect(frame.url()).toContain('embed/2023/rankings-indices.en.html');
    expect(await page.evaluate(() => window.history.length)).toBe(history);
    const after = await measure(page, frame, 'rankings-indices');
    expect(await frame.$eval('h1', (h) => h.textContent)).not.toBe(before);
    expect(Math.abs(after.iframeHeight - after.content)).toBeLessThanOrEqual(2);

    // The table view changes the height too, and the host follows.
    await frame.click('button[aria-pressed]');
    await frame.waitForSelector('table');
    frame = await settled(page, 'rankings-indices');
    const table = await measure(page, frame, 'rankings-indices');
    expect(Math.abs(table.iframeHeight - table.content)).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works in a sandboxed iframe with storage and cookies blocked', async () => {
    const embeds = [
      { id: 'trade-retail', width: 360, sandbox: true },
      { id: 'kpi-pci-rank', width: 320, sandbox: true },
    ];
    const { page, errors } = await openHost('/sandbox.html', embeds, { blockStorage: true });
    for (const e of embeds) {
      const frame = await settled(page, e.id);
      expect(
        await frame.evaluate(() =>
          (() => {
            try {
              return localStorage.length;
            } catch {
              return 'blocked';
            }
          })(),
        ),
      ).toBe('blocked');
      const m = await measure(page, frame, e.id);
      expect(m.verticalScroll).toBeLessThanOrEqual(0);
      expect(m.ink + m.items + m.cards).toBeGreaterThan(0);
    }
    // The dashboard link opens a new tab with no opener.
    const link = await (
      await frameOf(page, 'trade-retail')
    ).$eval('.embed-footer a', (a) => [
      (a as HTMLAnchorElement).target,
      (a as HTMLAnchorElement).rel,
      (a as HTMLAnchorElement).href,
    ]);
    expect(link[0]).toBe('_blank');
    expect(link[1]).toContain('noopener');
    expect(link[2]).toContain('section=trade');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the share control', () => {
  it('gives a snippet that works when pasted into an article', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl()}?section=trade&lang=en`);
    const card = await page.waitForSelector('[data-chart-id="trade-exports"] .share-embed');
    await card.$eval('summary', (s) => (s as HTMLElement).click());
    // The snippets show once the height estimate has loaded (on opening).
    await card.waitForSelector('textarea');
    const codes = await card.$$eval('textarea', (t) => t.map((x) => (x as HTMLTextAreaElement).value));
    expect(codes).toHaveLength(2);
    const [responsive, fixed] = codes as [string, string];
    // The snippet pins the edition the dashboard shows: the embed's page built for it.
    expect(responsive).toContain(`src="${baseUrl()}embed/2023/trade-exports.en.html"`);
    expect(responsive).toContain(`<script src="${baseUrl()}embed.js" async></script>`);
    expect(fixed).toMatch(/^<iframe [^>]*height="\d+"[^>]*><\/iframe>$/);
    // The default choice suits every width from 320 px: the tallest height embeds.json suggests. The
    // share control estimates it in the browser for the page's language, embeds.json at build time
    // (Vietnamese): the same estimate, so in Vietnamese they agree.
    const inVietnamese = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await inVietnamese.goto(`${baseUrl()}?section=trade`);
    const viCard = await inVietnamese.waitForSelector('[data-chart-id="trade-exports"] .share-embed');
    await viCard.$eval('summary', (s) => (s as HTMLElement).click());
    await viCard.waitForSelector('textarea');
    const viFixed = await viCard.$$eval('textarea', (t) => (t[1] as HTMLTextAreaElement).value);
    const entry = manifest.find((e) => e.id === 'trade-exports')!;
    expect(viFixed).toContain(`height="${entry.height}"`);
    await viCard.$eval('select', (s) => {
      (s as HTMLSelectElement).value = 'wide';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await inVietnamese.waitForFunction(
      (h) => document.querySelectorAll('.share-embed textarea')[1]?.textContent?.includes(`height="${h}"`),
      Math.max(entry.heights['640'], entry.heights['768']),
    );
    await inVietnamese.close();
    await page.close();

    pages.set(
      '/pasted.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pasted</title></head><body><div data-slot="trade-exports" style="width:340px">${responsive}</div></body></html>`,
    );
    const host = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await host.goto(`${hostOrigin()}/pasted.html`);
    const frame = await settled(host, 'trade-exports');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    const m = await measure(host, frame, 'trade-exports');
    expect(m.ink > 100 || m.items > 0).toBe(true);
    expect(m.verticalScroll).toBeLessThanOrEqual(0);
    await host.close();
  });
});

describe('embed.js', () => {
  it('ignores resize messages from other origins and from windows that are not its iframes', async () => {
    // A same-origin-as-host frame and the host itself send forged messages; so does a dashboard-origin
    // window that is not one of the embeds (an iframe without the data attribute).
    const forged = `
<iframe id="stranger" srcdoc="<script>parent.postMessage({type:'dashboard:resize',id:'x',height:1234},'*')</script>"></iframe>
<iframe id="unlisted" src="${baseUrl()}?embed=trade-exports" style="width:300px;height:200px;border:0"></iframe>`;
    const { page } = await openHost('/forged.html', [{ id: 'trade-exports', width: 320 }], {
      extraBody: forged,
    });
    await settled(page, 'trade-exports');
    const height = () =>
      page.$eval('[data-slot="trade-exports"] iframe', (f) => f.getBoundingClientRect().height);
    const real = await height();
    await page.evaluate(() =>
      window.postMessage({ type: 'dashboard:resize', id: 'trade-exports', height: 1777 }, '*'),
    );
    await page.waitForTimeout(300);
    expect(await height()).toBe(real);
    expect(await page.$eval('#stranger', (f) => f.clientHeight)).toBe(150);
    // The unlisted dashboard frame reports its height too, but embed.js only sizes marked iframes.
    await page.waitForTimeout(1500);
    expect(await page.$eval('#unlisted', (f) => f.clientHeight)).toBe(200);
    expect(await height()).toBe(real);
    await page.close();
  });

  it('is under 1 KB gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    const body = Buffer.from(await (await fetch(`${baseUrl()}embed.js`)).arrayBuffer());
    expect(body.length).toBeGreaterThan(100);
    expect(gzipSync(body).length).toBeLessThan(1024);
  });
});

describe('embeds.json', () => {
  it('lists every chart and the KPI cards with both titles, section and a relative URL', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(20);
    for (const e of manifest) {
      // Every embed's address names its edition: a later report never changes an article's chart.
      expect(e.url).toBe(`./embed/${e.edition}/${e.id}.html`);
      expect(e.title.vi.length).toBeGreaterThan(3);
      expect(e.title.en.length).toBeGreaterThan(3);
      expect(e.section).toMatch(/^[a-z0-9]+$/);
    }
    expect(manifest.map((e) => e.id)).toContain('overview-kpis');
  });

  it.each([320, 768])('every id renders in an iframe at %i px with no scrollbar', async (width) => {
    const embeds = manifest.map((e) => ({ id: e.id, width }));
    const { page, errors } = await openHost(`/all-${width}.html`, embeds);
    for (const e of embeds) {
      const frame = await settled(page, e.id);
      const m = await measure(page, frame, e.id);
      expect(m.verticalScroll, `${e.id}`).toBeLessThanOrEqual(0);
      expect(m.horizontalScroll, `${e.id}`).toBeLessThanOrEqual(0);
      expect(Math.abs(m.iframeHeight - m.content), `${e.id}`).toBeLessThanOrEqual(2);
      expect(m.ink + m.items + m.cards, `${e.id} shows nothing`).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('an embed page alone', () => {
  it('loads its built page, the stylesheets and the takeover: no data, no chart code, no React', async () => {
    // In an article column of 375 px, sized by embed.js: the size its SVG was built for.
    pages.set(
      '/alone.html',
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Alone</title></head><body style="margin:0"><div data-slot="trade-exports" style="width:375px"><iframe src="${baseUrl()}embed/2023/trade-exports.html" title="trade-exports" data-dashboard-embed style="width:100%;height:400px;border:0"></iframe></div><script src="${baseUrl()}embed.js" async></script></body></html>`,
    );
    const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const scripts: string[] = [];
    const data: string[] = [];
    page.on('response', async (r) => {
      const url = r.url();
      if (url.endsWith('.js')) scripts.push(`${url}\n${await r.text()}`);
      if (url.includes('/data/')) data.push(url.split('/data/')[1]!);
    });
    await page.goto(`${hostOrigin()}/alone.html`);
    await settled(page, 'trade-exports');
    await page.waitForTimeout(1000);
    // Its figures, table and chart are in the page: nothing to fetch while the SVG stands in.
    expect(data).toEqual([]);
    const all = scripts.join('\n');
    expect(all).not.toContain('react.dev/errors');
    const names = scripts.map((s) => s.split('\n')[0]!.split('/').pop()!);
    expect(names.filter((n) => /^(echarts-base|core|bar|kinds|live)-/.test(n))).toEqual([]);
    for (const other of SECTION_IDS.filter((s) => s !== 'trade'))
      expect(
        names.filter((n) => n.startsWith(`${other}-`)),
        other,
      ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['trade-exports.html', 'overview-kpis.en.html', 'rankings-indices.en.html'])(
    'embed/2023/%s passes axe',
    async (file) => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await page.goto(`${baseUrl()}embed/2023/${file}`);
      await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    },
  );

  it('says so when the id is unknown, in the page language', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}?embed=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=en`);
    const alert = await page.waitForSelector('[role="alert"]');
    expect(await alert.textContent()).toContain('There is no chart “<img src=x onerror=alert(1)>”');
    expect(await page.$('img')).toBeNull();
    await page.close();
  });
});
