/** A donut of a whole's parts. Deterministic: the same spec always gives an equal option. */
import type { DefaultLabelFormatterCallbackParams, TooltipComponentFormatterCallbackParams } from 'echarts';
import type { ChartOption, Palette } from '../model';
import { baseOption, escapeHtml, px, stroke, wrapLineHeight } from './base';

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
      // An item tooltip: one slice's parameters, never a list.
      formatter: (params: TooltipComponentFormatterCallbackParams) => {
        const s = Array.isArray(params) ? undefined : spec.slices[params.dataIndex];
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
          formatter: ({ dataIndex }: DefaultLabelFormatterCallbackParams) => {
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
