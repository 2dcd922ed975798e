/**
 * Pages built in advance: `tsx scripts/prerender.ts [built folder, default dist]`, the last step of
 * `npm run build`. For the catalogue's latest edition it writes every section of the dashboard in both
 * languages (index.html, trade.html, index.en.html, trade.en.html, … next to index.html), rendered by
 * the app's own components (src/app/prerender.tsx) with each chart drawn to SVG by ECharts'
 * server-side renderer, and with the data files the markup was made from, so the page's scripts take
 * it over without asking for them again. Each page links the stylesheets its markup needs, so it is
 * complete before any script runs, and readable with scripts off.
 *
 * Every embed (each chart and KPI of every edition in the catalogue, both languages) is a page of its
 * own too, embed/<edition>/<id>.html and <id>.en.html (see writeEmbeds below).
 *
 * The bare app shell index.html was (the heading only) is kept as shell.html: the page any other view
 * starts from, and the template of the pages written here. Run again on a built folder (after adding an
 * edition to it), it rebuilds the pages from that shell.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer } from 'vite';
import { CHUNK_GRAPH_FILE, type ChunkInfo } from './chunk-graph';
import { editionDir, readCatalogue, ROOT } from './data-files';
import { CHARTS_FILE } from '../src/data/chartsFile';
import { latestOf } from '../src/data/editionPick';
import { SECTIONS } from '../src/data/sections';
import { builtEmbedFile, builtPageFile, buildSearch } from '../src/data/url';
import { inlineDatasetId } from '../src/api/early';
import type { Catalogue } from '../src/data/editions';
import { embedIdsOf } from '../src/embed/catalog';
import type * as Render from '../src/app/prerender';
import type * as RenderEmbed from '../src/prerender/embed';

// React's production server renderer: no development checks or messages in the markup.
process.env.NODE_ENV = 'production';
const out = process.argv[2] ?? join(ROOT, 'dist');
const LANGS = ['vi', 'en'] as const;

/** The CSS files a chunk and everything it imports statically bring, in load order. */
function cssOf(graph: Record<string, ChunkInfo>, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const chunk = graph[file];
  if (!chunk) return [];
  return [...chunk.imports.flatMap((f) => cssOf(graph, f, seen)), ...chunk.css];
}

/**
 * Static imports of a chunk, itself first: an embed's takeover is small, and announced early it is in
 * before the entry asks for it (no waterfall of imports after the page has shown).
 */
function jsOf(graph: Record<string, ChunkInfo>, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  return [file, ...(graph[file]?.imports ?? []).flatMap((f) => jsOf(graph, f, seen))];
}

const chunkOf = (graph: Record<string, ChunkInfo>, module: string) => {
  const hit = Object.entries(graph).find(([, c]) => c.modules.includes(module));
  if (!hit) throw new Error(`${module} is in no chunk of ${out}`);
  return hit[0];
};

/** Text inside <script type="application/json">: "<" only occurs in JSON strings, where \\u003c reads the same. */
const jsonBlock = (path: string, text: string) =>
  `<script type="application/json" id="${inlineDatasetId(path)}">${JSON.stringify(JSON.parse(text)).replaceAll('<', '\\u003c')}</script>`;

