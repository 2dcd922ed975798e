/**
 * The benchmark's baseline: the overview's charts drawn with bare `echarts/core`
 * (only the chart types and components these options use, canvas renderer), no
 * framework, no lazy loading — one script, the datasets fetched at once. The
 * options come from the app's own chart definitions and dataset parser, so both
 * pages draw identical options, formatters included. Built by `npm run bench`
 * (bench/vite.config.ts) next to the app; never part of the app's build.
 */
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import * as kinds from '../src/charts/kinds';
import { chartDefsOf } from '../src/charts/registry';
import { parseChartsText } from '../src/data/chartsFile';
import { partsFor } from '../src/charts/echarts/loader';
import type { Datasets } from '../src/charts/model';
import { PALETTES } from '../src/charts/palettes';
import { parseDatasetText } from '../src/data/parse';
import type { DatasetId } from '../src/data/schema';

echarts.use([AriaComponent, GridComponent, TooltipComponent, CanvasRenderer, BarChart, MarkLineComponent]);
const REGISTERED = new Set(['bar', 'markLine']);

// The edition the app's built index.html shows, named at build time (bench/vite.config.ts): data
// files live in one folder per edition, and asking the catalogue first would add a round trip.
declare const __BASELINE_EDITION__: string;
const DATA = `../data/${__BASELINE_EDITION__}/`;

// The chart declarations are fetched like the app's, then the datasets they name.
const overviewCharts = await fetch(new URL(`${DATA}charts.json`, document.baseURI))
  .then((r) => r.text())
  .then((text) => {
    const parsed = parseChartsText('charts.json', text);
    if (!parsed.ok) throw new Error(parsed.reason);
    return chartDefsOf(parsed.data, kinds, 'overview');
  });
const ids = [...new Set(overviewCharts.flatMap((c) => c.datasets))];
const files = ids.map((id) =>
  fetch(new URL(`${DATA}${id}.json`, document.baseURI)).then((r) => {
    if (!r.ok) throw new Error(`${id}.json: HTTP ${r.status}`);
    return r.text();
  }),
);

async function draw(): Promise<void> {
  const data: Datasets = {};
  const texts = await Promise.all(files);
  texts.forEach((text, i) => {
    const id = ids[i] as DatasetId;
    const parsed = parseDatasetText(`${id}.json`, text);
    if (!parsed.ok) throw new Error(parsed.reason);
    data[id] = parsed.data;
  });
  const main = document.getElementById('charts')!;
  for (const def of overviewCharts) {
    const model = def.build(data, { locale: 'vi', palette: PALETTES.light });
    const missing = partsFor(model.option).filter((p) => !REGISTERED.has(p));
    if (missing.length) throw new Error(`baseline: register ${missing.join(', ')} for ${def.id}`);
    const card = document.createElement('article');
    card.dataset.chartId = def.id;
    const box = document.createElement('div');
    box.className = 'echart';
    box.style.height = `${model.height}px`;
    card.append(box);
    main.append(card);
    echarts.init(box, undefined, { renderer: 'canvas' }).setOption(model.option, { notMerge: true });
  }
}

void draw();
