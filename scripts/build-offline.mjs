/**
 * `npm run build:offline` — the whole dashboard as one HTML file for laptops
 * without a network: script, styles, the catalogue of editions and every
 * edition's datasets and charts.json inside the file, which works opened
 * straight from disk (file://).
 *
 * Usage: tsx scripts/build-offline.mjs [output file] [data folder]  (tsx: it reads the app's own TypeScript)
 * (default dist-offline/binh-phuoc-2023.html and public/data)
 *
 * Steps: build the app with vite.offline.config.ts (one script, no lazy
 * chunks: a file:// page cannot load its neighbours), then write one HTML
 * file with the script and stylesheet inlined and each data file in a
 * `<script type="application/json" id="dataset-<path under data/ without .json>">`:
 * `dataset-editions` for the catalogue, `dataset-2023/trade` and
 * `dataset-2023/charts` for an edition's files (read and validated by
 * src/api/fetchDataset.ts, fetchEditions.ts and fetchCharts.ts). Every file is
 * validated here too, with the app's parsers, and the build stops on one that
 * does not fit. The page's Content-Security-Policy is replaced by one that
 * allows exactly the inlined script, by its SHA-256 hash, and no network at all.
 *
 * A data folder other than public/data changes the data only: the first-paint
 * heading of index.html still names the latest edition of public/data until
 * the app has chosen its edition.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { DATASET_IDS } from '../src/data/ids.ts';
import { parseDatasetText } from '../src/data/parse.ts';
import { parseChartsText } from '../src/data/chartsFile.ts';
import { EDITIONS_FILE, parseCatalogueText } from '../src/data/editions.ts';
import { inlineDatasetId } from '../src/api/fetchDataset.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'dist-offline', 'binh-phuoc-2023.html'));
const dataDir = resolve(process.argv[3] ?? join(root, 'public', 'data'));

/**
 * One data file as the page reads it: validated with the app's parser (`check` returns what is wrong, if
 * anything), then inlined under the id the app looks for. "<" only occurs inside JSON strings, where
 * \u003c means the same: no "</script>" can end the tag.
 */
function inline(path, check) {
  const text = readFileSync(join(dataDir, path), 'utf8');
  const problem = check(path, text);
  if (problem) throw new Error(problem);
  const json = JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${inlineDatasetId(path)}">${json}</script>`;
}

// Every data file is read and validated before the build: a broken file stops it at once.
// The catalogue first: the page chooses its edition from it, then reads that edition's files.
const catalogue = parseCatalogueText(EDITIONS_FILE, readFileSync(join(dataDir, EDITIONS_FILE), 'utf8'));
if (!catalogue.ok) throw new Error(catalogue.reason);
const datasets = [inline(EDITIONS_FILE, (path, text) => parseCatalogueText(path, text).reason)];
// Every edition listed, not only the one a bare address opens: links name the others, and an
// indicator is followed across all of them.
for (const edition of catalogue.data.editions) {
  for (const id of DATASET_IDS)
    datasets.push(
      // The page validates again when it reads them; refusing here keeps a broken copy from being handed out.
      inline(`${edition.id}/${id}.json`, (path, text) => {
        const parsed = parseDatasetText(path, text);
        if (!parsed.ok) return parsed.reason;
        if (parsed.data.id !== id) return `${path} holds dataset "${parsed.data.id}"`;
      }),
    );
  // The edition's structure (charts, key figures, deck), read by src/api/fetchCharts.ts.
  datasets.push(
    inline(`${edition.id}/charts.json`, (path, text) => {
      const charts = parseChartsText(path, text);
      if (!charts.ok) return charts.reason;
      if (charts.data.bad.length) return charts.data.bad.map((b) => b.reason).join('\n');
    }),
  );
}

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

  // Functions as replacements: "$" in the script or data must not be read as a pattern.
  html = html
    .replace(cspTag, () => `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace(styleTag, () => `<style>${css}</style>`)
    .replace(scriptTag, () => `<script type="module">${js}</script>`)
    .replace('</body>', () => `${datasets.join('\n')}\n</body>`);

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  const kb = (statSync(out).size / 1024).toFixed(0);
  const editions = catalogue.data.editions.map((e) => e.id).join(', ');
  console.log(
    `${relative(process.cwd(), out)}: ${kb} KB, one file with edition(s) ${editions} (open it from disk, no network needed)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
