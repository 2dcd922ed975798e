/**
 * An embed's indicators followed across reports: the same view and chart as the dashboard's series
 * panel (src/charts/series), as DOM. Loaded only when the embed's edition has an earlier one (the built
 * page then has a slot for them: src/prerender/EmbedView.tsx).
 */
import { loadEditionData } from '../api/series';
import { startEdition } from '../api/fetchEditions';
import { PALETTES, type ResolvedTheme } from '../charts/palettes';
import { loadEChartsFor, chartDescription } from '../charts/echarts/loader';
import { mountChart } from '../charts/echarts/mount';
import type { Palette } from '../charts/model';
import { seriesOption, SERIES_CHART_HEIGHT } from '../charts/series/option';
import { st } from '../charts/series/text';
import { seriesView } from '../charts/series/view';
import '../editions.css';
import { currentEdition } from '../data/report';
import { editionsOf, indicatorSeries } from '../data/series';
import type { Locale } from '../data/schema';
import { t } from '../i18n/messages';
import { el } from './dom';

/** The series in a built embed page's slot for them: the edition first (the page names it). */
export async function fillBuiltSeries(
  box: HTMLElement,
  search: string,
  indicators: readonly string[],
  locale: Locale,
  theme: ResolvedTheme,
  chart: boolean,
): Promise<() => void> {
  try {
    if (!currentEdition()) await startEdition(search);
  } catch {
    box.append(el('p', { role: 'alert' }, st(locale, 'seriesFailed')));
    return () => undefined;
  }
  return fillSeries(box, indicators, locale, PALETTES[theme], chart);
}

let series: ReturnType<typeof load> | undefined;
const load = async () => indicatorSeries(await loadEditionData(), currentEdition()!.id);

/** Fills `box` with the series of these indicators; returns what disposes its charts. */
export async function fillSeries(
  box: HTMLElement,
  indicators: readonly string[],
  locale: Locale,
  palette: Palette,
  chart: boolean,
): Promise<() => void> {
  const disposers: (() => void)[] = [];
  try {
    series ??= load().catch((e: unknown) => {
      series = undefined;
      throw e;
    });
    const all = await series;
    for (const indicator of indicators) {
      const points = all.get(indicator);
      if (!points || editionsOf(points).length < 2) continue;
      const view = seriesView(points, locale);
      const section = el(
        'section',
        { className: 'series-panel', 'data-indicator': indicator },
        el('h2', {}, `${view.title}: ${st(locale, 'acrossReports')}`),
      );
      // In the page before the chart starts: ECharts measures its box when it initialises.
      box.append(section);
      if (chart) {
        const option = seriesOption(view, palette);
        const holder = el('div', {
          className: 'echart',
          role: 'img',
          'aria-label': chartDescription(option, view.title),
          style: `height:${SERIES_CHART_HEIGHT}px`,
        });
        section.append(holder);
        const echarts = await loadEChartsFor(option);
        disposers.push(mountChart(echarts, holder, `series:${indicator}`, option));
      }
      const list = el('ol', { className: 'series-rows' });
      for (const r of view.rows)
        list.append(
          el(
            'li',
            { 'data-edition': r.editionId },
            el('strong', {}, r.category),
            `: ${r.text}`,
            r.estimate && el('span', { className: 'badge badge-estimate' }, t(locale, 'estimate')),
            r.derived && el('span', { className: 'badge badge-derived' }, `≈ ${t(locale, 'derived')}`),
            el('br'),
            el(
              'small',
              {},
              `${r.report}${r.formula ? ` · ${st(locale, 'derivedWithin')}: ${r.formula}` : ''}`,
            ),
            ...r.others.map((o) =>
              el(
                'p',
                { className: `series-other series-${o.as}` },
                el(
                  'small',
                  {},
                  `${st(locale, o.as)} ${o.text}${o.estimate ? ` (${t(locale, 'estimate')})` : ''} · ${o.report}`,
                ),
              ),
            ),
          ),
        );
      const compact = el('ol', { className: 'series-compact' });
      for (const r of view.rows)
        compact.append(el('li', {}, `${r.category}: `, el('strong', {}, r.text), r.estimate ? '*' : ''));
      section.append(compact, el('details', {}, el('summary', {}, st(locale, 'provenance')), list));
    }
  } catch {
    box.append(el('p', { role: 'alert' }, st(locale, 'seriesFailed')));
  }
  return () => disposers.forEach((d) => d());
}
