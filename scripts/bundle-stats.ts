/**
 * Gzip sizes of what each kind of page downloads, read from a built folder
 * (default dist/) and its chunk graph (.vite/chunk-graph.json, written by the
 * chunkGraph plugin in vite.config.ts) — no browser.
 * Used by `npm run budget` (CI) and `npm run bench` (which cross-checks these
 * figures against real transfers in Chromium).
 *
 * Pages are built in advance (scripts/prerender.ts): index.html carries the
 * overview's markup, its charts as SVG and the data files it was made from.
 * So the figures are read from the built HTML itself:
 *
 * - critical path: what must arrive before the overview's numbers and charts
 *   show — the built index.html and the stylesheets it links (render-blocking).
 *   Its scripts are module scripts, deferred: they block nothing.
 * - overview interactive (information, no limit): the critical path plus every
 *   JS file the overview runs to take the page over and draw its live charts —
 *   the entry, the modulepreloads, the app's static imports, the chart
 *   definitions, the EChart component, the ECharts core and the parts its
 *   options use — and any data file not carried in the page.
 * - embed, one per id of embeds.json, from its page built in advance
 *   (embed/<edition>/<id>.html, src/data/url.ts builtEmbedFile):
 *   visible = that HTML + its stylesheets; interactive = + every JS file it
 *   loads (entry, modulepreloads and their static imports, the embed's code, its
 *   section's chart definitions, ECharts core and parts) and any data file not
 *   carried in the page. Without built embeds in the folder, an embed is
 *   `index.html?embed=<id>` (what the server sends for it), which shows nothing
 *   before its chart code has drawn: visible = interactive, and `built` is false.
 *
 * Sizes are gzip level 9 of each file on its own (one request each); 1 kB = 1000 bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { datasetsForPage, inlineDatasetId } from '../src/api/early';
import * as kinds from '../src/charts/kinds';
import { partsFor, type PartName } from '../src/charts/echarts/loader';
import type { Datasets } from '../src/charts/model';
import { PALETTES } from '../src/charts/palettes';
import { chartDefsOf, declsOf } from '../src/charts/registry';
import { editionDir, readCatalogue, readChartsFile, readDatasets } from './data-files';
import type { DatasetId } from '../src/data/schema';
import { builtEmbedFile } from '../src/data/url';
import { resolveEmbed } from '../src/embed/catalog';
import { CHUNK_GRAPH_FILE, type ChunkInfo } from './chunk-graph';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface Group {
  files: FileSize[];
  raw: number;
  gzip: number;
}

export interface EmbedSize {
  id: string;
  parts: PartName[];
  /** The page the figures are of: its built file, or index.html?embed=<id> without one. */
  page: string;
  /** Whether the embed was built in advance (its chart readable before any script runs). */
  built: boolean;
  /** HTML + render-blocking CSS (without a built page: everything, as nothing shows before the JS). */
  visible: Group;
  /** Everything until the live chart is drawn: visible + JS + data files not carried in the page. */
  interactive: Group;
  /** Of interactive: the data files fetched. */
  data: Group;
}

export interface BundleStats {
  dir: string;
  /** Built index.html + the stylesheets it links: the overview's numbers and charts, readable. */
  critical: Group;
  /** Critical path + every JS file the overview runs until its live charts are drawn + data fetched. */
  interactive: Group & { parts: PartName[]; data: Group };
  embeds: EmbedSize[];
  /** Whether every embed of the measured edition has a page built in advance. */
  embedsBuilt: boolean;
  /** Every .js file of the build, each gzipped alone. */
  allJs: Group;
  /** The chunk holding the ECharts core: when it arrives, chart code has arrived. */
  echartsCoreFile: string;
}

/** Limits in bytes (gzip), issue 17's targets for pages built in advance. */
export const BUDGETS = {
  /** Built index.html + its stylesheets: the overview's numbers and charts before any script. */
  critical: 100_000,
  /** One embed's chart readable: its built HTML + stylesheets. */
  embedVisible: 60_000,
  /** One embed taken over by its script, live chart drawn: HTML, CSS, every JS file and data fetched. */
  embedInteractive: 200_000,
  /** Every JS file of the build together: catches a dependency pulled in whole (e.g. all of echarts). */
  allJs: 420_000,
};

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

// ---- pure helpers (tests/unit/bundle-stats.test.ts) --------------------------------------------

