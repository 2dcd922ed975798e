/**
 * The chart of an indicator across reports, from its view (./view.ts). Amounts are bars, one per
 * period: an estimate is paler and a value derived within its report has a dashed outline, as on every
 * other chart. Ranks are points on an upside-down axis from 1 to the ranking's size, one panel per
 * size: a place out of 63 provinces and one out of 34 are never drawn on the same scale.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption } from 'echarts/components';
import type { ChartOption, Palette } from '../model';
import { baseOption, textStyle } from '../options/base';
import type { SeriesRow, SeriesView } from './view';

type Axis<K extends 'xAxis' | 'yAxis'> = Extract<NonNullable<ChartOption[K]>, readonly unknown[]>[number];

const label = (r: SeriesRow) => `${r.text}${r.estimate ? '*' : ''}`;

function amountOption(view: SeriesView, p: Palette, description: string): ChartOption {
  const series: BarSeriesOption = {
    type: 'bar',
    barMaxWidth: 48,
    data: view.rows.map((r) => ({
      value: r.value,
      itemStyle: {
        color: r.derived ? 'transparent' : p.current,
        opacity: r.estimate ? 0.6 : 1,
        borderColor: p.current,
        borderWidth: r.derived ? 2 : 0,
        borderType: r.derived ? 'dashed' : 'solid',
      },
      // Item opacity would pale the label too: the number stays at full contrast.
      label: {
        show: true,
        position: 'top',
        formatter: label(r),
        color: p.text,
        fontSize: p.fontSize,
        opacity: 1,
      },
    })),
  };
  return {
    ...baseOption(p, description),
    grid: { left: 8, right: 8, top: p.fontSize * 2, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: view.rows.map((r) => r.category),
      axisLabel: { ...textStyle(p), interval: 0 },
      axisLine: { lineStyle: { color: p.axis } },
    },
    yAxis: { type: 'value', show: false },
    series: [series],
  };
}

function rankOption(view: SeriesView, p: Palette, description: string): ChartOption {
  const sizes = [...new Set(view.rows.map((r) => r.outOf ?? 0))];
  const width = 100 / sizes.length;
  const grid: GridComponentOption[] = sizes.map((_, i) => ({
    left: `${i * width + 4}%`,
    width: `${width - 8}%`,
    top: p.fontSize * 3,
    bottom: 8,
    containLabel: true,
  }));
  const xAxis: Axis<'xAxis'>[] = sizes.map((size, i) => ({
    type: 'category',
    gridIndex: i,
    data: view.rows.filter((r) => (r.outOf ?? 0) === size).map((r) => r.category),
    axisLabel: { ...textStyle(p), interval: 0 },
    axisLine: { lineStyle: { color: p.axis } },
  }));
  const yAxis: Axis<'yAxis'>[] = sizes.map((size, i) => ({
    type: 'value',
    gridIndex: i,
    inverse: true,
    min: 1,
    max: size || undefined,
    name: size ? `1–${size}` : '',
    nameTextStyle: textStyle(p),
    axisLabel: textStyle(p),
    splitLine: { show: p.gridLines !== false, lineStyle: { color: p.axis, opacity: 0.3 } },
  }));
  const series: LineSeriesOption[] = sizes.map((size, i) => ({
    type: 'line',
    xAxisIndex: i,
    yAxisIndex: i,
    symbolSize: 12,
    lineStyle: { color: p.current },
    itemStyle: { color: p.current },
    data: view.rows
      .filter((r) => (r.outOf ?? 0) === size)
      .map((r) => ({
        value: r.value,
        itemStyle: r.derived
          ? { color: p.background, borderColor: p.current, borderType: 'dashed' as const }
          : {},
        label: {
          show: true,
          position: 'top' as const,
          formatter: label(r),
          color: p.text,
          fontSize: p.fontSize,
        },
      })),
  }));
  return { ...baseOption(p, description), grid, xAxis, yAxis, series };
}

export function seriesOption(view: SeriesView, p: Palette): ChartOption {
  const description = `${view.title}: ${view.rows.map((r) => `${r.category} ${label(r)}`).join('; ')}`;
  return view.rank ? rankOption(view, p, description) : amountOption(view, p, description);
}

export const SERIES_CHART_HEIGHT = 240;
