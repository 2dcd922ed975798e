import { describe, expect, it } from 'vitest';
import { PALETTES, projectorPalette } from '../palettes';
import { NARROW_WIDTH } from './base';
import { barOption, type BarSpec } from './bar';

const spec = (over: Partial<BarSpec> = {}): BarSpec => ({
  categories: ['<b>a</b>', 'b'],
  series: [
    {
      name: 'S <img src=x onerror=alert(1)>',
      color: '#123456',
      values: [
        { value: 1, text: '1', derived: false },
        { value: 2, text: '≈ 2', derived: true },
      ],
    },
  ],
  axisFormat: String,
  description: 'desc',
  palette: PALETTES.light,
  ...over,
});

describe('barOption', () => {
  it('draws a derived value hollow with a dashed outline, a stated one filled', () => {
    const series = barOption(spec()).series as Array<{ data: unknown[] }>;
    expect(series[0]!.data[0]).toBe(1);
    expect(series[0]!.data[1]).toMatchObject({
      value: 2,
      itemStyle: { color: 'transparent', borderType: 'dashed' },
    });
  });

  it.each([
    [false, 'xAxis', 'category'],
    [true, 'yAxis', 'category'],
  ] as const)('horizontal=%s puts categories on %s', (horizontal, axis, type) => {
    expect(barOption(spec({ horizontal }))[axis]).toMatchObject({ type });
  });

  it('escapes dataset text in the HTML tooltip', () => {
    const tooltip = barOption(spec()).tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter([{ axisValueLabel: '<b>a</b>', seriesIndex: 0, dataIndex: 1 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x');
    expect(html).toContain('&lt;b&gt;a&lt;/b&gt;');
    expect(html).toContain('≈ 2');
  });

  it('adds a reference line only when asked', () => {
    const withLine = barOption(spec({ reference: { value: 100, label: 'Plan' } })).series as Array<{
      markLine?: unknown;
    }>;
    expect(withLine[0]!.markLine).toMatchObject({ data: [{ yAxis: 100 }] });
    expect((barOption(spec()).series as Array<{ markLine?: unknown }>)[0]!.markLine).toBeUndefined();
  });

  it('turns on ECharts aria with the given description', () => {
    expect(barOption(spec()).aria).toEqual({ enabled: true, label: { enabled: true, description: 'desc' } });
  });
});

describe('narrow containers (ECharts media query)', () => {
  type Media = Array<{
    query: { maxWidth: number };
    option: Record<string, { axisLabel: Record<string, unknown> }>;
  }>;
  it.each([
    ['vertical', false, 'xAxis', 64, true],
    ['horizontal', true, 'yAxis', 96, false],
  ] as const)(
    '%s bars: category labels narrower, value scale shown: %s',
    (_n, horizontal, axis, width, scale) => {
      const media = (barOption(spec({ horizontal })) as { media: Media }).media;
      expect(media).toHaveLength(1);
      expect(media[0]!.query.maxWidth).toBe(NARROW_WIDTH);
      expect(media[0]!.option[axis]!.axisLabel).toMatchObject({ width, fontSize: 12 });
      const valueAxis = horizontal ? 'xAxis' : 'yAxis';
      expect(media[0]!.option[valueAxis]!.axisLabel.show).toBe(scale);
    },
  );

  it('is left out of projector slides, which are never narrow', () => {
    const o = barOption(spec({ palette: projectorPalette(1) })) as { media?: unknown };
    expect(o.media).toBeUndefined();
  });
});
