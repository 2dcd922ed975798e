/**
 * Named pure functions that turn a chart's series into an ECharts option.
 * Deterministic: the same spec always gives an equal option.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { ChartOption, Palette } from './model';

export interface BarValue {
  value: number;
  /** The label printed on the bar: "70.741", "≈ 65.055", "4.180 (ư)". */
  text: string;
  derived: boolean;
}

export interface BarSeriesSpec {
  name: string;
  color: string;
  values: ReadonlyArray<BarValue | null>;
}

export interface BarSpec {
  categories: readonly string[];
  series: readonly BarSeriesSpec[];
  horizontal?: boolean;
  stacked?: boolean;
  /** Formats axis ticks. */
  axisFormat: (n: number) => string;
  axisName?: string;
  /** Upper end of the value axis, e.g. the total of a stacked whole. */
  max?: number;
  /** A reference line such as 100 % of plan. */
  reference?: { value: number; label: string };
  /** Read by screen readers in place of the chart. */
  description: string;
  palette: Palette;
}

const escapeMap: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** ECharts renders tooltips as HTML: every text from a dataset goes through this. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => escapeMap[c]!);
}

/** Canvas text needs a real family list: "inherit" is not a valid canvas font and falls back to 10px. */
export const CHART_FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

export function textStyle(p: Palette) {
  return { color: p.text, fontSize: p.fontSize, fontFamily: CHART_FONT };
}

export function baseOption(p: Palette, description: string): ChartOption {
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: textStyle(p),
    aria: { enabled: true, label: { enabled: true, description } },
  };
}

function tooltipFor(spec: BarSpec): ChartOption['tooltip'] {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    confine: true,
    textStyle: { fontSize: spec.palette.fontSize },
    formatter: (params: unknown) => {
      const list = (Array.isArray(params) ? params : [params]) as Array<{
        axisValueLabel?: string;
        seriesIndex: number;
        dataIndex: number;
      }>;
      const head = list[0]?.axisValueLabel ?? '';
      const lines = list.flatMap((item) => {
        const s = spec.series[item.seriesIndex];
        const v = s?.values[item.dataIndex];
        return s && v ? [`${escapeHtml(s.name)}: <b>${escapeHtml(v.text)}</b>`] : [];
      });
      return [`<b>${escapeHtml(head)}</b>`, ...lines].join('<br/>');
    },
  };
}

export function barOption(spec: BarSpec): ChartOption {
  const p = spec.palette;
  const small = p.fontSize;
  const categoryAxis = {
    type: 'category' as const,
    data: [...spec.categories],
    axisLabel: {
      color: p.text,
      fontSize: small,
      interval: 0,
      width: spec.horizontal ? 150 : 110,
      overflow: 'break' as const,
    },
    axisLine: { lineStyle: { color: p.axis } },
    axisTick: { show: false },
    inverse: spec.horizontal === true,
  };
  const valueAxis = {
    type: 'value' as const,
    name: spec.axisName,
    nameTextStyle: { color: p.muted, fontSize: small },
    axisLabel: { color: p.muted, fontSize: small, formatter: spec.axisFormat, hideOverlap: true },
    splitNumber: 4,
    max: spec.max,
    splitLine: { lineStyle: { color: p.axis, opacity: 0.35 } },
  };
  const series: BarSeriesOption[] = spec.series.map((s, i) => ({
    type: 'bar',
    name: s.name,
    stack: spec.stacked ? 'total' : undefined,
    barMaxWidth: 48,
    itemStyle: { color: s.color },
    label: {
      show: true,
      position: spec.stacked ? 'inside' : spec.horizontal ? 'right' : 'top',
      color: spec.stacked ? '#fff' : p.text,
      fontSize: small,
      formatter: ({ dataIndex }: { dataIndex: number }) => s.values[dataIndex]?.text ?? '',
    },
    data: s.values.map((v) =>
      v === null
        ? null
        : v.derived
          ? {
              value: v.value,
              // Derived values: hollow with a dashed outline, so colour is not the only marker.
              itemStyle: {
                color: 'transparent',
                borderColor: s.color,
                borderWidth: 2,
                borderType: 'dashed' as const,
              },
              label: spec.stacked ? { color: p.text } : undefined,
            }
          : v.value,
    ),
    markLine:
      spec.reference && i === 0
        ? {
            symbol: 'none',
            silent: true,
            lineStyle: { color: p.text, type: 'solid', width: 2 },
            label: { formatter: spec.reference.label, color: p.text, fontSize: small, position: 'end' },
            data: [spec.horizontal ? { xAxis: spec.reference.value } : { yAxis: spec.reference.value }],
          }
        : undefined,
  }));
  return {
    ...baseOption(p, spec.description),
    legend: {
      show: spec.series.length > 1,
      top: 0,
      left: 0,
      textStyle: { color: p.text, fontSize: small },
      itemGap: 16,
    },
    grid: {
      top: spec.series.length > 1 ? 40 : 16,
      left: 8,
      right: spec.horizontal ? 72 : 16,
      bottom: 8,
      containLabel: true,
    },
    tooltip: tooltipFor(spec),
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series,
  };
}

