/**
 * The live chart of a built embed page, loaded only when it is needed (takeover.ts decides when): the
 * report's structure and the chart's datasets, its definition and the ECharts parts its option uses,
 * drawn over the built SVG in the same box, which is dropped once the live chart has drawn. The first
 * frame is drawn without animation: the same option at the same size draws what the SVG shows, so the
 * hand-over is invisible.
 */
import { chartsFileOnce } from '../api/fetchCharts';
import { fetchDataset, type DatasetLoadError } from '../api/fetchDataset';
import { startEdition } from '../api/fetchEditions';
import { loadEChartsFor } from '../charts/echarts/loader';
import { mountChart } from '../charts/echarts/mount';
import type { Datasets } from '../charts/model';
import { PALETTES, type ResolvedTheme } from '../charts/palettes';
import { loadKinds } from '../charts/registry';
import type { Locale } from '../data/ids';
import { currentEdition } from '../data/report';

export interface LiveRequest {
  id: string;
  /** The page's view (its file's, with the address bar's parameters on top): names the edition. */
  search: string;
  locale: Locale;
  theme: ResolvedTheme;
}

/** Draws the live chart in `box`; rejects with the files that failed (DatasetLoadError[]). */
export async function drawLive(box: HTMLElement, r: LiveRequest): Promise<() => void> {
  if (!currentEdition()) await startEdition(r.search);
  const file = await chartsFileOnce();
  const decl = file.charts.find((c) => c.id === r.id);
  const bad = file.bad.find((b) => b.id === r.id);
  if (!decl)
    throw [
      Object.assign(new Error(bad?.reason ?? r.id), {
        file: 'charts.json',
        kind: 'invalid',
        detail: bad?.reason ?? r.id,
      }) as unknown as DatasetLoadError,
    ];
  const def = (await loadKinds()).chartDefOf(decl);
  const results = await Promise.allSettled(def.datasets.map((d) => fetchDataset(d)));
  const errors = results.flatMap((x) => (x.status === 'rejected' ? [x.reason as DatasetLoadError] : []));
  if (errors.length) throw errors;
  const data: Datasets = {};
  results.forEach((x, i) => x.status === 'fulfilled' && (data[def.datasets[i]!] = x.value));
  const model = def.build(data, { locale: r.locale, palette: PALETTES[r.theme] });
  const echarts = await loadEChartsFor(model.option);
  return mountChart(echarts, box, r.id, model.option, {
    overBuilt: true,
    drawn: () => box.querySelector('.echart-ssr')?.remove(),
  });
}
