/**
 * Gzip sizes of what each kind of page downloads, read from a built folder
 * (default dist/) and its chunk graph (.vite/chunk-graph.json, written by the
 * chunkGraph plugin in vite.config.ts) — no browser.
 * Used by `npm run budget` (CI) and `npm run bench` (which cross-checks these
 * figures against real transfers in Chromium).
 *
 * - critical path: what the overview needs before its numbers are visible —
 *   index.html, CSS, the entry and every chunk the React app's entry
 *   (src/app/main.tsx) imports statically. No chart definitions, no ECharts.
 *   The datasets the page requests are counted separately.
 * - overview: the critical path plus the overview's chart definitions, the
 *   EChart component, the ECharts core and the parts its options use, and data.
 * - embed: one embed page built in advance (embed/<edition>/<id>.html, scripts/prerender.ts) in all —
 *   its html, CSS, the entry and the takeover's code (src/embed/takeover.ts): what it loads to be
 *   interactive, chart drawn as SVG with its tooltips. `live` adds what it loads when its chart is drawn
 *   live too (a dark page, a frame of an unusual size): the live chart's code, its section's chart
 *   definitions, ECharts core and parts, and its data. A folder without built embeds is measured as
 *   the `?embed=<id>` page was: the shell plus the live chart path.
 *
 * Sizes are gzip level 9 of each file on its own (one request each); 1 kB = 1000 bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { datasetsForPage } from '../src/api/early';
import * as kinds from '../src/charts/kinds';
import { partsFor, type PartName } from '../src/charts/echarts/loader';
import type { Datasets } from '../src/charts/model';
import { PALETTES } from '../src/charts/palettes';
import { chartDefsOf, declsOf } from '../src/charts/registry';
import { editionDir, readCatalogue, readChartsFile, readDatasets } from './data-files';
import type { DatasetId } from '../src/data/schema';
import { resolveEmbed } from '../src/embed/catalog';
import { builtEmbedFile } from '../src/data/url';
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

export interface PageSize {
  /** html, CSS and JS */
  code: Group;
  data: Group;
  /** code + data */
  gzip: number;
}

export interface EmbedSize extends PageSize {
  id: string;
  parts: PartName[];
  /** In all, with the live chart drawn (charts only; the KPI cards never load more). */
  live: number;
}

export interface BundleStats {
  dir: string;
  critical: PageSize;
  overview: PageSize & { parts: PartName[] };
  embeds: EmbedSize[];
  /** Every .js file of the build, each gzipped alone. */
  allJs: Group;
  /** The chunk holding the ECharts core: when it arrives, chart code has arrived. */
  echartsCoreFile: string;
}

/** Limits in bytes (gzip). The first two are the targets of issue 8. */
export const BUDGETS = {
  /** html + CSS + JS before the overview's numbers are visible (no chart code, no data). */
  critical: 120_000,
  /** One embed page in all, interactive (its built page with the takeover; see EmbedSize.live). */
  embed: 231_000,
  /** Every JS file of the build together: catches a dependency pulled in whole (e.g. all of echarts). */
  allJs: 420_000,
};

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

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

  const entry = Object.keys(graph).find((f) => graph[f]!.isEntry);
  if (!entry) throw new Error(`${graphFile}: no entry chunk`);
  /** The chunk that holds a source module. */
  const chunkOf = (module: string): string => {
    const file = Object.keys(graph).find((f) => graph[f]!.modules.includes(module));
    if (!file) throw new Error(`${graphFile}: no chunk holds ${module}`);
    return file;
  };
  /** A chunk's file, its CSS and everything it imports statically, transitively. */
  const closure = (module: string, file = chunkOf(module)): string[] => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of graph[f]!.imports) visit(i);
    };
    visit(file);
    return [...seen].flatMap((f) => [f, ...graph[f]!.css]);
  };
  // Every page reads the report's structure (charts.json) beside its datasets.
  const page = (code: Iterable<string>, data: Iterable<DatasetId>): PageSize => {
    const c = group(code);
    const d = group([
      ...[...data].map((id) => `data/${edition}/${id}.json`),
      `data/${edition}/charts.json`,
      'data/editions.json',
    ]);
    return { code: c, data: d, gzip: c.gzip + d.gzip };
  };

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
  const partFiles = (parts: Iterable<PartName>) => [
    ...closure('src/charts/echarts/parts/core.ts'),
    ...[...parts].flatMap((p) => closure(`src/charts/echarts/parts/${p}.ts`)),
  ];

  const shell = ['index.html', ...closure('index.html', entry)];
  const overviewData = datasetsForPage('');
  const criticalCode = [...shell, ...closure('src/app/main.tsx')];
  const critical = page(criticalCode, overviewData);

  const overviewParts = [...new Set(declsOf(file, 'overview').flatMap((d) => partsOf(d.id)))];
  const overview = {
    ...page(
      [
        ...criticalCode,
        ...closure('src/charts/kinds/index.ts'),
        ...closure('src/components/EChart.tsx'),
        ...partFiles(overviewParts),
      ],
      overviewData,
    ),
    parts: overviewParts,
  };

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
    const takeover = built
      ? [builtFile, ...closure('index.html', entry), ...closure('src/embed/takeover.ts')]
      : [...shell, ...closure('src/embed/main.ts')];
    // A built page carries its figures: it reads no data until its chart is drawn live.
    const interactive = (data: Iterable<DatasetId>): PageSize => {
      if (!built) return page(takeover, data);
      const code = group(takeover);
      return { code, data: group([]), gzip: code.gzip };
    };
    if (target.kind === 'kpis') {
      const size = interactive(new Set(target.figures.map(([ds]) => ds)));
      return { id, parts: [], ...size, live: size.gzip };
    }
    const def = defs.find((c) => c.id === id)!;
    const parts = partsOf(id);
    const live = page(
      [
        ...takeover,
        ...(built ? closure('src/embed/live.ts') : []),
        ...closure('src/charts/kinds/index.ts'),
        ...partFiles(parts),
      ],
      def.datasets,
    );
    return { id, parts, ...(built ? interactive(def.datasets) : live), live: live.gzip };
  });

  const allJs = group(
    readdirSync(join(dir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `assets/${f}`),
  );
  return {
    dir,
    critical,
    overview,
    embeds,
    allJs,
    echartsCoreFile: chunkOf('src/charts/echarts/parts/core.ts'),
  };
}

/** The heaviest and the lightest embed (in all, code + data). */
export function embedExtremes(stats: BundleStats): { heaviest: EmbedSize; lightest: EmbedSize } {
  const sorted = [...stats.embeds].sort((a, b) => b.gzip - a.gzip);
  return { heaviest: sorted[0]!, lightest: sorted[sorted.length - 1]! };
}
