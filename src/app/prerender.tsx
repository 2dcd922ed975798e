/**
 * The dashboard rendered at build time (scripts/prerender.ts loads this through Vite): the same App,
 * with the edition, the view and every file the section shows already in place, so the markup is the
 * one the browser's first render produces (src/app/main.tsx takes the page over without a change).
 * Charts are drawn to SVG by ECharts' server-side renderer at the card widths the layout gives.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { chartKindsQueryOptions, chartsFileQueryOptions } from '../api/useChartDefs';
import { datasetQueryOptions } from '../api/datasets';
import { setDataEdition } from '../api/early';
import { themedChartSvgs } from '../charts/echarts/ssr';
import type { Datasets } from '../charts/model';
import { loadKinds, sectionDatasets } from '../charts/registry';
import { SVG_WIDTHS, type ChartSvgSource } from '../components/chartSvg';
import { Root } from './Root';
import { loadEChartComponent } from '../components/lazyEChart';
import { CHARTS_FILE, parseChartsText, type ChartsFile } from '../data/chartsFile';
import { parseDatasetText } from '../data/parse';
import { DATASET_IDS, type DatasetId } from '../data/schema';
import { SECTIONS } from '../data/sections';
import { t } from '../i18n/messages';
import type { Catalogue, Edition } from '../data/editions';
import type { Locale } from '../data/ids';
import { editionForLinks, setEdition } from '../data/report';
import type { SectionId } from '../data/sections';
import { useViewStore } from '../state/store';
import { App } from './App';

/**
 * Every chart is built: at both widths, in both palettes; CSS shows the one that fits the card, in the
 * reader's theme (base.css, `.echart-ssr`), so a phone in dark mode needs no chart code either.
 */
export const builtChartSvg: ChartSvgSource = {
  svg: (_key, chart) => themedChartSvgs(Object.entries(SVG_WIDTHS), chart),
  built: () => true,
};

export interface EditionFiles {
  chartsFile: ChartsFile;
  datasets: Datasets;
}

/** An edition's structure and datasets from their texts, through the app's own parsers. */
export function readEditionFiles(read: (file: string) => string): EditionFiles {
  const charts = parseChartsText(CHARTS_FILE, read(CHARTS_FILE));
  if (!charts.ok) throw new Error(charts.reason);
  const datasets: Datasets = {};
  for (const id of DATASET_IDS) {
    const parsed = parseDatasetText(`${id}.json`, read(`${id}.json`));
    if (!parsed.ok) throw new Error(parsed.reason);
    datasets[id] = parsed.data;
  }
  return { chartsFile: charts.data, datasets };
}

export interface DashboardPage extends EditionFiles {
  catalogue: Catalogue;
  edition: Edition;
  section: SectionId;
  lang: Locale;
}

export interface BuiltPage {
  /** What goes inside #root. */
  markup: string;
  title: string;
  description: string;
  /** The datasets the markup shows: the page carries them for its takeover. */
  datasets: DatasetId[];
}

/** One section in one language, as the app's first render in the browser will produce it. */
export async function renderDashboard(p: DashboardPage): Promise<BuiltPage> {
  setEdition(p.edition, p.catalogue);
  setDataEdition(p.edition.id);
  useViewStore.setState({ section: p.section, lang: p.lang, theme: 'system', edition: editionForLinks() });
  const [kinds] = await Promise.all([loadKinds(), loadEChartComponent()]);
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(chartsFileQueryOptions.queryKey, p.chartsFile);
  client.setQueryData(chartKindsQueryOptions.queryKey, kinds);
  const datasets = sectionDatasets(p.chartsFile, kinds, p.section);
  // Only what the section shows: anything else asked for would render as loading, unlike the browser.
  for (const id of datasets) client.setQueryData(datasetQueryOptions(id).queryKey, p.datasets[id]!);
  try {
    const markup = renderToString(
      <Root client={client} svgs={builtChartSvg}>
        <App />
      </Root>,
    );
    const section = SECTIONS.find((s) => s.id === p.section)!;
    return {
      markup,
      title: `${section.title[p.lang]} · ${t(p.lang, 'appTitle')}`,
      description: t(p.lang, 'appDescription'),
      datasets,
    };
  } finally {
    client.clear();
  }
}
