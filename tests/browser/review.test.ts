/**
 * ?review in Chromium: the shipped report loaded from a file, every proposal
 * highlighted, keyboard and axe, and an accepted figure downloaded as a file
 * the dashboard's parser accepts. Nothing of the dashboard (datasets, charts) loads.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/data/parse';
import { baseUrl, launchBrowser, openPage, runAxe } from './helpers';

const REPORT = join(import.meta.dirname, '..', '..', 'public', 'data', '2023', '000_4b609c8d49b7797c.txt');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('?review', () => {
  it.each([
    ['vi', '?review', 'Duyệt số liệu nháp từ bài viết'],
    ['en', '?review&lang=en', 'Review draft figures from an article'],
  ])('%s: loads a report, highlights every proposal, no axe violation', async (_lang, query, heading) => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${baseUrl()}${query}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
    await page.setInputFiles('#review-file', REPORT);
    await page.waitForSelector('.review-proposal');
    const proposals = await page.locator('.review-proposal').count();
    expect(proposals).toBeGreaterThanOrEqual(60);
    expect(await page.locator('.review-mark').count()).toBe(proposals);
    expect(await runAxe(page)).toEqual([]);
    // Only the page's own code: no dataset, no chart code.
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => /\/data\/|echarts|\.json/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('accepts a figure from the keyboard and downloads a file that parses', async () => {
    const { page, errors } = await openPage(browser, '?review&lang=en');
    await page.setInputFiles('#review-file', REPORT);
    await page.waitForSelector('.review-proposal');
    await page.fill('#meta-publisherVi', 'Ban Dân vận Tỉnh ủy Bình Phước');
    await page.fill(
      '#meta-publisherEn',
      "Binh Phuoc Provincial Party Committee's Mass Mobilization Commission",
    );
    // The exports figure: reach it from its highlight in the article.
    const mark = page.locator('.review-mark', { hasText: '4 tỷ 180 triệu USD' });
    const key = (await mark.getAttribute('href'))!.slice(1);
    await page.fill(`#${key}-en`, 'Export turnover');
    await page.locator(`#${key} button`, { hasText: 'Accept' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#${key} .review-status`).textContent()).toBe('Accepted');
    await page.locator('button', { hasText: 'Check and make the files' }).click();
    const link = page.locator('.review-export a[download]');
    await expect.poll(() => link.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const parsed = parseDatasetText(download.suggestedFilename(), Buffer.concat(chunks).toString('utf8'));
    expect(download.suggestedFilename()).toBe('trade.json');
    expect(parsed.ok && parsed.data.figures.map((f) => [f.value, f.unit, f.label.en])).toEqual([
      [4180, 'million-usd', 'Export turnover'],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
