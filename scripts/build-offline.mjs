/**
 * `npm run build:offline` — the whole dashboard as one HTML file for laptops
 * without a network: script, styles and the eight datasets inside the file,
 * which works opened straight from disk (file://).
 *
 * Usage: tsx scripts/build-offline.mjs [output file]  (tsx: it reads the app's own TypeScript)
 * (default dist-offline/binh-phuoc-2023.html)
 *
 * Steps: build the app with vite.offline.config.ts (one script, no lazy
 * chunks: a file:// page cannot load its neighbours), then write one HTML
 * file with the script and stylesheet inlined and each dataset in a
 * `<script type="application/json" id="dataset-<id>">` (read and validated by
 * src/api/fetchDataset.ts). The page's Content-Security-Policy is replaced by
 * one that allows exactly the inlined script, by its SHA-256 hash, and no
 * network at all.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { DATASET_IDS } from '../src/data/ids.ts';
import { parseDatasetText } from '../src/data/parse.ts';
import { parseChartsText } from '../src/data/chartsFile.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'dist-offline', 'binh-phuoc-2023.html'));

const work = mkdtempSync(join(tmpdir(), 'offline-build-'));
try {
  await build({
    root,
    configFile: join(root, 'vite.offline.config.ts'),
    mode: 'offline',
    logLevel: 'warn',
    build: { outDir: work, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });

  let html = readFileSync(join(work, 'index.html'), 'utf8');
  const assets = readdirSync(join(work, 'assets'));
  const scripts = assets.filter((f) => f.endsWith('.js'));
  const styles = assets.filter((f) => f.endsWith('.css'));
  const others = assets.filter((f) => !f.endsWith('.js') && !f.endsWith('.css'));
  if (scripts.length !== 1 || styles.length > 1 || others.length > 0)
    throw new Error(`expected one script and at most one stylesheet, got ${assets.join(', ')}`);

  // Inside <script>…</script> the HTML parser ends the element at "</script" and treats "<!--"
  // specially; both are rewritten to JavaScript escapes that mean the same characters.
  const js = readFileSync(join(work, 'assets', scripts[0]), 'utf8')
    .replace(/<\/script/gi, '<\\/script')
    .replace(/<!--/g, '<\\!--');
  const css = styles.length ? readFileSync(join(work, 'assets', styles[0]), 'utf8') : '';
  if (/<\/style/i.test(css)) throw new Error('the stylesheet contains "</style"');

  const scriptTag = /<script type="module"[^>]*src="[^"]+"[^>]*><\/script>/;
  const styleTag = /<link rel="stylesheet"[^>]*href="[^"]+"[^>]*>/;
  const cspTag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/;
  for (const [name, re] of Object.entries({ scriptTag, styleTag, cspTag }))
    if (!re.test(html)) throw new Error(`index.html: no ${name} found`);

  const hash = createHash('sha256').update(js, 'utf8').digest('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    // As online: React and ECharts set inline style attributes.
    "style-src 'unsafe-inline'",
    // Chart images, exports and the printout are data: and blob: URLs made by the page itself.
    'img-src data: blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const datasets = DATASET_IDS.map((id) => {
    const file = `${id}.json`;
    // The page validates again when it reads them; refusing here keeps a broken copy from being handed out.
    const text = readFileSync(join(root, 'public', 'data', file), 'utf8');
    const parsed = parseDatasetText(file, text);
    if (!parsed.ok) throw new Error(parsed.reason);
    if (parsed.data.id !== id) throw new Error(`${file} holds dataset "${parsed.data.id}"`);
    const data = JSON.parse(text);
    // "<" only occurs inside JSON strings, where \u003c means the same: no "</script>" can end the tag.
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    return `<script type="application/json" id="dataset-${id}">${json}</script>`;
  });
  // The report's structure (charts, key figures, deck), read by src/api/fetchCharts.ts.
  const chartsText = readFileSync(join(root, 'public', 'data', 'charts.json'), 'utf8');
  const charts = parseChartsText('charts.json', chartsText);
  if (!charts.ok) throw new Error(charts.reason);
  if (charts.data.bad.length) throw new Error(charts.data.bad.map((b) => b.reason).join('\n'));
  datasets.push(
    `<script type="application/json" id="dataset-charts">${JSON.stringify(JSON.parse(chartsText)).replace(/</g, '\\u003c')}</script>`,
  );

  // Functions as replacements: "$" in the script or data must not be read as a pattern.
  html = html
    .replace(cspTag, () => `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace(styleTag, () => `<style>${css}</style>`)
    .replace(scriptTag, () => `<script type="module">${js}</script>`)
    .replace('</body>', () => `${datasets.join('\n')}\n</body>`);

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  const kb = (statSync(out).size / 1024).toFixed(0);
  console.log(`${relative(process.cwd(), out)}: ${kb} KB, one file (open it from disk, no network needed)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
