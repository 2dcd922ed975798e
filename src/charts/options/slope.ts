/** The rank slope chart (PCI, PAR INDEX, SIPAS). Deterministic: the same spec always gives an equal option. */
import type { LineSeriesOption } from 'echarts/charts';
import type { DefaultLabelFormatterCallbackParams, TooltipComponentFormatterCallbackParams } from 'echarts';
import type { ChartOption, Palette } from '../model';
import { axisLineStyle, baseOption, escapeHtml, NARROW_WIDTH, px, stroke, valueAxisLines } from './base';

export interface SlopeLine {
  name: string;
  color: string;
  from: number;
  to: number;
  /** The latest rank and its change, e.g. "43 (↑7)": the end label is "PCI 43 (↑7)", on two lines when narrow. */
  mark: string;
  tooltip: string;
}

/**
 * Vertical offsets in px that spread labels of nearly equal ranks apart, so "49" and "50" do not print
 * on top of each other, where the chart's height is not known (ranks `within` of each other or closer
 * are taken to be drawn closer than a label, `step` px, is tall). Labels with no close neighbour keep 0.
 */
export function spreadOffsets(values: readonly number[], within: number, step: number): number[] {
  return spreadApart(
    values.map((v) => (v * step) / (within + 1)),
    step,
  );
}

const NARROW_FONT = 12;
const NARROW_LINE = 15;
/** Upper bounds of the bands of chart heights (px) a narrow chart's end labels are spread for. */
const NARROW_HEIGHT_BANDS = [360, 320, 280, 240, 200, 160];

/**
 * Offsets that move labels centred at `positions` (px) apart until their centres are at least `gap`
 * apart, each run of labels that would touch centred where its labels wanted to be: a run moved
 * apart never lands on its neighbour, it joins it and both move as one.
 */
export function spreadApart(positions: readonly number[], gap: number): number[] {
  const order = positions.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const runs: { items: typeof order; sum: number; top: number }[] = [];
  for (const item of order) {
    runs.push({ items: [item], sum: item.y, top: item.y });
    for (;;) {
      const [prev, last] = runs.slice(-2);
      if (!prev || !last || last.top >= prev.top + prev.items.length * gap) break;
      const items = [...prev.items, ...last.items];
      const sum = prev.sum + last.sum;
      runs.splice(-2, 2, { items, sum, top: sum / items.length - ((items.length - 1) / 2) * gap });
    }
  }
  const out = positions.map(() => 0);
  for (const run of runs) run.items.forEach(({ y, i }, k) => (out[i] = run.top + k * gap - y));
  return out;
}

/**
 * End labels of a narrow chart, two lines each (broken by zrender instead, "SIPAS 56 (↑6)" split at the
 * arrow): their offsets, so that no two overlap where ranks are drawn `plotHeight / (max - 1)` px apart.
 */
export function narrowEndLabels(
  lines: readonly Pick<SlopeLine, 'to'>[],
  max: number,
  plotHeight: number,
): number[] {
  const pxPerRank = plotHeight / Math.max(1, max - 1);
  return spreadApart(
    lines.map((l) => (l.to - 1) * pxPerRank),
    2 * NARROW_LINE,
  );
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
  const top = px(p, 24);
  const bottom = px(p, 36);
  // A narrow chart's end labels spread for a band of chart heights (an embed's chart fits its frame),
  // computed at the band's lowest height, where its ranks are drawn closest together.
  const narrowAt = (chartHeight: number) =>
    narrowEndLabels(spec.lines, spec.max, chartHeight - top - bottom).map((y) => ({
      endLabel: { offset: [0, y] },
    }));
  // Charts taller than the highest band: the spread for that band's top, more than they need.
  const narrowTallest = narrowAt(NARROW_HEIGHT_BANDS[0]!);
  const longestLine = Math.max(0, ...spec.lines.flatMap((l) => [l.name.length, l.mark.length]));
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
      formatter: ({ dataIndex, value }: DefaultLabelFormatterCallbackParams) =>
        dataIndex === 0 ? `${spec.fromDerived ? '≈ ' : ''}${String(value)}` : '',
      offset: [0, startOffsets[i] ?? 0],
    },
    endLabel: {
      show: true,
      formatter: `${l.name} ${l.mark}`,
      color: p.text,
      fontSize: small,
      fontWeight: 'bold',
      offset: [0, endOffsets[i] ?? 0],
    },
  }));
  // End labels sit right of the plot; bold digits and capitals run to about 0.65 em each.
  const longest = Math.max(0, ...spec.lines.map((l) => l.name.length + 1 + l.mark.length));
  const right = Math.max(px(p, 150), Math.ceil(longest * small * 0.65) + px(p, 16));
  return {
    ...baseOption(p, spec.description),
    grid: { top: px(p, 24), left: px(p, 56), right, bottom: px(p, 36) },
    tooltip: {
      trigger: 'item',
      confine: true,
      textStyle: { fontSize: p.fontSize },
      // An item tooltip: one point's parameters, never a list.
      formatter: (params: TooltipComponentFormatterCallbackParams) => {
        const line =
          Array.isArray(params) || params.seriesIndex === undefined
            ? undefined
            : spec.lines[params.seriesIndex];
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
          // Narrow containers: smaller type, and end labels on two lines (name, then rank) so the lines
          // keep some width. Two-line labels are spread apart by their height in px, not by ranks.
          media: [
            {
              query: { maxWidth: NARROW_WIDTH },
              option: {
                grid: { left: 52, right: Math.ceil(longestLine * NARROW_FONT * 0.65) + 16 },
                series: spec.lines.map((l, i) => ({
                  label: { fontSize: NARROW_FONT },
                  endLabel: {
                    fontSize: NARROW_FONT,
                    lineHeight: NARROW_LINE,
                    formatter: `${l.name}\n${l.mark}`,
                    offset: narrowTallest[i]!.endLabel.offset,
                  },
                })),
              },
            },
            // Later rules win: the lowest band a chart is in sets its spread.
            ...NARROW_HEIGHT_BANDS.map((maxHeight, k) => ({
              query: { maxWidth: NARROW_WIDTH, maxHeight },
              option: { series: narrowAt(NARROW_HEIGHT_BANDS[k + 1] ?? maxHeight - 40) },
            })),
          ],
        }
      : {}),
  };
}
