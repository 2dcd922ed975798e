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

/** A fixed layout size in px, grown with the palette's scale (unchanged when it has none). */
function px(p: Palette, n: number): number {
  return p.scale === undefined ? n : Math.round(n * p.scale);
}

/**
 * Line height for labels that wrap: Vietnamese stacks diacritics above and below, and ECharts' default
 * (the font size) lets wrapped lines touch or overprint.
 */
function wrapLineHeight(p: Palette) {
  return { lineHeight: Math.round(p.fontSize * 1.25) };
}

/** A stroke width in px, in proportion to the palette's line width. */
function stroke(p: Palette, n: number): number {
  return n * (p.lineWidth ?? 1);
}

/** An axis line; the width is left to ECharts' default unless the palette asks for thicker lines. */
function axisLineStyle(p: Palette) {
  return p.lineWidth === undefined ? { color: p.axis } : { color: p.axis, width: p.lineWidth };
}

/**
 * Split lines across the plot, or none: without them the value axis draws its own line so the
 * scale keeps a visible edge.
 */
function valueAxisLines(p: Palette) {
  return p.gridLines === false
    ? { splitLine: { show: false }, axisLine: { show: true, lineStyle: axisLineStyle(p) } }
    : { splitLine: { lineStyle: { color: p.axis, opacity: 0.35 } } };
}

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
      width: px(p, spec.horizontal ? 150 : 110),
      overflow: 'break' as const,
      ...wrapLineHeight(p),
    },
    axisLine: { lineStyle: axisLineStyle(p) },
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
    ...valueAxisLines(p),
  };
  // Without split lines the value axis labels sit right under a vertical reference line's end; its
  // label goes to the top instead, in a margin kept free for it.
  const referenceLabelAtStart = spec.reference !== undefined && spec.horizontal && p.gridLines === false;
  // A thick reference line would cross the bar labels near it: there it runs under them, and under
  // the bars, and each label gets the background's colour behind it.
  const referenceUnderLabels = spec.reference !== undefined && p.gridLines === false;
  const series: BarSeriesOption[] = spec.series.map((s, i) => ({
    type: 'bar',
    name: s.name,
    stack: spec.stacked ? 'total' : undefined,
    barMaxWidth: px(p, 48),
    itemStyle: { color: s.color },
    label: {
      show: true,
      position: spec.stacked ? 'inside' : spec.horizontal ? 'right' : 'top',
      color: spec.stacked ? '#fff' : p.text,
      fontSize: small,
      ...(referenceUnderLabels && !spec.stacked
        ? { backgroundColor: p.background, padding: [2, 3], ...wrapLineHeight(p) }
        : {}),
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
                borderWidth: stroke(p, 2),
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
            ...(referenceUnderLabels ? { z: 1 } : {}),
            lineStyle: { color: p.text, type: 'solid', width: stroke(p, 2) },
            label: {
              formatter: spec.reference.label,
              color: p.text,
              fontSize: small,
              position: referenceLabelAtStart ? 'start' : 'end',
            },
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
      itemGap: px(p, 16),
      ...(p.scale === undefined ? {} : { itemWidth: px(p, 25), itemHeight: px(p, 14) }),
    },
    grid: {
      top:
        px(p, spec.series.length > 1 ? 40 : 16) + (referenceLabelAtStart ? Math.round(p.fontSize * 1.5) : 0),
      left: px(p, 8),
      right: spec.horizontal ? labelRoom(spec, p.fontSize, px(p, 72)) : px(p, 16),
      bottom: px(p, 8),
      containLabel: true,
    },
    tooltip: tooltipFor(spec),
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series,
    ...narrowBarMedia(spec),
  };
}

/** Below this container width (phones, narrow article columns) charts tighten their text. */
export const NARROW_WIDTH = 440;

/**
 * The margin right of a horizontal plot, where the longest value label is printed past its bar
 * ("≈ 100% (111/111)"): ECharts' containLabel counts axis labels, not series labels.
 */
function labelRoom(spec: BarSpec, fontSize: number, least: number): number {
  if (spec.stacked) return least;
  const longest = Math.max(0, ...spec.series.flatMap((s) => s.values.map((v) => v?.text.length ?? 0)));
  return Math.max(least, Math.ceil(longest * fontSize * 0.62) + 8);
}

/**
 * ECharts media queries, applied by the chart itself on every resize: on a narrow container the
 * category labels get less room and smaller type so the bars keep theirs, and value labels that
 * would overlap a neighbour's are left to the tooltip and the table. Projector slides are never narrow.
 */
function narrowBarMedia(spec: BarSpec): Partial<Pick<ChartOption, 'media'>> {
  if (spec.palette.scale !== undefined) return {};
  const categoryAxis = { axisLabel: { width: spec.horizontal ? 96 : 64, fontSize: 12, lineHeight: 15 } };
  // Horizontal bars carry their values as labels: the value scale only crowds the narrow plot.
  const valueAxis = { axisLabel: { fontSize: 12, show: !spec.horizontal }, nameTextStyle: { fontSize: 12 } };
  return {
    media: [
      {
        query: { maxWidth: NARROW_WIDTH },
        option: {
          // A horizontal chart's reference label sits under the plot, where the hidden scale was.
          grid: {
            left: 0,
            right: spec.horizontal ? labelRoom(spec, 12, 68) : 4,
            ...(spec.horizontal && spec.reference ? { bottom: 24 } : {}),
          },
          xAxis: spec.horizontal ? valueAxis : categoryAxis,
          yAxis: spec.horizontal ? categoryAxis : valueAxis,
          series: spec.series.map(() => ({
            label: { fontSize: 12 },
            labelLayout: spec.series.length > 1 && !spec.horizontal ? { hideOverlap: true } : undefined,
          })),
        },
      },
    ],
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

/**
 * Vertical offsets in px that spread labels of nearly equal ranks apart (ranks within `within` of
 * each other form a cluster, centred on where they were), so "49" and "50" do not print on top of
 * each other. Labels with no close neighbour keep offset 0.
 */
export function spreadOffsets(values: readonly number[], within: number, step: number): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const out: number[] = values.map(() => 0);
  let cluster: typeof order = [];
  const flush = () => {
    cluster.forEach(({ i }, k) => (out[i] = (k - (cluster.length - 1) / 2) * step));
    cluster = [];
  };
  for (const item of order) {
    const last = cluster[cluster.length - 1];
    if (last && item.v - last.v > within) flush();
    cluster.push(item);
  }
  flush();
  return out;
}

/** A slope chart of ranks: earlier edition on the left, latest on the right, rank 1 at the top. */
export function rankSlopeOption(spec: {
  columns: [string, string];
  lines: readonly SlopeLine[];
  /** The earlier ranks are derived, not stated: their labels carry "≈". */
  fromDerived?: boolean;
  max: number;
  description: string;
  palette: Palette;
}): ChartOption {
  const p = spec.palette;
  const small = p.fontSize;
  // Without grid lines an axis scale reads nothing: every point carries its rank instead, the
  // latest one in its end label, and labels that would collide are moved apart.
  const bare = p.gridLines === false;
  const step = Math.round(small * 1.15);
  const startOffsets = spreadOffsets(
    spec.lines.map((l) => l.from),
    3,
    step,
  );
  const endOffsets = spreadOffsets(
    spec.lines.map((l) => l.to),
    3,
    step,
  );
  const series: LineSeriesOption[] = spec.lines.map((l, i) => ({
    type: 'line',
    name: l.name,
    data: [l.from, l.to],
    symbol: ['emptyCircle', 'circle', 'rect', 'triangle'][i % 4],
    symbolSize: px(p, 14),
    lineStyle: { width: stroke(p, 4), color: l.color },
    itemStyle: { color: l.color },
    label: {
      show: true,
      position: 'left',
      color: p.text,
      fontSize: small,
      // The latest rank is in the end label; the earlier one is labelled here.
      formatter: ({ dataIndex, value }: { dataIndex: number; value: unknown }) =>
        dataIndex === 0 ? `${spec.fromDerived ? '≈ ' : ''}${String(value)}` : '',
      offset: [0, startOffsets[i] ?? 0],
    },
    endLabel: {
      show: true,
      formatter: l.label,
      color: p.text,
      fontSize: small,
      fontWeight: 'bold',
      offset: [0, endOffsets[i] ?? 0],
    },
  }));
  // End labels sit right of the plot; bold digits and capitals run to about 0.65 em each.
  const longest = Math.max(0, ...spec.lines.map((l) => l.label.length));
  const right = Math.max(px(p, 150), Math.ceil(longest * small * 0.65) + px(p, 16));
  return {
    ...baseOption(p, spec.description),
    grid: { top: px(p, 24), left: px(p, 56), right, bottom: px(p, 36) },
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
      // Both editions always labelled: ECharts would drop one when the plot is narrow.
      axisLabel: { color: p.text, fontSize: small, fontWeight: 'bold', interval: 0 },
      axisLine: { lineStyle: axisLineStyle(p) },
    },
    yAxis: {
      type: 'value',
      inverse: true,
      min: 1,
      max: spec.max,
      interval: 10,
      ...(bare
        ? {
            // Only the top of the scale, so "1 is best" has a place on the slide; the bottom one
            // would sit among the lowest ranks' labels.
            axisLabel: { color: p.muted, fontSize: small, customValues: [1] },
            axisTick: { show: false },
            axisLine: { show: false },
            splitLine: { show: false },
          }
        : // Every point carries its rank: the scale keeps only "1" (best), so it cannot collide with them.
          { axisLabel: { color: p.muted, fontSize: small, customValues: [1] }, ...valueAxisLines(p) }),
    },
    series,
    ...(p.scale === undefined
      ? {
          // Narrow containers: smaller type, and end labels wrap onto two lines so the lines keep some width.
          media: [
            {
              query: { maxWidth: NARROW_WIDTH },
              option: {
                grid: { left: 52, right: 96 },
                series: spec.lines.map(() => ({
                  label: { fontSize: 12 },
                  endLabel: { fontSize: 12, width: 88, overflow: 'break', lineHeight: 15 },
                })),
              },
            },
          ],
        }
      : {}),
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
        itemStyle: { borderColor: p.background, borderWidth: stroke(p, 3) },
        label: {
          show: true,
          color: p.text,
          fontSize: small,
          ...wrapLineHeight(p),
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const s = spec.slices[dataIndex];
            return s ? `${s.name}\n${s.text}` : '';
          },
        },
        labelLine: {
          show: true,
          length: px(p, 8),
          length2: px(p, 8),
          ...(p.lineWidth === undefined ? {} : { lineStyle: { width: p.lineWidth } }),
        },
        data: spec.slices.map((s) => ({ name: s.name, value: s.value, itemStyle: { color: s.color } })),
      },
    ],
  };
}
