/**
 * The presentation deck (?present) in Chromium: keys and clicker keys, deep links, the URL, black
 * screen, full screen, leaving, kiosk mode, swipes, readable sizes at 1024×768 and 1920×1080, a drawn
 * chart on every chart slide, accessibility and console errors.
 *
 * Canvas text cannot be measured in the DOM, so each page records the font of every fillText and
 * strokeText call (an init script wraps the two canvas methods): the check covers the text ECharts
 * actually drew, at the size it drew it, not the option it was given.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../shipped';
import type { Datasets } from '../../src/charts/model';
import { projectorPalette } from '../../src/charts/palettes';
import { DATASET_IDS } from '../../src/data/schema';
import { buildSlides, firstSlideOf as firstOf } from '../../src/features/present/slides';
import { CHARTS_FILE } from '../shipped';

const SLIDES = buildSlides(CHARTS_FILE);
const SLIDE_COUNT = SLIDES.length;
const firstSlideOf = (s: Parameters<typeof firstOf>[1]) => firstOf(SLIDES, s);
import { loadRaw } from '../unit/fixtures';
import { baseUrl, launchBrowser, runAxe } from './helpers';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const data: Datasets = Object.fromEntries(DATASET_IDS.map((id) => [id, loadRaw(id)]));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const XGA = { width: 1024, height: 768 };
const FULL_HD = { width: 1920, height: 1080 };

declare global {
  interface Window {
    __canvasFonts: number[];
  }
}

/** Records the pixel size of every font the page draws canvas text with. */
function recordCanvasFonts() {
  window.__canvasFonts = [];
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['fillText', 'strokeText'] as const) {
    const original = proto[name];
    proto[name] = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof original>) {
      const px = /(\d+(?:\.\d+)?)px/.exec(this.font);
      window.__canvasFonts.push(px ? Number(px[1]) : 0);
      return original.apply(this, args);
    };
  }
}