/** What a built page links, as paths from the site's root. */
export interface HtmlAssets {
  /** `<link rel="stylesheet">` not limited to print: they block rendering. */
  stylesheets: string[];
  /** `<script src>`: in these pages module scripts, which never block rendering. */
  scripts: string[];
  /** `<link rel="modulepreload">`: fetched at once, run when imported. */
  modulepreloads: string[];
  /** Ids of the data files the page carries (`<script type="application/json" id="dataset-…">`). */
  inlineData: string[];
}

const attrsOf = (tag: string): Record<string, string> =>
  Object.fromEntries(
    [...tag.matchAll(/([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)]
      .slice(1) // the tag's own name
      .map((m) => [m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']),
  );

/**
 * The files a built page links, resolved as the browser does: against its `<base href>` when it has
 * one (built embeds: `../../`), else against the page's own folder. Links to other origins are left out.
 * Only tags are read: the page's JSON escapes "<" and its markup's text is HTML-escaped, so no tag
 * hides in text.
 */
export function htmlAssets(html: string, pageFile: string): HtmlAssets {
  const site = 'http://site/';
  const pageUrl = new URL(pageFile, site);
  const baseHref = [...html.matchAll(/<base\b[^>]*>/gi)].map((m) => attrsOf(m[0]).href)[0];
  const base = baseHref === undefined ? pageUrl : new URL(baseHref, pageUrl);
  const local = (href: string | undefined): string[] => {
    if (!href) return [];
    const u = new URL(href, base);
    return u.origin === new URL(site).origin ? [decodeURIComponent(u.pathname.slice(1))] : [];
  };
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => attrsOf(m[0]));
  const rel = (a: Record<string, string>) => (a.rel ?? '').toLowerCase().split(/\s+/);
  const scriptTags = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attrsOf(m[0]));
  return {
    stylesheets: links
      .filter((a) => rel(a).includes('stylesheet') && a.media !== 'print' && !('disabled' in a))
      .flatMap((a) => local(a.href)),
    scripts: scriptTags.flatMap((a) => local(a.src)),
    modulepreloads: links.filter((a) => rel(a).includes('modulepreload')).flatMap((a) => local(a.href)),
    inlineData: scriptTags
      .filter((a) => a.type === 'application/json' && a.id?.startsWith('dataset-'))
      .map((a) => a.id!),
  };
}

/** A chunk's file, everything it imports statically (transitively), and their CSS. */
export function staticClosure(graph: Record<string, ChunkInfo>, file: string): string[] {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    // A script outside the chunk graph (one from public/) imports nothing the build knows of.
    for (const i of graph[f]?.imports ?? []) visit(i);
  };
  visit(file);
  return [...seen].flatMap((f) => [f, ...(graph[f]?.css ?? [])]);
}

/**
 * What a built embed's script imports on demand to draw its live chart: of the chunks its own code
 * (src/embed/…, not the entry, which imports every page's code on demand) imports dynamically, the
 * closures that bring every one of `drawing` — a chart's definitions (the registry) and ECharts (the
 * loader). Others, e.g. the indicator series across editions, load only when the page has a place for them.
 */
export function drawCodeOnDemand(
  graph: Record<string, ChunkInfo>,
  files: string[],
  drawing: string[],
): string[] {
  return files
    .filter((f) => !graph[f]?.isEntry && graph[f]?.modules.some((m) => m.startsWith('src/embed/')))
    .flatMap((f) => graph[f]!.dynamicImports)
    .map((d) => staticClosure(graph, d))
    .filter((c) => drawing.every((f) => c.includes(f)))
    .flat();
}

/** The data files (paths under the site) a page must fetch: those it names and does not carry. */
export function dataToFetch(paths: string[], inline: string[]): string[] {
  const carried = new Set(inline);
  return paths.filter((p) => !carried.has(inlineDatasetId(p.replace(/^data\//, ''))));
}

/** A failed limit, in words that name the figure, the limit and what to look at. */
export function budgetFailures(stats: BundleStats, limits = BUDGETS): string[] {
  const failures: string[] = [];
  const biggest = (g: Group, n = 5) =>
    [...g.files]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, n)
      .map((f) => `    ${f.file} ${kB(f.gzip)}`)
      .join('\n');
  if (stats.critical.gzip > limits.critical)
    failures.push(
      `critical path ${kB(stats.critical.gzip)} > ${kB(limits.critical)}: the built index.html and its ` +
        `stylesheets grew. Files:\n${biggest(stats.critical)}`,
    );
  const unbuilt = stats.embeds.filter((e) => !e.built);
  if (unbuilt.length) {
    const worst = [...unbuilt].sort((a, b) => b.visible.gzip - a.visible.gzip)[0]!;
    failures.push(
      `${unbuilt.length} of ${stats.embeds.length} embeds are not built in advance in ${stats.dir}/ ` +
        `(e.g. no embed/<edition>/${worst.id}.html): such an embed shows nothing before all its code has ` +
        `run, so it is visible only with its whole load, index.html?embed=<id>, up to ${kB(worst.visible.gzip)} ` +
        `(${worst.id}) against the ${kB(limits.embedVisible)} limit: not met until the embeds are built in advance`,
    );
  }
  // One failure per figure, naming every embed over it and the largest files of the heaviest.
  const over = (figure: 'visible' | 'interactive', limit: number) => {
    // An embed not built in advance is reported once above, not again as visible.
    const list = stats.embeds
      .filter((e) => e[figure].gzip > limit && (figure === 'interactive' || e.built))
      .sort((a, b) => b[figure].gzip - a[figure].gzip);
    if (list.length)
      failures.push(
        `embed ${figure} > ${kB(limit)} for ${list.length} of ${stats.embeds.length}: ` +
          `${list.map((e) => `${e.id} ${kB(e[figure].gzip)}`).join(', ')}. ` +
          `Largest files of ${list[0]!.page}:\n${biggest(list[0]![figure])}`,
      );
  };
  over('visible', limits.embedVisible);
  over('interactive', limits.embedInteractive);
  if (stats.allJs.gzip > limits.allJs)
    failures.push(
      `all JS ${kB(stats.allJs.gzip)} > ${kB(limits.allJs)}. Largest files:\n${biggest(stats.allJs)}`,
    );
  return failures;
}

/** The heaviest and the lightest embed, by what it takes to be interactive. */
export function embedExtremes(stats: BundleStats): { heaviest: EmbedSize; lightest: EmbedSize } {
  const sorted = [...stats.embeds].sort((a, b) => b.interactive.gzip - a.interactive.gzip);
  return { heaviest: sorted[0]!, lightest: sorted[sorted.length - 1]! };
}

// ---- reading a built folder --------------------------------------------------------------------

export function bundleStats(dir = 'dist'): BundleStats {
  const graphFile = join(dir, CHUNK_GRAPH_FILE);
  if (!existsSync(graphFile))
    throw new Error(`${graphFile} is missing: build with the chunkGraph plugin (vite.config.ts)`);
  const graph = JSON.parse(readFileSync(graphFile, 'utf8')) as Record<string, ChunkInfo>;

  const sizes = new Map<string, FileSize>();
  const size = (file: string): FileSize => {
    let s = sizes.get(file);
    if (!s) {
      const body = readFileSync(join(dir, file));
      s = { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
      sizes.set(file, s);
    }
    return s;
  };
  const group = (files: Iterable<string>): Group => {
    const list = [...new Set(files)].sort().map(size);
    return {
      files: list,
      raw: list.reduce((a, f) => a + f.raw, 0),
      gzip: list.reduce((a, f) => a + f.gzip, 0),
    };
  };

  /** The chunk that holds a source module. */
  const chunkOf = (module: string): string => {
    const file = Object.keys(graph).find((f) => graph[f]!.modules.includes(module));
    if (!file) throw new Error(`${graphFile}: no chunk holds ${module}`);
    return file;
  };
  const closure = (module: string) => staticClosure(graph, chunkOf(module));
  /** A page's own scripts and preloads with their static imports (and the CSS those import). */
  const linkedJs = (a: HtmlAssets) =>
    [...a.scripts, ...a.modulepreloads].flatMap((f) => staticClosure(graph, f));
  const readPage = (file: string) => htmlAssets(readFileSync(join(dir, file), 'utf8'), file);

  // Chart options are built from the datasets in this build, to know which ECharts parts each uses.
  // The 2023 report: the edition the budget has always measured.
  const edition = readCatalogue(join(dir, 'data')).linksWithoutEdition;
  const data: Datasets = readDatasets(editionDir(edition, join(dir, 'data')));
  const file = readChartsFile(editionDir(edition, join(dir, 'data')));
  const defs = chartDefsOf(file, kinds);
  const partsOf = (chartId: string): PartName[] => {
    const def = defs.find((c) => c.id === chartId);
    if (!def) throw new Error(`no chart definition for ${chartId}`);
    return partsFor(def.build(data, { locale: 'vi', palette: PALETTES.light }).option);
  };
  // What drawing any live chart takes: the chart kinds (through the registry), the ECharts loader, core
  // and the parts this chart's option uses (not every part the loader could import).
  const chartCode = (parts: Iterable<PartName>) => [
    ...closure('src/charts/registry.ts'),
    ...closure('src/charts/echarts/loader.ts'),
    ...closure('src/charts/kinds/index.ts'),
    ...closure('src/charts/echarts/parts/core.ts'),
    ...[...parts].flatMap((p) => closure(`src/charts/echarts/parts/${p}.ts`)),
  ];
  // Every page reads the report's structure (charts.json) and the catalogue beside its datasets.
  const dataPaths = (ids: Iterable<DatasetId>) => [
    ...[...ids].map((id) => `data/${edition}/${id}.json`),
    `data/${edition}/charts.json`,
    'data/editions.json',
  ];

  const index = readPage('index.html');
  const critical = group(['index.html', ...index.stylesheets]);
  const overviewParts = [...new Set(declsOf(file, 'overview').flatMap((d) => partsOf(d.id)))];
  const overviewData = group(dataToFetch(dataPaths(datasetsForPage('')), index.inlineData));
  const interactiveFiles = [
    ...critical.files.map((f) => f.file),
    ...linkedJs(index),
    ...closure('src/app/main.tsx'),
    ...closure('src/components/EChart.tsx'),
    ...chartCode(overviewParts),
    ...overviewData.files.map((f) => f.file),
  ];
  const interactive = { ...group(interactiveFiles), parts: overviewParts, data: overviewData };

  const embedsFile = join(dir, 'embeds.json');
  if (!existsSync(embedsFile)) throw new Error(`${embedsFile} is missing: run scripts/write-embeds.ts`);
  const embedIds = (JSON.parse(readFileSync(embedsFile, 'utf8')) as { id: string; edition: string }[])
    .filter((e) => e.edition === edition)
    .map((e) => e.id);
  const embeds = embedIds.map((id): EmbedSize => {
    const target = resolveEmbed(id, file);
    if (!target) throw new Error(`embeds.json lists ${id}, which the embed page does not know`);
    const builtFile = builtEmbedFile(edition, id, 'vi');
    const built = existsSync(join(dir, builtFile));
    const pageFile = built ? builtFile : 'index.html';
    const page = built ? readPage(builtFile) : index;
    const chart = target.kind === 'chart';
    const parts = chart ? partsOf(id) : [];
    const ids = chart ? defs.find((c) => c.id === id)!.datasets : target.figures.map(([ds]) => ds);
    const js = linkedJs(page);
    // Built, the KPI cards and the chart (an SVG per common frame width and theme, with its tooltips:
    // src/embed/takeover.ts) are complete in the page: its script only takes them over, and fetches
    // and draws nothing; the live chart loads only in a frame far from every built width (over about
    // 1400 px). Not built, index.html?embed=<id> renders every embed with the embed's code, from data
    // it fetches (the served index.html's data is the overview's, dropped for the embed's view).
    const drawing = !built;
    const fetched = group(drawing ? dataToFetch(dataPaths(new Set(ids)), built ? page.inlineData : []) : []);
    const visibleFiles = [pageFile, ...page.stylesheets];
    const interactiveGroup = group([
      ...visibleFiles,
      ...js,
      ...(built ? [] : closure('src/embed/main.ts')),
      ...(chart && drawing ? chartCode(parts) : []),
      ...fetched.files.map((f) => f.file),
    ]);
    return {
      id,
      parts,
      page: built ? builtFile : `index.html?embed=${id}`,
      built,
      visible: built ? group(visibleFiles) : interactiveGroup,
      interactive: interactiveGroup,
      data: fetched,
    };
  });

  const allJs = group(
    readdirSync(join(dir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `assets/${f}`),
  );
  return {
    dir,
    critical,
    interactive,
    embeds,
    embedsBuilt: embeds.every((e) => e.built),
    allJs,
    echartsCoreFile: chunkOf('src/charts/echarts/parts/core.ts'),
  };
}
