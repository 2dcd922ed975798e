/**
 * A chart drawn at build time: ECharts' server-side renderer turns the same option the browser draws
 * into an SVG string, so a page built in advance shows its charts before any script runs. Node only
 * (scripts/prerender.ts); the browser never downloads this module.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { platformApi } from 'zrender/lib/core/platform.js';
import type { ChartModel, ChartOption } from '../model';
import type { ResolvedTheme } from '../palettes';
import { drawOnce } from './mount';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

// Without fonts, ECharts estimates a text's width from a table of Latin letters (Arial's widths),
// counts every other character a full em and ignores the weight: Vietnamese letters with marks and bold
// labels came out too narrow or too wide, and labels wrapped where the browser's would not. A marked
// letter is as wide as its base letter; bold is about a tenth wider. And the table is narrower than
// DejaVu Sans (Linux's sans-serif) by 10-15 %, San Francisco by a little less: axis numbers and
// category names laid out by it lost up to 8 px at the chart's edge in those fonts. Every width counts
// at the widest of them, so a label has room in any font it is read in (in Roboto or Segoe UI, a few
// pixels to spare).
const estimate = platformApi.measureText;
const WIDEST_FONT = 1.15;
const baseLetters = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('đ', 'd').replaceAll('Đ', 'D');
echarts.setPlatformAPI({
  measureText: (text = '', font = '') => {
    const width = estimate(baseLetters(text), font).width * WIDEST_FONT;
    return { width: /\b(bold|[6-9]00)\b/.test(font) ? width * 1.1 : width };
  },
});

const THEMES = ['light', 'dark'] as const;

/**
 * A chart built for a page: at each named width, in the light and the dark palette, each SVG in a
 * `<div class="ssr-<name> ssr-<theme>">` (CSS shows the one that fits the box, in the reader's theme).
 */
export function themedChartSvgs(
  widths: readonly (readonly [name: string | number, width: number])[],
  chart: (theme: ResolvedTheme) => Pick<ChartModel, 'option' | 'height'>,
): string {
  const themed = THEMES.map((theme) => [theme, chart(theme)] as const);
  return widths
    .flatMap(([name, w]) =>
      themed.map(
        ([theme, { option, height }]) =>
          `<div class="ssr-${name} ssr-${theme}">${chartSvg(option, w, height)}</div>`,
      ),
    )
    .join('');
}

/** The option's chart as SVG markup, width x height CSS pixels, without animation or tooltip. */
export function chartSvg(option: ChartOption, width: number, height: number): string {
  return drawOnce(echarts, null, { renderer: 'svg', ssr: true, width, height }, option, (c) =>
    c.renderToSVGString(),
  );
}
