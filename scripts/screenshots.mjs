/** node scripts/screenshots.mjs [query…] — PNGs of the built app at four sizes, into tests/browser/out. */
import { mkdir } from 'node:fs/promises';
import { startServer } from './serve.mjs';
import { launch } from '../tests/browser/browser.mjs';

const SIZES = [
  [390, 844],
  [1024, 768],
  [1366, 768],
  [1920, 1080],
];
const queries = process.argv.slice(2).length ? process.argv.slice(2) : ['section=overview'];
await mkdir('tests/browser/out', { recursive: true });
const server = await startServer('dist', 0, '/some/sub/path/');
const base = `http://127.0.0.1:${server.address().port}/some/sub/path/`;
const browser = await launch();
for (const q of queries)
  for (const [width, height] of SIZES) {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
    await page.goto(`${base}?${q}`);
    await page.waitForTimeout(1500);
    const file = `tests/browser/out/${q.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await page.close();
  }
await browser.close();
server.close();
