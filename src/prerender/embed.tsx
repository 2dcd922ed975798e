/**
 * Embeds rendered at build time (scripts/prerender.ts loads this through Vite): every embeddable chart
 * and KPI of an edition, in one language, as the markup of its page embed/<edition>/<id>.html, made by
 * the dashboard's components through react-dom/server, each chart an SVG drawn by ECharts'
 * server-side renderer from the same option the live chart uses. The page is complete and readable
 * before any script runs, and with scripts off.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { setDataEdition } from '../api/early';
import { themedChartSvgs } from '../charts/echarts/ssr';
import type { ChartModel } from '../charts/model';
import { PALETTES } from '../charts/palettes';
import { indicatorsOf } from '../charts/series/indicators';
import { loadKinds } from '../charts/registry';
import type { Catalogue, Edition } from '../data/editions';
import type { Locale } from '../data/ids';
import { currentEdition, editionForLinks, hasEarlierEditions, setEdition } from '../data/report';
import { builtEmbedFile, pageHref } from '../data/url';
import { resolveEmbed } from '../embed/catalog';
import { SVG_WIDTHS } from '../embed/markup';
import { t } from '../i18n/messages';
import type { EditionFiles } from '../app/prerender';
import { useViewStore } from '../state/store';
import { EmbedChart, EmbedKpis, EmbedPage, EmbedSeriesSlot } from './EmbedView';

/**
 * The chart at each width of SVG_WIDTHS, in the light and the dark palette: embed.css shows the one
 * nearest the chart box's width, in the page's theme, so neither a phone in dark mode nor a host's
 * `theme=dark` needs the live chart.
 */
const embedChartSvg = (light: ChartModel, dark: ChartModel): string =>
  themedChartSvgs(
    SVG_WIDTHS.map((w) => [w, w] as const),
    (theme) => (theme === 'light' ? light : dark),
  );

export interface EmbedRequest extends EditionFiles {
  catalogue: Catalogue;
  edition: Edition;
  id: string;
  lang: Locale;
}

export interface BuiltEmbed {
  /** What goes inside #root. */
  markup: string;
  title: string;
  description: string;
}

/** One embed in one language; the edition's texts (source line, key figures) name that edition. */
export async function renderEmbed(r: EmbedRequest): Promise<BuiltEmbed> {
  const kinds = await loadKinds();
  setEdition(r.edition, r.catalogue);
  setDataEdition(r.edition.id);
  useViewStore.setState({ lang: r.lang, theme: 'system' });
  const target = resolveEmbed(r.id, r.chartsFile);
  if (!target) throw new Error(`charts.json of ${r.edition.id}: no embed "${r.id}"`);
  const locale = r.lang;
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  const edition = editionForLinks();
  const dashboardHref = pageHref({
    page: 'dashboard',
    section: target.section,
    lang: locale,
    theme: 'system',
    ...(edition ? { edition } : {}),
  });
  const series = (indicators: readonly string[], chart: boolean) =>
    hasEarlierEditions() &&
    indicators.length > 0 && <EmbedSeriesSlot indicators={indicators} chart={chart} />;
  let main;
  let title: string;
  if (target.kind === 'chart') {
    const decl = r.chartsFile.charts.find((c) => c.id === r.id);
    const def = decl && kinds.chartDefOf(decl);
    if (!def) throw new Error(`charts.json of ${r.edition.id}: chart "${r.id}" cannot be drawn`);
    const model = def.build(r.datasets, { locale, palette: PALETTES.light });
    const dark = def.build(r.datasets, { locale, palette: PALETTES.dark });
    title = model.title;
    main = (
      <>
        <EmbedChart model={model} data={r.datasets} locale={locale} svg={embedChartSvg(model, dark)} />
        {series(indicatorsOf(model.points), true)}
      </>
    );
  } else {
    const indicators = target.figures.flatMap(
      ([ds, id]) => r.datasets[ds]?.figures.find((f) => f.id === id)?.indicator ?? [],
    );
    const figure = target.figures.length === 1 ? target.figures[0]! : undefined;
    title = figure
      ? (r.datasets[figure[0]]?.figures.find((f) => f.id === figure[1])?.label[locale] ?? r.id)
      : t(locale, 'keyFigures');
    main = (
      <>
        <EmbedKpis figures={target.figures} data={r.datasets} locale={locale} />
        {series(indicators, false)}
      </>
    );
  }
  const markup = renderToStaticMarkup(
    <EmbedPage
      main={main}
      fill={target.kind === 'chart'}
      testData={currentEdition()?.testData === true}
      locale={locale}
      dashboardHref={dashboardHref}
      otherHref={`./${builtEmbedFile(r.edition.id, r.id, other)}`}
    />,
  );
  return { markup, title, description: t(locale, 'appDescription') };
}
