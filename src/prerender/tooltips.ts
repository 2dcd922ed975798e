/**
 * A built chart's tooltips, without ECharts in the browser: the option's own tooltip formatter run at
 * build time for every data item the SVG draws, keyed by the item's series and data index (the
 * `ecmeta_series_index` / `ecmeta_data_index` attributes ECharts' server-side renderer writes on each
 * item's shape). The embed's script shows the text of the item under the pointer (src/embed/tooltip.ts),
 * so a reader pointing at a bar reads what the live chart's tooltip would say.
 */
import type { ChartOption } from '../charts/model';

type Formatter = (params: unknown) => string;
type Series = { type?: string; data?: unknown[] };

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The category axis' labels (bar and line charts), by data index. */
function categories(option: ChartOption): string[] {
  const axes = [...asArray(option.xAxis), ...asArray(option.yAxis)] as { type?: string; data?: unknown[] }[];
  const axis = axes.find((a) => a.type === 'category');
  return (axis?.data ?? []).map((d) =>
    typeof d === 'object' && d !== null && 'value' in d ? String(d.value) : String(d),
  );
}

/** Tooltip HTML (escaped by the formatter) by `${seriesIndex}:${dataIndex}`; empty without a formatter. */
export function tooltipTexts(option: ChartOption): Record<string, string> {
  const tooltip = asArray(option.tooltip)[0] as { trigger?: string; formatter?: unknown } | undefined;
  if (!tooltip || typeof tooltip.formatter !== 'function') return {};
  const format = tooltip.formatter as Formatter;
  const series = asArray(option.series) as Series[];
  const labels = categories(option);
  const out: Record<string, string> = {};
  series.forEach((s, seriesIndex) => {
    (s.data ?? []).forEach((_, dataIndex) => {
      // An axis tooltip lists every series at the category, as ECharts passes them.
      const params =
        tooltip.trigger === 'axis'
          ? series.map((_x, i) => ({ seriesIndex: i, dataIndex, axisValueLabel: labels[dataIndex] ?? '' }))
          : { seriesIndex, dataIndex };
      const text = format(params);
      if (text) out[`${seriesIndex}:${dataIndex}`] = text;
    });
  });
  return out;
}
