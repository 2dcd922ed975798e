/**
 * Pages built in advance: `tsx scripts/prerender.ts [built folder, default dist]`, the last step of
 * `npm run build`. For the catalogue's latest edition it writes every section of the dashboard in both
 * languages (index.html, trade.html, index.en.html, trade.en.html, … next to index.html), rendered by
 * the app's own components (src/app/prerender.tsx) with each chart drawn to SVG by ECharts'
 * server-side renderer, and with the data files the markup was made from, so the page's scripts take
 * it over without asking for them again. Each page links the stylesheets its markup needs, so it is
 * complete before any script runs, and readable with scripts off.
 *
 * The bare app shell index.html was (the heading only) is kept as shell.html: the page any other view
 * starts from, and the template of the pages written here. Run again on a built folder (after adding an
 * edition to it), it rebuilds the pages from that shell.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { CHUNK_GRAPH_FILE, type ChunkInfo } from './chunk-graph';
import { editionDir, readCatalogue, ROOT } from './data-files';
import { CHARTS_FILE } from '../src/data/chartsFile';
import { latestOf } from '../src/data/editionPick';
import { SECTIONS } from '../src/data/sections';
import { builtPageFile, buildSearch } from '../src/data/url';
import { inlineDatasetId } from '../src/api/early';
import type * as Render from '../src/app/prerender';

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

const chunkOf = (graph: Record<string, ChunkInfo>, module: string) => {
  const hit = Object.entries(graph).find(([, c]) => c.modules.includes(module));
  if (!hit) throw new Error(`${module} is in no chunk of ${out}`);
  return hit[0];
};

/** Text inside <script type="application/json">: "<" only occurs in JSON strings, where \\u003c reads the same. */
const jsonBlock = (path: string, text: string) =>
  `<script type="application/json" id="${inlineDatasetId(path)}">${JSON.stringify(JSON.parse(text)).replaceAll('<', '\\u003c')}</script>`;

const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

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
  console.log(
    `prerender: ${files.length} pages built in advance in ${Date.now() - t} ms (${files.join(', ')})`,
  );
}
