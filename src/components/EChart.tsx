/**
 * The one component that owns ECharts in the React app: loads only the parts
 * the option needs (see charts/echarts/loader), draws, resizes with its
 * container, and disposes on unmount (via echarts-for-react). Itself loaded on
 * demand, so a page's numbers show before any chart code arrives.
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useRef, useState } from 'react';
import {
  chartDescription,
  loadedFor,
  loadEChartsFor,
  tooltipOnFirstUse,
  type ECharts,
} from '../charts/echarts/loader';
import type { ChartOption } from '../charts/model';

export default function EChart({
  option,
  height,
  label,
}: {
  option: ChartOption;
  height: number;
  label: string;
}) {
  const [echarts, setEcharts] = useState<ECharts | undefined>(() => loadedFor(option));
  const [error, setError] = useState<Error>();
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
  // The chart's error boundary shows this with a retry.
  if (error) throw error;
  return (
    <div
      ref={box}
      role="img"
      aria-label={chartDescription(option, label)}
      className="echart"
      style={{ minHeight: height }}
    >
      {echarts && (
        <ReactEChartsCore
          ref={chart}
          echarts={echarts}
          option={option}
          notMerge
          style={{ height, width: '100%' }}
          opts={{ renderer: 'canvas' }}
        />
      )}
    </div>
  );
}
