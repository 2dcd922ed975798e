/**
 * The one component that owns ECharts in the React app: loads only the parts
 * the option needs (see charts/echarts/loader), draws, resizes with its
 * container, and disposes on unmount (via echarts-for-react). Itself loaded on
 * demand, so a page's numbers show before any chart code arrives; a page built
 * in advance shows the chart's SVG meanwhile (ChartFrame), until the live chart
 * has drawn.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { loadedFor, loadEChartsFor, tooltipOnFirstUse, type ECharts } from '../charts/echarts/loader';
import type { ChartOption } from '../charts/model';
import { ChartFrame } from './ChartFrame';

export default function EChart({
  option,
  height,
  label,
  svg,
  ssrKey,
  fill,
}: {
  option: ChartOption;
  /** Fixed (a dashboard card), or absent with `fill` (a slide: the chart takes the space left). */
  height?: number;
  fill?: { className: string; chartId: string };
  label: string;
  svg?: string;
  ssrKey?: string;
}) {
  const [echarts, setEcharts] = useState<ECharts | undefined>(() => loadedFor(option));
  const [error, setError] = useState<Error>();
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let live = true;
    loadEChartsFor(option).then(
      (e) => live && setEcharts(e),
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [option]);
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReactEChartsCore>(null);
  useEffect(() => {
    if (!echarts || !box.current) return;
    return tooltipOnFirstUse(box.current, () => chart.current?.getEchartsInstance(), option);
  }, [echarts, option]);
  // Over a built chart the live one draws without its entrance animation: its first frame is the
  // chart the reader already sees, so the built SVG can go at once, and nothing moves.
  const [overBuilt] = useState(svg !== undefined);
  const drawnOption = useMemo(
    () => (overBuilt ? { ...option, animation: false } : option),
    [option, overBuilt],
  );
  // Ready means drawn: the option is set on the final instance, and ECharts paints it synchronously.
  const ready = useMemo(() => () => setDrawn(true), []);
  // The chart's error boundary shows this with a retry.
  if (error) throw error;
  return (
    <ChartFrame
      option={option}
      label={label}
      height={height}
      svg={drawn ? undefined : svg}
      ssrKey={ssrKey}
      boxRef={box}
      fill={fill}
    >
      {echarts && (
        <ReactEChartsCore
          ref={chart}
          echarts={echarts}
          option={drawnOption}
          notMerge
          // A slide's chart is sized by its CSS (present.css); echarts-for-react follows its box.
          className={fill ? `${fill.className}-canvas` : undefined}
          style={fill ? { height: '100%', width: '100%' } : { height, width: '100%' }}
          opts={{ renderer: 'canvas' }}
          onChartReady={overBuilt ? ready : undefined}
        />
      )}
    </ChartFrame>
  );
}
