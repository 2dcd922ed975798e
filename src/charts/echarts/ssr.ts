/**
 * A chart drawn at build time: ECharts' server-side renderer turns the same option the browser draws
 * into an SVG string, so a page built in advance shows its charts before any script runs. Node only
 * (scripts/prerender.ts); the browser never downloads this module.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from '../model';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

/** The option's chart as SVG markup, width x height CSS pixels, without animation or tooltip. */
export function chartSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    // The tooltip needs a pointer; its formatter functions mean nothing in a string.
    const drawn = { ...option, animation: false };
    delete drawn.tooltip;
    chart.setOption(drawn, { notMerge: true });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