async function openDeck(query: string, viewport = XGA, opts: { hasTouch?: boolean } = {}) {
  const context = await browser.newContext({ viewport, hasTouch: opts.hasTouch ?? false });
  const page = await context.newPage();
  await page.addInitScript(recordCanvasFonts);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl()}?present${query}`);
  await page.locator('.slide[data-slide]').waitFor();
  return { page, errors, close: () => context.close() };
}

const slideNo = (page: Page) => page.locator('.slide').getAttribute('data-slide').then(Number);
const urlSlide = (page: Page) => Number(new URL(page.url()).searchParams.get('slide'));

async function expectSlide(page: Page, n: number) {
  await page.waitForFunction(
    (want) => document.querySelector('.slide')?.getAttribute('data-slide') === String(want),
    n,
  );
  expect(await slideNo(page)).toBe(n);
  expect(urlSlide(page)).toBe(n);
}

/** Waits for the current chart slide's canvas to have ink; returns the share of inked pixels. */
async function chartInk(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.slide [data-chart-id] canvas');
    if (!canvas || canvas.width === 0) return false;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 3; i < data.length; i += 16) if (data[i]! > 0) ink++;
    const share = ink / (data.length / 16);
    return share > 0.01 ? share : false;
  });
  return (await handle.jsonValue()) as number;
}

/** Sizes and fit of what is on screen now. */
function measure(page: Page) {
  return page.evaluate(() => {
    const deck = document.querySelector('.deck')!;
    const walker = document.createTreeWalker(deck, NodeFilter.SHOW_TEXT);
    let minText = Infinity;
    let smallest = '';
    const outside: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < minText) [minText, smallest] = [size, node.textContent.trim().slice(0, 40)];
      // Visually hidden text is clipped on purpose; everything else must be inside the window.
      if (el.closest('.visually-hidden')) continue;
      const r = document.createRange();
      r.selectNodeContents(node);
      const box = r.getBoundingClientRect();
      if (box.left < -0.5 || box.top < -0.5 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5)
        outside.push(node.textContent.trim().slice(0, 40));
    }
    const overflowing = [...document.querySelectorAll<HTMLElement>('.slide, .slide-body, .deck-bar')]
      .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.className);
    const headline = document.querySelector('.slide-headline')!;
    return {
      minText,
      smallest,
      outside,
      overflowing,
      headline: parseFloat(getComputedStyle(headline).fontSize),
      headlineText: headline.textContent,
      canvases: document.querySelectorAll('.deck canvas').length,
      canvasFonts: window.__canvasFonts.splice(0),
    };
  });
}

describe('driving the deck', () => {
  it('moves with every next/previous key, clicker keys, Home, End and a typed number; the URL follows without adding history', async () => {
    const { page, errors, close } = await openDeck('');
    await expectSlide(page, 1);
    const entries = await page.evaluate(() => history.length);
    const steps: Array<[string, number]> = [
      ['PageDown', 2],
      ['ArrowRight', 3],
      ['Space', 4],
      ['Enter', 5],
      ['ArrowDown', 6],
      ['PageUp', 5],
      ['ArrowLeft', 4],
      ['Backspace', 3],
      ['ArrowUp', 2],
      ['End', SLIDE_COUNT],
      ['PageDown', SLIDE_COUNT],
      ['Home', 1],
      ['PageUp', 1],
    ];
    for (const [key, n] of steps) {
      await page.keyboard.press(key);
      await expectSlide(page, n);
    }
    await page.keyboard.type('12');
    await expect.poll(() => page.locator('.deck-goto').textContent()).toContain('12');
    await page.keyboard.press('Enter');
    await expectSlide(page, 12);
    expect(await page.locator('.deck-goto').count()).toBe(0);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(page.url()).toMatch(/\?present&slide=12$/);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens slide N from a link, in either language, and a reload returns to it', async () => {
    const n = firstSlideOf('trade');
    const spec = SLIDES[n - 1]!;
    const def = CHARTS.find((c) => spec.kind === 'chart' && c.id === spec.chartId)!;
    for (const lang of ['vi', 'en'] as const) {
      const { page, errors, close } = await openDeck(`&slide=${n}${lang === 'en' ? '&lang=en' : ''}`);
      await expectSlide(page, n);
      const title = def.build(data, { locale: lang, palette: projectorPalette(1) }).title;
      expect(await page.locator('.slide-headline').textContent()).toBe(title);
      expect(await page.locator('.deck-counter').textContent()).toContain(`${n} / ${SLIDE_COUNT}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await page.keyboard.press('PageDown');
      await expectSlide(page, n + 1);
      await page.reload();
      await expectSlide(page, n + 1);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('B and "." black the screen out; any key brings the same slide back', async () => {
    const { page, errors, close } = await openDeck('&slide=6');
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      const covered = await page.evaluate(() => {
        const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        return el?.classList.contains('deck-blank') && getComputedStyle(el).backgroundColor;
      });
      expect(covered).toBe('rgb(0, 0, 0)');
      await page.keyboard.press(key === 'b' ? 'x' : 'PageDown');
      await expect.poll(() => page.locator('.deck-blank').count()).toBe(0);
      await expectSlide(page, 6);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('F toggles full screen', async () => {
    const { page, errors, close } = await openDeck('&slide=3');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
    await page.keyboard.press('F');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await expectSlide(page, 3);
    expect(errors).toEqual([]);
    await close();
  });

  it('Esc leaves for the dashboard on the section of the slide; the dashboard’s Present link comes back', async () => {
    const n = firstSlideOf('trade') + 1;
    const { page, errors, close } = await openDeck(`&slide=${n}&lang=en`);
    await page.keyboard.press('Escape');
    await page.waitForURL(/\?section=trade&lang=en$/);
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Trade');
    const link = page.getByRole('link', { name: 'Present' });
    expect(await link.getAttribute('href')).toBe('./?present&section=trade&lang=en');
    await link.click();
    await page.waitForURL(/\?present/);
    await page.locator('.slide[data-slide]').waitFor();
    await expectSlide(page, firstSlideOf('trade'));
    expect(errors).toEqual([]);
    await close();
  });

  it('shows previous/next buttons while the mouse moves, hides them when it rests, and they work', async () => {
    const { page, errors, close } = await openDeck('&slide=4');
    const next = page.getByRole('button', { name: 'Trang sau' });
    await page.mouse.move(500, 400);
    await page.mouse.move(520, 410);
    await expect.poll(() => next.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await next.click();
    await expectSlide(page, 5);
    await page.getByRole('button', { name: 'Trang trước' }).click();
    await expectSlide(page, 4);
    // Still mouse: the buttons fade after 2.5 s.
    await expect.poll(() => next.evaluate((el) => getComputedStyle(el).opacity), { timeout: 6000 }).toBe('0');
    // A clicked button keeps no focus, so the clicker's Space still means "next".
    await page.keyboard.press('Space');
    await expectSlide(page, 5);
    expect(errors).toEqual([]);
    await close();
  });

  it('turns the slide with a swipe on a touch screen', async () => {
    const { page, errors, close } = await openDeck('&slide=8', XGA, { hasTouch: true });
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: number, to: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y: 400 }] });
      for (let i = 1; i <= 5; i++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: from + ((to - from) * i) / 5, y: 400 }],
        });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(800, 300);
    await expectSlide(page, 9);
    await swipe(300, 800);
    await expectSlide(page, 8);
    // A short vertical drag is not a swipe.
    await swipe(500, 520);
    await expectSlide(page, 8);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('kiosk mode', () => {
  it('advances every S seconds, loops, shows the time left, pauses on P or any interaction and resumes on P', async () => {
    const { page, errors, close } = await openDeck(`&slide=${SLIDE_COUNT - 1}&auto=1&lang=en`);
    expect(await page.locator('.kiosk').textContent()).toMatch(/Next slide in 1 s/);
    await expectSlide(page, SLIDE_COUNT);
    await expectSlide(page, 1);
    expect(new URL(page.url()).searchParams.get('auto')).toBe('1');

    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.kiosk').textContent()).toContain('paused');
    const paused = await slideNo(page);
    await page.waitForTimeout(2500);
    expect(await slideNo(page)).toBe(paused);

    await page.keyboard.press('P');
    await expectSlide(page, paused + 1);

    // Any other key takes over: it acts, and the kiosk stops.
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, paused);
    await expect.poll(() => page.locator('.kiosk').textContent()).toContain('paused');
    await page.waitForTimeout(2000);
    expect(await slideNo(page)).toBe(paused);

    // So does a click on the slide.
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.kiosk').textContent()).toContain('Next slide in');
    await page.mouse.click(400, 300);
    await expect.poll(() => page.locator('.kiosk').textContent()).toContain('paused');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('readable from the back of the room', () => {
  it.each([
    ['vi', XGA],
    ['en', XGA],
    ['vi', FULL_HD],
    ['en', FULL_HD],
  ] as const)(
    '%s at %o: every slide fits, text ≥ 18 px (charts included) and headline ≥ 32 px, in proportion; every chart slide draws its chart',
    { timeout: 120_000 },
    async (lang, viewport) => {
      // Sizes are designed at 1024×768 and grow with the shorter side of the screen.
      const unit = Math.min(viewport.width / 1024, viewport.height / 768);
      const { page, errors, close } = await openDeck(`&slide=1&lang=${lang}`, viewport);
      const problems: string[] = [];
      for (let n = 1; n <= SLIDE_COUNT; n++) {
        if (n > 1) await page.keyboard.press('PageDown');
        await expectSlide(page, n);
        const spec = SLIDES[n - 1]!;
        if (spec.kind === 'chart') {
          const ink = await chartInk(page);
          expect(ink, `slide ${n} (${spec.chartId}) is blank`).toBeGreaterThan(0.01);
        } else {
          await page.waitForFunction(() => !document.querySelector('.slide [aria-busy="true"]'));
        }
        // One frame more, so the canvas text of this slide has been drawn.
        await page.evaluate(() => new Promise(requestAnimationFrame));
        const m = await measure(page);
        if (m.minText < 18 * unit - 0.5) problems.push(`slide ${n}: text "${m.smallest}" at ${m.minText}px`);
        if (m.headline < 32 * unit - 0.5) problems.push(`slide ${n}: headline at ${m.headline}px`);
        if (m.outside.length) problems.push(`slide ${n}: outside the window: ${m.outside.join(' | ')}`);
        if (m.overflowing.length) problems.push(`slide ${n}: overflowing ${m.overflowing.join(', ')}`);
        // Only the slide on screen holds a chart: the previous one was disposed.
        expect(m.canvases, `slide ${n}`).toBe(spec.kind === 'chart' ? 1 : 0);
        if (spec.kind === 'chart') {
          expect(m.canvasFonts.length, `slide ${n} drew no text`).toBeGreaterThan(0);
          const min = Math.min(...m.canvasFonts);
          if (min < 18 * unit - 0.5) problems.push(`slide ${n}: chart text at ${min}px`);
        }
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it.each([1, 2, firstSlideOf('trade'), firstSlideOf('rankings'), SLIDE_COUNT])(
    'slide %i has no axe violation and text contrast of at least 7:1',
    async (n) => {
      const { page, errors, close } = await openDeck(`&slide=${n}`);
      if (SLIDES[n - 1]!.kind === 'chart') await chartInk(page);
      else await page.waitForFunction(() => !document.querySelector('.slide [aria-busy="true"]'));
      expect(await runAxe(page)).toEqual([]);
      await page.evaluate(axeSource);
      const enhanced = await page.evaluate(async () => {
        // @ts-expect-error injected global
        const result = await window.axe.run(document, { runOnly: ['color-contrast-enhanced'] });
        return (result.violations as Array<{ nodes: Array<{ target: string[] }> }>).flatMap((v) =>
          v.nodes.map((x) => x.target.join(' ')),
        );
      });
      expect(enhanced).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );
});

describe('loading', () => {
  it('the dashboard never downloads the deck; ?present does', async () => {
    const load = async (query: string) => {
      const page = await browser.newPage({ viewport: XGA });
      const urls: string[] = [];
      page.on('request', (r) => urls.push(r.url()));
      await page.goto(`${baseUrl()}${query}`);
      await page.waitForLoadState('networkidle');
      await page.close();
      return urls.filter((u) => /\/Deck-[^/]*\.js$/.test(u));
    };
    expect(await load('?section=overview')).toEqual([]);
    expect(await load('?present')).toHaveLength(1);
  });
});