const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * An embed's page: the shell with `<base href="../../">` first in its head, so every relative URL in
 * it (the shell's assets, data files, links) resolves at the site's folder as from index.html, wherever
 * the site is hosted; the stylesheets and script of the embed's takeover (src/embed/takeover.ts) in
 * place of the app's; and for a reader with scripts off, a style that shows the table the button
 * would have shown (the button does nothing then).
 */
function embedHtml(
  shell: string,
  head: string,
  page: { lang: string; title: string; description: string; markup: string; edition: string; search: string },
): string {
  const html = shell
    .replace(/<html lang="[^"]*">/, `<html lang="${page.lang}" class="embedded">`)
    .replace(/<head>/, '<head>\n    <base href="../../" />')
    .replace(/<title>[^<]*<\/title>/, `<title>${attr(page.title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"/,
      `<meta name="description" content="${attr(page.description)}"`,
    )
    .replace('</head>', `${head}</head>`)
    .replace(
      /<div id="root">[\s\S]*?<\/div>\s*<\/body>/,
      `<div id="root" class="embed" data-built="${attr(page.edition)}" data-search="${attr(page.search)}">${page.markup}</div></body>`,
    );
  if (!html.includes('data-built=') || !html.includes('<base '))
    throw new Error('shell.html cannot hold an embed');
  return html;
}

/**
 * With scripts off, nothing fits the page to its frame: it is laid out at its natural height (the chart
 * at its preferred height, as html.embed-natural does), and the frame scrolls if it must. The table the
 * button would have shown is under the chart, and the button, which would do nothing, is not shown.
 */
const NOSCRIPT =
  '<noscript><style>html.embedded,html.embedded body,html.embedded .embed{height:auto}' +
  'html .embed .chart-card>.embed-flex{flex:none;height:var(--flex-pref,auto);min-height:0}' +
  'html .embed .chart-card>.table-wrap[hidden]{display:block;height:auto}' +
  '.embed [data-embed-toggle]{display:none}</style></noscript>';

async function writeEmbeds(
  dir: string,
  shell: string,
  graph: Record<string, ChunkInfo>,
  catalogue: Catalogue,
  r: typeof Render,
  e: typeof RenderEmbed,
): Promise<string[]> {
  const takeover = chunkOf(graph, 'src/embed/takeover.ts');
  const entryCss = new Set(cssOf(graph, chunkOf(graph, 'src/main.ts')));
  const head =
    cssOf(graph, takeover)
      .filter((f) => !entryCss.has(f))
      .map((f) => `<link rel="stylesheet" crossorigin href="./${f}">`)
      .join('') +
    jsOf(graph, takeover)
      .map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`)
      .join('') +
    NOSCRIPT;
  const written: string[] = [];
  for (const edition of catalogue.editions) {
    const folder = editionDir(edition.id, join(dir, 'data'));
    const files = r.readEditionFiles((file) => readFileSync(join(folder, file), 'utf8'));
    for (const id of embedIdsOf(files.chartsFile))
      for (const lang of LANGS) {
        const page = await e.renderEmbed({ catalogue, edition, ...files, id, lang });
        const search = buildSearch({
          page: 'embed',
          embedId: id,
          section: 'overview',
          lang,
          theme: 'system',
          edition: edition.id,
        });
        const file = builtEmbedFile(edition.id, id, lang);
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(
          join(dir, file),
          embedHtml(shell, head, { ...page, lang, edition: edition.id, search }),
        );
        written.push(file);
      }
  }
  return written;
}

/**
 * The embed pages alone, for every edition of a built folder's catalogue: what a site needs after an
 * edition was added to its data (scripts/add-edition.ts) when its dashboard pages stay as they are.
 */
export async function prerenderEmbeds(dir: string): Promise<string[]> {
  const shell = readFileSync(join(dir, 'shell.html'), 'utf8');
  const graph = JSON.parse(readFileSync(join(dir, CHUNK_GRAPH_FILE), 'utf8')) as Record<string, ChunkInfo>;
  const vite = await createServer({
    root: ROOT,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  try {
    const r = (await vite.ssrLoadModule('/src/app/prerender.tsx')) as typeof Render;
    const e = (await vite.ssrLoadModule('/src/prerender/embed.tsx')) as typeof RenderEmbed;
    return await writeEmbeds(dir, shell, graph, readCatalogue(join(dir, 'data')), r, e);
  } finally {
    await vite.close();
  }
}

export async function prerender(dir: string): Promise<string[]> {
  const shellFile = join(dir, 'shell.html');
  if (!existsSync(shellFile)) copyFileSync(join(dir, 'index.html'), shellFile);
  const shell = readFileSync(shellFile, 'utf8');
  const graph = JSON.parse(readFileSync(join(dir, CHUNK_GRAPH_FILE), 'utf8')) as Record<string, ChunkInfo>;
  const appChunk = chunkOf(graph, 'src/app/main.tsx');
  const entryCss = new Set(cssOf(graph, chunkOf(graph, 'src/main.ts')));
  const css = cssOf(graph, appChunk).filter((f) => !entryCss.has(f));

  const dataDir = join(dir, 'data');
  const catalogue = readCatalogue(dataDir);
  const edition = latestOf(catalogue.editions);
  const editionFolder = editionDir(edition.id, dataDir);
  const read = (file: string) => readFileSync(join(editionFolder, file), 'utf8');

  const vite = await createServer({
    root: ROOT,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  const written: string[] = [];
  try {
    const r = (await vite.ssrLoadModule('/src/app/prerender.tsx')) as typeof Render;
    const e = (await vite.ssrLoadModule('/src/prerender/embed.tsx')) as typeof RenderEmbed;
    written.push(...(await writeEmbeds(dir, shell, graph, catalogue, r, e)));
    const files = r.readEditionFiles(read);
    for (const section of SECTIONS)
      for (const lang of LANGS) {
        const page = await r.renderDashboard({ catalogue, edition, ...files, section: section.id, lang });
        // Not the catalogue: the page asks the site's own, which may list an edition added since.
        const data = [
          jsonBlock(`${edition.id}/${CHARTS_FILE}`, read(CHARTS_FILE)),
          ...page.datasets.map((id) => jsonBlock(`${edition.id}/${id}.json`, read(`${id}.json`))),
        ];
        // The page's CSS inside it: painting waits for no other file. Each stylesheet is still named,
        // disabled (never fetched), so the app's code, which loads its CSS with it, finds it in place
        // and does not fetch it again. No scripts are preloaded: index.html also answers old embed
        // links (`?embed=`), which must not download the app's code.
        const head =
          css.map((f) => `<link rel="stylesheet" crossorigin href="./${f}" disabled>`).join('') +
          `<style>${[...entryCss, ...css].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n')}</style>`;
        const search = buildSearch({ page: 'dashboard', section: section.id, lang, theme: 'system' });
        const html = shell
          .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
          .replace(/<title>[^<]*<\/title>/, `<title>${attr(page.title)}</title>`)
          .replace(
            /<meta name="description" content="[^"]*"/,
            `<meta name="description" content="${attr(page.description)}"`,
          )
          .replace(/<link rel="stylesheet"([^>]*)>/g, '<link rel="stylesheet"$1 disabled>')
          .replace('</head>', `${head}</head>`)
          .replace(
            /<div id="root">[\s\S]*?<\/div>\s*<\/body>/,
            `<div id="root" data-built="${attr(edition.id)}" data-search="${attr(search)}">${page.markup}</div>${data.join('')}</body>`,
          );
        if (!html.includes('data-built=')) throw new Error('shell.html has no <div id="root"> to fill');
        const file = builtPageFile(section.id, lang);
        writeFileSync(join(dir, file), html);
        written.push(file);
      }
  } finally {
    await vite.close();
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = Date.now();
  const files = await prerender(out);
  const embeds = files.filter((f) => f.startsWith('embed/'));
  const pages = files.filter((f) => !f.startsWith('embed/'));
  console.log(
    `prerender: ${pages.length} pages and ${embeds.length} embed pages built in advance in ${Date.now() - t} ms ` +
      `(${pages.join(', ')})`,
  );
}
