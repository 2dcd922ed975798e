/**
 * One embed's page, as React renders it at build time (src/prerender/embed.tsx): the dashboard's own
 * components (FigureCard, ChartFrame, DataTable, PointNotes) with the embed's layout around them
 * (src/embed/embed.css). The browser never runs this: the embed's script (src/embed/takeover.ts)
 * takes the markup over as it is, by the attributes in src/embed/markup.ts.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { ChartModel, Datasets } from '../charts/model';
import { st } from '../charts/series/text';
import { figureIdsOf, warningsFor } from '../charts/warnings';
import { ChartFrame } from '../components/ChartFrame';
import { DataTable } from '../components/DataTable';
import { FigureCard } from '../components/FigureCard';
import { PointNotes } from '../components/PointNotes';
import type { DatasetId, Locale } from '../data/ids';
import { t } from '../i18n/messages';
import { chartMinHeight, LANG_ATTR, SERIES_ATTR, TOGGLE_ATTR, TOOLTIPS_ATTR } from '../embed/markup';
import { tooltipTexts } from './tooltips';

export function EmbedChart({
  model,
  data,
  locale,
  svg,
}: {
  model: ChartModel;
  data: Datasets;
  locale: Locale;
  /** The chart drawn by ECharts' server-side renderer (one SVG per width in SVG_WIDTHS). */
  svg: string;
}) {
  const warnings = warningsFor(data, figureIdsOf(model.points));
  // The chart takes the height the frame leaves it (embed.css): at most what it needs to be read at
  // its preferred height when the host sizes the frame (embed.js), at least --flex-min.
  const flex = {
    '--flex-pref': `${model.height}px`,
    '--flex-min': `${chartMinHeight(model.height)}px`,
  } as CSSProperties;
  return (
    <article className="card chart-card" data-chart-id={model.id}>
      <header>
        <h1>{model.title}</h1>
        <p className="subtitle">{model.subtitle}</p>
      </header>
      <ChartFrame
        option={model.option}
        label={model.title}
        height={model.height}
        svg={svg}
        className="embed-flex"
        style={flex}
        preferredHeight={model.height}
      />
      {/* "<" only occurs in JSON strings, where \u003c reads the same: the block cannot end early. */}
      <script
        type="application/json"
        {...{ [TOOLTIPS_ATTR]: '' }}
        dangerouslySetInnerHTML={{
          __html: JSON.stringify(tooltipTexts(model.option)).replaceAll('<', '\\u003c'),
        }}
      />
      {/* In the page from the start, hidden: the button shows it without a download (takeover.ts). */}
      <DataTable
        points={model.points}
        caption={model.title}
        locale={locale}
        className="embed-flex"
        hidden
        scrollable
      />
      <div className="chart-footer">
        <p className="source-line">{t(locale, 'sourceLine')}</p>
        <button type="button" className="button button-small" aria-pressed="false" {...{ [TOGGLE_ATTR]: '' }}>
          {t(locale, 'showTable')}
        </button>
      </div>
      <p className="legend-key">{t(locale, 'legendKey')}</p>
      <PointNotes points={model.points} warnings={warnings} locale={locale} foldWarnings />
    </article>
  );
}

export function EmbedKpis({
  figures,
  data,
  locale,
}: {
  figures: ReadonlyArray<readonly [DatasetId, string]>;
  data: Datasets;
  locale: Locale;
}) {
  const cards = figures.flatMap(([ds, id]) => {
    const dataset = data[ds];
    const figure = dataset?.figures.find((f) => f.id === id);
    return figure && dataset
      ? [{ figure, dataset, warnings: warningsFor({ [ds]: dataset }, new Set([id])) }]
      : [];
  });
  return (
    <section className="embed-kpis">
      {cards.length > 1 && <h1 className="embed-title">{t(locale, 'keyFigures')}</h1>}
      <div className="grid kpi-grid">
        {cards.map((c) => (
          <FigureCard
            key={c.figure.id}
            figure={c.figure}
            dataset={c.dataset}
            warnings={c.warnings}
            locale={locale}
            headingLevel={2}
            foldWarnings
          />
        ))}
      </div>
    </section>
  );
}

/** Where the indicators' series across reports go (filled by the embed's script, src/embed/series.ts). */
export function EmbedSeriesSlot({ indicators, chart }: { indicators: readonly string[]; chart: boolean }) {
  return (
    <div
      className="embed-series card"
      hidden
      {...{ [SERIES_ATTR]: indicators.join(' ') }}
      data-chart={chart ? '' : undefined}
    />
  );
}

export function EmbedPage({
  main,
  fill,
  testData,
  locale,
  dashboardHref,
  otherHref,
}: {
  main: ReactNode;
  /** The page has a flexible part (a chart): it fills its frame. */
  fill: boolean;
  testData: boolean;
  locale: Locale;
  dashboardHref: string;
  /** The same embed in the other language (its built file). */
  otherHref: string;
}) {
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  return (
    <>
      {testData && (
        <p className="test-data-banner" role="note">
          {`⚠ ${st(locale, 'testData')}`}
        </p>
      )}
      <main className={fill ? 'embed-fill' : undefined}>{main}</main>
      <footer className="embed-footer">
        <a href={dashboardHref} target="_blank" rel="noopener noreferrer">
          {`${t(locale, 'openDashboard')} ↗`}
          <span className="visually-hidden">{` ${t(locale, 'newTab')}`}</span>
        </a>
        <a
          className="button button-small"
          href={otherHref}
          lang={other}
          hrefLang={other}
          {...{ [LANG_ATTR]: '' }}
        >
          {other === 'vi' ? 'Tiếng Việt' : 'English'}
        </a>
      </footer>
    </>
  );
}
