import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDatasets } from '../../api/useDatasets';
import { PALETTES } from '../../charts/palettes';
import { useResolvedTheme } from '../../components/useResolvedTheme';
import { useViewStore } from '../../state/store';
import type { ChartDef } from '../../charts/model';
import { figureIdsOf, warningsFor } from '../../charts/warnings';
import { ChartActions } from '../export/ChartActions';
import { t } from '../../i18n/messages';
import { DataTable } from '../../components/DataTable';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useEChartComponent } from '../../components/lazyEChart';
import { PointNotes } from '../../components/PointNotes';
import { SeriesSlot } from '../../components/SeriesSlot';
import { indicatorsOf } from '../../charts/series/indicators';
import { ShareEmbed } from '../../components/ShareEmbed';
import { ChartFrame } from '../../components/ChartFrame';
import { useChartSvg } from '../../components/chartSvg';
import { useLiveChart } from '../../components/useLiveChart';

export function ChartCard({ def }: { def: ChartDef }) {
  const { data, errors, retry } = useDatasets(def.datasets);
  const locale = useViewStore((s) => s.lang);
  const theme = useResolvedTheme(useViewStore((s) => s.theme));
  const [showTable, setShowTable] = useState(false);
  const EChart = useEChartComponent();
  const headingId = useId();
  const model = useMemo(
    () => (data ? def.build(data, { locale, palette: PALETTES[theme] }) : undefined),
    [data, def, locale, theme],
  );
  const warnings = useMemo(
    () => (model && data ? warningsFor(data, figureIdsOf(model.points)) : []),
    [model, data],
  );
  const svg = useChartSvg(
    def.id,
    data && ((palette) => def.build(data, { locale, palette: PALETTES[palette] })),
  );
  const card = useRef<HTMLElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const live = useLiveChart(frame, svg !== undefined);
  const ready = model !== undefined;
  // The same chart box before and after the chart code arrives (ChartFrame, then EChart drawing in it).
  const chart = model && {
    option: model.option,
    height: model.height,
    label: model.title,
    svg,
    chartId: def.id,
  };
  // A copied chart link ends in #chart-<id>; the card does not exist when the browser looks for it.
  useEffect(() => {
    if (ready && location.hash === `#chart-${def.id}`) card.current?.scrollIntoView({ block: 'start' });
  }, [ready, def.id]);

  return (
    <article
      ref={card}
      className="card chart-card"
      id={`chart-${def.id}`}
      data-chart-id={def.id}
      aria-labelledby={headingId}
    >
      {errors.length > 0 ? (
        <ErrorPanel errors={errors} onRetry={retry} minHeight={300} />
      ) : !model || !chart ? (
        <div className="placeholder" style={{ height: 380 }} aria-busy="true">
          {t(locale, 'loading')}
        </div>
      ) : (
        <>
          <header>
            <h3 id={headingId}>{model.title}</h3>
            <p className="subtitle">{model.subtitle}</p>
          </header>
          {showTable ? (
            <DataTable points={model.points} caption={model.title} locale={locale} />
          ) : EChart && live ? (
            // A module's export, the same function on every render (the rule cannot see through the hook).
            // eslint-disable-next-line react-hooks/static-components
            <EChart {...chart} tooltipNow={live === 'use'} />
          ) : (
            <ChartFrame {...chart} boxRef={frame} />
          )}
          <div className="chart-footer">
            <p className="source-line">{t(locale, 'sourceLine')}</p>
            <button
              type="button"
              className="button button-small"
              aria-pressed={showTable}
              onClick={() => setShowTable((v) => !v)}
            >
              {showTable ? t(locale, 'showChart') : t(locale, 'showTable')}
            </button>
            {data && <ChartActions model={model} data={data} palette={PALETTES[theme]} warnings={warnings} />}
          </div>
          <p className="legend-key">{t(locale, 'legendKey')}</p>
          <PointNotes points={model.points} warnings={warnings} locale={locale} />
          <SeriesSlot indicators={indicatorsOf(model.points)} chart />
          <ShareEmbed id={def.id} model={model} warnings={warnings} />
        </>
      )}
    </article>
  );
}
