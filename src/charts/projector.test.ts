import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../data/schema';
import { loadRaw } from '../../tests/unit/fixtures';
import { CHARTS } from '../../tests/shipped';
import type { Datasets } from './model';
import { barOption, type BarSpec } from './options/bar';
import { rankSlopeOption, spreadOffsets } from './options/slope';
import { PALETTES, projectorPalette } from './palettes';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const spec = (palette: BarSpec['palette'], over: Partial<BarSpec> = {}): BarSpec => ({
  categories: ['a', 'b'],
  series: [
    {
      name: 's',
      color: palette.current,
      values: [
        { value: 90, text: '90', derived: false },
        { value: 110, text: '≈ 110', derived: true },
      ],
    },
  ],
  axisFormat: String,
  description: 'd',
  palette,
  ...over,
});
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('the projector palette', () => {
  const p = projectorPalette(1);

  it('keeps chart text at 7:1 or more against its background', () => {
    expect(contrast(p.text, p.background)).toBeGreaterThanOrEqual(7);
    expect(contrast(p.muted, p.background)).toBeGreaterThanOrEqual(7);
  });

  it('keeps white labels inside filled bars at 7:1 or more, and lines and bars dark on white', () => {
    for (const c of [p.current, p.base, p.target, ...p.parts]) {
      expect(contrast('#ffffff', c), c).toBeGreaterThanOrEqual(7);
      expect(contrast(c, p.background), c).toBeGreaterThanOrEqual(7);
    }
  });

  it('starts at 18 px type at 1024×768 and grows in proportion', () => {
    expect(p.fontSize).toBe(18);
    expect(projectorPalette(1.40625).fontSize).toBeCloseTo(25.3, 1);
    expect(projectorPalette(2).lineWidth).toBe(2 * p.lineWidth!);
  });

  it('draws no split lines, thicker axes and reference lines, and scaled bars', () => {
    const o = plain(barOption(spec(p, { reference: { value: 100, label: 'Plan' } })));
    expect(o.yAxis.splitLine).toEqual({ show: false });
    expect(o.yAxis.axisLine).toMatchObject({ show: true, lineStyle: { width: 2 } });
    expect(o.xAxis.axisLine.lineStyle.width).toBe(2);
    expect(o.series[0].markLine.lineStyle.width).toBe(4);
    expect(o.series[0].barMaxWidth).toBe(Math.round(48 * (18 / 14)));
    expect(o.series[0].data[1].itemStyle.borderWidth).toBe(4);
    expect(o.series[0].label.fontSize).toBe(18);
  });

  it('gives every chart definition 18 px text at 1024×768 wherever it sets a size', () => {
    const data: Datasets = Object.fromEntries(DATASET_IDS.map((id) => [id, loadRaw(id)]));
    for (const def of CHARTS) {
      const sizes: number[] = [];
      JSON.stringify(def.build(data, { locale: 'vi', palette: p }).option, (k, v) => {
        if (k === 'fontSize') sizes.push(v as number);
        return v;
      });
      expect(sizes.length, def.id).toBeGreaterThan(0);
      expect(Math.min(...sizes), def.id).toBeGreaterThanOrEqual(18);
    }
  });

  it('shows only the first rank of each slope line beside it, the last being in the end label', () => {
    const o = rankSlopeOption({
      columns: ['2021', '2022'],
      lines: [
        { name: 'A', color: '#000000', from: 50, to: 43, mark: '43', tooltip: '' },
        { name: 'B', color: '#000000', from: 49, to: 39, mark: '39', tooltip: '' },
      ],
      max: 63,
      description: 'd',
      palette: p,
    });
    const series = o.series as Array<{ label: { formatter: (x: object) => string; offset: number[] } }>;
    expect(series[0]!.label.formatter({ dataIndex: 0, value: 50 })).toBe('50');
    expect(series[0]!.label.formatter({ dataIndex: 1, value: 43 })).toBe('');
    // 50 and 49 are one rank apart: their labels are pushed apart.
    expect(series[0]!.label.offset[1]).toBeGreaterThan(series[1]!.label.offset[1]!);
  });
});

describe('the dashboard palettes', () => {
  it.each(['light', 'dark'] as const)(
    '%s keeps grey split lines and unscaled sizes, the reference line under the labels',
    (theme) => {
      const p = PALETTES[theme];
      const o = plain(barOption(spec(p, { reference: { value: 100, label: 'Plan' } })));
      expect(o.yAxis.splitLine).toEqual({ lineStyle: { color: p.axis, opacity: 0.35 } });
      expect(o.series[0].barMaxWidth).toBe(48);
      expect(o.series[0].markLine.lineStyle.width).toBe(2);
      // The reference line runs under the bar labels, which hide it behind them: it never cuts a number.
      expect(o.series[0].markLine.z).toBe(1);
      expect(o.series[0].label.backgroundColor).toBe(p.background);
      // Wrapped category labels need a line height on every palette.
      expect(o.xAxis.axisLabel.lineHeight).toBe(Math.round(p.fontSize * 1.25));
    },
  );
});

describe('spreadOffsets', () => {
  // Ranks are taken to be 10 / (3 + 1) = 2.5 px apart; labels 10 px tall.
  it.each([
    [
      [50, 49, 62],
      [3.75, -3.75, 0],
    ],
    // Four ranks apart: 10 px, no closer than a label is tall.
    [
      [39, 43, 56],
      [0, 0, 0],
    ],
    [
      [10, 11, 12],
      [-7.5, 0, 7.5],
    ],
    // 10 and 11 moved apart would land on 15: all three move as one.
    [
      [10, 11, 15],
      [-5, 2.5, 2.5],
    ],
    [[7], [0]],
  ])('%j → %j, every label at least 10 px from the next', (values, out) => {
    const offsets = spreadOffsets(values, 3, 10);
    expect(offsets.map((y) => Math.round(y * 100) / 100 + 0)).toEqual(out);
    const ys = values.map((v, i) => v * 2.5 + offsets[i]!).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(10 - 1e-9);
  });
});
