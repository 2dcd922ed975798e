// The budget's accounting (scripts/bundle-stats.ts): what a built page links, what a chunk brings,
// which data a page still fetches, and when the budget fails.
import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  budgetFailures,
  dataToFetch,
  drawCodeOnDemand,
  htmlAssets,
  staticClosure,
  type BundleStats,
  type EmbedSize,
  type Group,
} from '../../scripts/bundle-stats';
import type { ChunkInfo } from '../../scripts/chunk-graph';

const PAGE = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-A.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-B.js">
<link rel="stylesheet" crossorigin href="./assets/index-C.css">
<link rel=stylesheet href='assets/print.css' media="print">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="https://elsewhere.example/x.css">
</head><body><div id="root">&lt;link rel="stylesheet" href="text.css"&gt;</div>
<script type="application/json" id="dataset-2023/trade">{"a":"\\u003clink"}</script>
<script type="application/json" id="dataset-editions">{}</script></body></html>`;

describe('htmlAssets: the files a built page links', () => {
  it('reads stylesheets (not print, not other origins), scripts, modulepreloads and carried data', () => {
    expect(htmlAssets(PAGE, 'index.html')).toEqual({
      stylesheets: ['assets/index-C.css'],
      scripts: ['assets/index-A.js'],
      modulepreloads: ['assets/vendor-B.js'],
      inlineData: ['dataset-2023/trade', 'dataset-editions'],
    });
  });

  it("resolves against the page's folder, or its <base href> when it has one", () => {
    const page = '<link rel="stylesheet" href="./e.css"><script type="module" src="assets/m.js"></script>';
    expect(htmlAssets(page, 'embed/2023/x.html').stylesheets).toEqual(['embed/2023/e.css']);
    const based = `<base href="../../">${page}`;
    expect(htmlAssets(based, 'embed/2023/x.html')).toMatchObject({
      stylesheets: ['e.css'],
      scripts: ['assets/m.js'],
    });
  });
});

describe('staticClosure: what a chunk brings', () => {
  const chunk = (imports: string[], css: string[] = []): ChunkInfo => ({
    isEntry: false,
    modules: [],
    imports,
    dynamicImports: ['never.js'],
    css,
  });
  const graph = { 'a.js': chunk(['b.js', 'c.js']), 'b.js': chunk(['a.js'], ['b.css']), 'c.js': chunk([]) };

  it('follows static imports transitively, once each, with their CSS, and not dynamic imports', () => {
    expect(staticClosure(graph, 'a.js').sort()).toEqual(['a.js', 'b.css', 'b.js', 'c.js']);
  });

  it('keeps a file outside the graph (a script from public/) as it is', () => {
    expect(staticClosure(graph, 'embed.js')).toEqual(['embed.js']);
  });
});

describe("drawCodeOnDemand: what a built embed's script loads to draw its chart", () => {
  const chunk = (modules: string[], imports: string[], dynamicImports: string[] = [], isEntry = false) => ({
    isEntry,
    modules,
    imports,
    dynamicImports,
    css: [],
  });
  const graph: Record<string, ChunkInfo> = {
    'entry.js': chunk(['src/main.ts'], [], ['takeover.js', 'share.js'], true),
    'takeover.js': chunk(['src/embed/takeover.ts'], [], ['live.js', 'series.js']),
    'live.js': chunk(['src/embed/live.ts'], ['registry.js', 'loader.js']),
    'series.js': chunk(['src/embed/series.ts'], ['loader.js', 'vendor.js']),
    'share.js': chunk(['src/embed/snippet.ts'], ['registry.js', 'loader.js', 'vendor.js']),
    'registry.js': chunk(['src/charts/registry.ts'], []),
    'loader.js': chunk(['src/charts/echarts/loader.ts'], []),
    'vendor.js': chunk(['node_modules/react/index.js'], []),
  };

  it("follows the embed code's dynamic imports that bring the chart definitions and ECharts, not the entry's", () => {
    expect(drawCodeOnDemand(graph, ['entry.js', 'takeover.js'], ['registry.js', 'loader.js']).sort()).toEqual(
      ['live.js', 'loader.js', 'registry.js'],
    );
  });
});

describe('dataToFetch: data files a page asks the server for', () => {
  it('leaves out those the page carries', () => {
    const paths = ['data/2023/trade.json', 'data/2023/social.json', 'data/editions.json'];
    expect(dataToFetch(paths, ['dataset-2023/trade', 'dataset-editions'])).toEqual(['data/2023/social.json']);
  });
});

describe('budgetFailures', () => {
  const g = (gzip: number, file = 'f'): Group => ({ files: [{ file, raw: gzip, gzip }], raw: gzip, gzip });
  const embed = (over: Partial<EmbedSize>): EmbedSize => ({
    id: 'trade-exports',
    parts: [],
    page: 'embed/2023/trade-exports.html',
    built: true,
    visible: g(30_000),
    interactive: g(150_000),
    data: g(0),
    ...over,
  });
  const stats = (over: Partial<BundleStats>): BundleStats => ({
    dir: 'dist',
    critical: g(20_000, 'index.html'),
    interactive: { ...g(300_000), parts: ['bar'], data: g(0) },
    embeds: [embed({})],
    embedsBuilt: true,
    allJs: g(300_000),
    echartsCoreFile: 'assets/echarts.js',
    ...over,
  });

  it('passes within every limit', () => {
    expect(budgetFailures(stats({}))).toEqual([]);
  });

  it('names each figure over its limit', () => {
    const failures = budgetFailures(
      stats({
        critical: g(BUDGETS.critical + 1, 'index.html'),
        embeds: [
          embed({ visible: g(BUDGETS.embedVisible + 1), interactive: g(BUDGETS.embedInteractive + 1) }),
        ],
        allJs: g(BUDGETS.allJs + 1),
      }),
    );
    expect(failures.map((f) => f.split(' ').slice(0, 3).join(' '))).toEqual([
      'critical path 100.0',
      'embed visible >',
      'embed interactive >',
      'all JS 420.0',
    ]);
  });

  it('fails, saying so, when the embeds are not built in advance, however small', () => {
    const unbuilt = embed({
      built: false,
      page: 'index.html?embed=trade-exports',
      visible: g(1),
      interactive: g(1),
    });
    const failures = budgetFailures(stats({ embeds: [unbuilt], embedsBuilt: false }));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/1 of 1 embeds are not built in advance/);
  });
});
