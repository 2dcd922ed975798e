/**
 * Bars, vertical or horizontal, side by side or stacked, with an optional reference line; on a narrow
 * container ECharts' media rules tighten their text. Deterministic: the same spec always gives an
 * equal option.
 */
import type { BarSeriesOption } from 'echarts/charts';
import type { DefaultLabelFormatterCallbackParams, TooltipComponentFormatterCallbackParams } from 'echarts';
import type { ChartOption, Palette } from '../model';
import {
  axisLineStyle,
  baseOption,
  escapeHtml,
  NARROW_WIDTH,
  px,
  stroke,
  valueAxisLines,
  wrapLineHeight,
} from './base';

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

/**
 * The category an axis tooltip is about: ECharts adds its label to each item's parameters, a field
 * its exported type does not declare.
 */
function axisValueLabel(item: DefaultLabelFormatterCallbackParams | undefined): string {
  return item && 'axisValueLabel' in item && typeof item.axisValueLabel === 'string'
    ? item.axisValueLabel
    : '';
}

function tooltipFor(spec: BarSpec): ChartOption['tooltip'] {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    confine: true,
    textStyle: { fontSize: spec.palette.fontSize },
    formatter: (params: TooltipComponentFormatterCallbackParams) => {
      const list = Array.isArray(params) ? params : [params];
      const head = axisValueLabel(list[0]);
      const lines = list.flatMap((item) => {
        const s = item.seriesIndex === undefined ? undefined : spec.series[item.seriesIndex];
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
  // The value axis labels sit right under a vertical reference line's end ("Plan" on "90%"); its label
  // goes to the top instead, in a margin kept free for it.
  const referenceLabelAtStart = spec.reference !== undefined && spec.horizontal === true;
  // A reference line would cross the bar labels near it ("9|5.42%"): it runs under them, and under the
  // bars, and each label gets the background's colour behind it.
  const referenceUnderLabels = spec.reference !== undefined;
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
      formatter: ({ dataIndex }: DefaultLabelFormatterCallbackParams) => s.values[dataIndex]?.text ?? '',
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
          grid: { left: 0, right: spec.horizontal ? labelRoom(spec, 12, 68) : 4 },
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
