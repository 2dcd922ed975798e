/**
 * The one component that owns ECharts in the React app: loads only the parts
 * the option needs (see charts/echarts/loader), draws, resizes with its
 * container, and disposes on unmount (via echarts-for-react); the drawn chart
 * is attached to the page's live charts with its tooltip on first use
 * (charts/echarts/mount). Itself loaded on demand, so a page's numbers show
 * before any chart code arrives; a page built in advance shows the chart's SVG
 * meanwhile (ChartFrame), until the live chart has drawn.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadedFor, loadEChartsFor, loadParts, type ECharts } from '../charts/echarts/loader';
import { attachChart, firstDrawn, type ChartInstance } from '../charts/echarts/mount';
import type { ChartOption } from '../charts/model';
import { ChartFrame } from './ChartFrame';

export default function EChart({
  option,
  height,
  label,
  svg,
  chartId,
  fill,
  tooltipNow = false,
}: {
  option: ChartOption;
  /** Names the chart among the page's live charts, and its built SVG in the page. */
  chartId: string;
  /** Fixed (a dashboard card), or absent with `fill` (a slide: the chart takes the space left). */
  height?: number;
  fill?: { className: string };
  label: string;
  svg?: string;
  /** Woken by a pointer: the tooltip comes with the chart, not on the next pointer. */
  tooltipNow?: boolean;
}) {
  const [echarts, setEcharts] = useState<ECharts | undefined>(() => loadedFor(option));
  const [error, setError] = useState<Error>();
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let live = true;
    Promise.all([loadEChartsFor(option), tooltipNow ? loadParts(['tooltip']) : undefined]).then(
      ([e]) => live && setEcharts(e),
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [option, tooltipNow]);
  const box = useRef<HTMLDivElement>(null);
  // The final instance: echarts-for-react draws a first one to measure its box, then replaces it.
  const [instance, setInstance] = useState<ChartInstance>();
  useEffect(() => {
    if (!instance || !box.current) return;
    return attachChart(chartId, box.current, instance, option);
  }, [instance, chartId, option]);
  const [overBuilt] = useState(svg !== undefined);
  const drawnOption = useMemo(() => firstDrawn(option, overBuilt), [option, overBuilt]);
  // Ready means drawn: the option is set on the final instance, and ECharts paints it synchronously.
  const ready = useCallback(
    (chart: ChartInstance) => {
      setInstance(chart);
      if (overBuilt) setDrawn(true);
    },
    [overBuilt],
  );
  // The chart's error boundary shows this with a retry.
  if (error) throw error;
  return (
    <ChartFrame
      option={option}
      label={label}
      height={height}
      svg={drawn ? undefined : svg}
      chartId={chartId}
      boxRef={box}
      fill={fill}
    >
      {echarts && (
        <ReactEChartsCore
          echarts={echarts}
          option={drawnOption}
          notMerge
          // A slide's chart is sized by its CSS (present.css); echarts-for-react follows its box.
          className={fill ? `${fill.className}-canvas` : undefined}
          style={fill ? { height: '100%', width: '100%' } : { height, width: '100%' }}
          opts={{ renderer: 'canvas' }}
          onChartReady={ready}
        />
      )}
    </ChartFrame>
  );
}