export interface SlopeLine {
  name: string;
  color: string;
  from: number;
  to: number;
  /** End label, e.g. "PCI 43 (↑7)". */
  label: string;
  tooltip: string;
}

/** A slope chart of ranks: earlier edition on the left, latest on the right, rank 1 at the top. */
export function rankSlopeOption(spec: {
  columns: [string, string];
  lines: readonly SlopeLine[];
  max: number;
  description: string;
  palette: Palette;
}): ChartOption {
  const p = spec.palette;
  const small = p.fontSize;
  const series: LineSeriesOption[] = spec.lines.map((l, i) => ({
    type: 'line',
    name: l.name,
    data: [l.from, l.to],
    symbol: ['emptyCircle', 'circle', 'rect', 'triangle'][i % 4],
    symbolSize: 14,
    lineStyle: { width: 4, color: l.color },
    itemStyle: { color: l.color },
    label: { show: true, position: 'left', color: p.text, fontSize: small, formatter: '{c}' },
    endLabel: { show: true, formatter: l.label, color: p.text, fontSize: small, fontWeight: 'bold' },
  }));
  return {
    ...baseOption(p, spec.description),
    grid: { top: 24, left: 56, right: 150, bottom: 36 },
    tooltip: {
      trigger: 'item',
      confine: true,
      textStyle: { fontSize: p.fontSize },
      formatter: (params: unknown) => {
        const line = spec.lines[(params as { seriesIndex: number }).seriesIndex];
        return line ? escapeHtml(line.tooltip) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: [...spec.columns],
      boundaryGap: false,
      axisLabel: { color: p.text, fontSize: small, fontWeight: 'bold' },
      axisLine: { lineStyle: { color: p.axis } },
    },
    yAxis: {
      type: 'value',
      inverse: true,
      min: 1,
      max: spec.max,
      interval: 10,
      axisLabel: { color: p.muted, fontSize: small },
      splitLine: { lineStyle: { color: p.axis, opacity: 0.35 } },
    },
    series,
  };
}

export interface DonutSlice {
  name: string;
  value: number;
  text: string;
  color: string;
}

export function donutOption(spec: {
  slices: readonly DonutSlice[];
  description: string;
  palette: Palette;
}): ChartOption {
  const p = spec.palette;
  const small = p.fontSize;
  return {
    ...baseOption(p, spec.description),
    legend: { show: false },
    tooltip: {
      trigger: 'item',
      confine: true,
      textStyle: { fontSize: p.fontSize },
      formatter: (params: unknown) => {
        const s = spec.slices[(params as { dataIndex: number }).dataIndex];
        return s ? `${escapeHtml(s.name)}: <b>${escapeHtml(s.text)}</b>` : '';
      },
    },
    series: [
      {
        type: 'pie',
        radius: ['42%', '68%'],
        center: ['50%', '50%'],
        avoidLabelOverlap: true,
        itemStyle: { borderColor: p.background, borderWidth: 3 },
        label: {
          show: true,
          color: p.text,
          fontSize: small,
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const s = spec.slices[dataIndex];
            return s ? `${s.name}\n${s.text}` : '';
          },
        },
        labelLine: { show: true, length: 8, length2: 8 },
        data: spec.slices.map((s) => ({ name: s.name, value: s.value, itemStyle: { color: s.color } })),
      },
    ],
  };
}
