/**
 * An indicator followed across reports, under its KPI card or its chart: the chart of the series (for
 * a chart card) and every value with its provenance. Its own chunk: only a page with an earlier
 * edition loads it (see SeriesSlot).
 */
import '../editions.css';
import { useQuery } from '@tanstack/react-query';
import { seriesQueryOptions } from '../api/series';
import { PALETTES } from '../charts/palettes';
import { useResolvedTheme } from './useResolvedTheme';
import { useViewStore } from '../state/store';
import { seriesOption, SERIES_CHART_HEIGHT } from '../charts/series/option';
import { st } from '../charts/series/text';
import { seriesView, type SeriesView } from '../charts/series/view';
import { editionsOf } from '../data/series';
import type { Locale } from '../data/schema';
import { t } from '../i18n/messages';
import { Disclosure } from './Disclosure';
import { useEChartComponent } from './lazyEChart';

export default function SeriesPanel({
  indicators,
  chart,
}: {
  indicators: readonly string[];
  chart: boolean;
}) {
  const locale = useViewStore((s) => s.lang);
  const theme = useResolvedTheme(useViewStore((s) => s.theme));
  const series = useQuery(seriesQueryOptions());
  const EChart = useEChartComponent();
  if (series.error)
    return (
      <div className="series-panel" role="alert">
        <p>{st(locale, 'seriesFailed')}</p>
        <button type="button" className="button button-small" onClick={() => void series.refetch()}>
          {t(locale, 'retry')}
        </button>
      </div>
    );
  if (!series.data) return <p aria-busy="true">{t(locale, 'loading')}</p>;
  const views = indicators.flatMap((i) => {
    const points = series.data.get(i);
    return points && editionsOf(points).length > 1 ? [seriesView(points, locale)] : [];
  });
  return views.map((view) => (
    <section key={view.indicator} className="series-panel" data-indicator={view.indicator}>
      <h4>
        {view.title}: {st(locale, 'acrossReports')}
      </h4>
      {chart && EChart && (
        <EChart
          option={seriesOption(view, PALETTES[theme])}
          chartId={`series:${view.indicator}`}
          height={SERIES_CHART_HEIGHT}
          label={`${view.title}: ${st(locale, 'acrossReports')}`}
        />
      )}
      {/* The values at a glance; where each comes from, on demand. */}
      <ol className="series-compact">
        {view.rows.map((r) => (
          <li key={r.key}>
            {r.category}: <strong>{r.text}</strong>
            {r.estimate ? '*' : ''}
          </li>
        ))}
      </ol>
      <Disclosure summary={st(locale, 'provenance')}>
        {() => <SeriesRows view={view} locale={locale} />}
      </Disclosure>
    </section>
  ));
}

function SeriesRows({ view, locale }: { view: SeriesView; locale: Locale }) {
  return (
    <ol className="series-rows">
      {view.rows.map((r) => (
        <li key={r.key} data-edition={r.editionId}>
          <strong>{r.category}</strong>: {r.text}
          {r.estimate && <span className="badge badge-estimate">{t(locale, 'estimate')}</span>}
          {r.derived && <span className="badge badge-derived">≈ {t(locale, 'derived')}</span>}
          <br />
          <small>
            {r.report}
            {r.formula && ` · ${st(locale, 'derivedWithin')}: ${r.formula}`}
          </small>
          {r.others.map((o) => (
            <p key={o.editionId + o.text} className={`series-other series-${o.as}`}>
              <small>
                {st(locale, o.as)} {o.text}
                {o.estimate ? ` (${t(locale, 'estimate')})` : ''} · {o.report}
              </small>
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
