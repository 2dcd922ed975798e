import { describe, expect, it } from 'vitest';
import { PALETTES } from '../palettes';
import { narrowEndLabels, rankSlopeOption, spreadApart } from './slope';

describe('rank slope labels', () => {
  it.each([
    [true, '≈ 50'],
    [false, '50'],
  ])(
    'derived earlier ranks marked: %s → %s; the latest rank is left to the end label',
    (fromDerived, text) => {
      const o = rankSlopeOption({
        columns: ['2021', '2022'],
        lines: [{ name: 'PCI', color: '#000', from: 50, to: 43, mark: '43 (↑7)', tooltip: '' }],
        fromDerived,
        max: 63,
        description: 'd',
        palette: PALETTES.light,
      });
      const label = (o.series as Array<{ label: { formatter: (x: object) => string } }>)[0]!.label;
      expect(label.formatter({ dataIndex: 0, value: 50 })).toBe(text);
      expect(label.formatter({ dataIndex: 1, value: 43 })).toBe('');
    },
  );
});

describe('narrow end labels (two lines: name, then rank)', () => {
  // Rank r is drawn at (r - 1) * plotHeight / (max - 1) px from the top of the plot.
  const centres = (ranks: number[], offsets: number[], plot: number, max: number) =>
    ranks.map((r, i) => ((r - 1) * plot) / (max - 1) + offsets[i]!);
  it.each([
    // The 2023 report: PAR INDEX 39 and PCI 43 are 21.9 px apart in a 340 px plot, closer than a
    // two-line label (30 px) is tall: each moves 4 px. SIPAS 56 is 71 px below PCI and stays.
    { ranks: [43, 39, 56], plot: 340, max: 63, offsets: [4.03, -4.03, 0] },
    // The same ranks in twice the height need no spreading.
    { ranks: [43, 39, 56], plot: 680, max: 63, offsets: [0, 0, 0] },
    // Equal ranks: one above the other.
    { ranks: [10, 10], plot: 340, max: 63, offsets: [-15, 15] },
    // In 180 px, PCI moved down from PAR INDEX would land on SIPAS: all three move as one.
    { ranks: [43, 39, 56], plot: 180, max: 63, offsets: [8.71, -9.68, 0.97] },
  ])('ranks $ranks in a $plot px plot → offsets $offsets', ({ ranks, plot, max, offsets }) => {
    const out = narrowEndLabels(
      ranks.map((to) => ({ to })),
      max,
      plot,
    );
    expect(out.map((y) => Math.round(y * 100) / 100 + 0)).toEqual(offsets);
    const ys = centres(ranks, out, plot, max).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(30 - 1e-9);
  });

  it.each([
    { positions: [100, 200], offsets: [0, 0] },
    { positions: [110, 100], offsets: [10, -10] },
    // A run moved apart that reaches the next label takes it in, centred on all three.
    { positions: [0, 20, 45], offsets: [-8.33, 1.67, 6.67] },
  ])('spreadApart $positions by 30 px → $offsets', ({ positions, offsets }) => {
    const out = spreadApart(positions, 30);
    expect(out.map((y) => Math.round(y * 100) / 100 + 0)).toEqual(offsets);
  });

  it('spreads the labels of a chart of any height by its band of heights, for the least in the band', () => {
    // The 2023 ranks; an embed's chart fits its frame, so its height is not known in advance.
    const lines = [
      { name: 'PCI', color: '#000', from: 50, to: 43, mark: '43 (↑7)', tooltip: '' },
      { name: 'PAR INDEX', color: '#000', from: 49, to: 39, mark: '39 (↑10)', tooltip: '' },
      { name: 'SIPAS', color: '#000', from: 62, to: 56, mark: '56 (↑6)', tooltip: '' },
    ];
    const o = rankSlopeOption({
      columns: ['a', 'b'],
      lines,
      max: 63,
      description: 'd',
      palette: PALETTES.light,
    });
    type Rule = {
      query: { maxWidth: number; maxHeight?: number };
      option: { series: Array<{ endLabel: { offset: number[] } }> };
    };
    const rules = o.media as Rule[];
    // The offsets ECharts ends with at a chart height: every matching rule applied in order.
    const offsetsAt = (height: number) => {
      const out = lines.map(() => 0);
      for (const r of rules)
        if (r.query.maxHeight === undefined || height <= r.query.maxHeight)
          r.option.series.forEach((s, i) => (out[i] = s.endLabel.offset[1]!));
      return out;
    };
    for (let height = 160; height <= 500; height += 10) {
      const plot = height - 24 - 36;
      const ys = centres(
        lines.map((l) => l.to),
        offsetsAt(height),
        plot,
        63,
      ).sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++)
        expect(ys[i]! - ys[i - 1]!, `${height} px`).toBeGreaterThanOrEqual(30 - 1e-9);
    }
  });

  it('puts the name and the rank on lines of their own in a narrow container', () => {
    const o = rankSlopeOption({
      columns: ['2021', '2022'],
      lines: [{ name: 'SIPAS', color: '#000', from: 62, to: 56, mark: '56 (↑6)', tooltip: '' }],
      max: 63,
      description: 'd',
      palette: PALETTES.light,
    });
    const wide = (o.series as Array<{ endLabel: { formatter: string } }>)[0]!.endLabel;
    expect(wide.formatter).toBe('SIPAS 56 (↑6)');
    const narrow = (
      o.media as Array<{ option: { series: Array<{ endLabel: { formatter: string; width?: number } }> } }>
    )[0]!.option.series[0]!.endLabel;
    expect(narrow.formatter).toBe('SIPAS\n56 (↑6)');
    // No width: zrender would break the line again at the arrow.
    expect(narrow.width).toBeUndefined();
  });
});
