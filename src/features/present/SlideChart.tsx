/**
 * One slide's chart. It owns its ECharts instance directly (through the same part loader as the
 * dashboard) because a slide's chart fills whatever height the slide leaves it, which the dashboard's
 * fixed-height owner does not do. The instance lives exactly as long as the slide is on screen: the
 * deck mounts only the current slide, and unmounting disposes the instance, its canvas and its
 * listeners, so a deck left running all day does not grow.
 */
import { useEffect, useRef, useState } from 'react';
import { chartDescription, loadEChartsFor, tooltipOnFirstUse } from '../../charts/echarts/loader';
import type { ChartOption } from '../../charts/model';

export function SlideChart({ id, option, label }: { id: string; option: ChartOption; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    let live = true;
    let dispose = () => {};
    loadEChartsFor(option).then(
      (echarts) => {
        const el = ref.current;
        if (!live || !el || !box.current) return;
        const chart = echarts.init(el, undefined, { renderer: 'canvas' });
        chart.setOption(option, { notMerge: true });
        // Full screen, a window resize or a new footer line change the space the chart has.
        const observer = new ResizeObserver(() => chart.resize());
        observer.observe(el);
        // As on the dashboard: the tooltip code arrives when someone points at the chart.
        const stopTooltip = tooltipOnFirstUse(box.current, () => chart, option);
        dispose = () => {
          stopTooltip();
          observer.disconnect();
          chart.dispose();
        };
      },
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
      dispose();
    };
  }, [option]);
  // The slide's error boundary shows this with a retry.
  if (error) throw error;
  return (
    <div
      ref={box}
      className="slide-chart"
      data-chart-id={id}
      role="img"
      aria-label={chartDescription(option, label)}
    >
      <div ref={ref} className="slide-chart-canvas" />
    </div>
  );
}
