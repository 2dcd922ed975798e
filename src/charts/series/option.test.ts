import { describe, expect, it } from 'vitest';
import type { Edition } from '../../data/editions';
import type { Figure } from '../../data/schema';
import { indicatorSeries } from '../../data/series';
import { PALETTES } from '../palettes';
import { seriesOption } from './option';
import { seriesView } from './view';

const edition = (id: string, year: number, place: string, provinces: number): Edition => ({
  id,
  title: { vi: `Báo cáo ${year}`, en: `Report ${year}` },
  year,
  baseYear: year - 1,
  published: `${year + 1}-01-10`,
  publisher: { vi: 'P', en: 'P' },
  publisherShort: { vi: 'P', en: 'P' },
  territory: { name: { vi: place, en: place }, provinces },
  source: 'source.txt',
  fileName: `r-${year}`,
});
const rank = (id: string, value: number, outOf: number, year: number): Figure => ({
  id,
  indicator: 'pci-rank',
  label: { vi: 'Chỉ số PCI', en: 'PCI' },
  shortLabel: { vi: 'PCI', en: 'PCI' },
  kind: 'rank',
  value,
  unit: 'rank',
  outOf,
  period: { kind: 'year', year },
  estimate: false,
  qualifier: 'exact',
  comparisons: [],
  quote: `hạng ${value}`,
});
const amount = (id: string, value: number, year: number, estimate: boolean, growth?: number): Figure => ({
  id,
  indicator: 'retail-sales',
  label: { vi: 'Bán lẻ', en: 'Retail' },
  kind: 'level',
  value,
  unit: 'billion-vnd',
  period: { kind: 'year', year },
  estimate,
  qualifier: 'exact',
  comparisons: growth === undefined ? [] : [{ type: 'growth', percent: growth, baseYear: year - 1 }],
  quote: `đạt ${value}`,
});
const dataset = (figures: Figure[]) =>
  ({
    schemaVersion: 1,
    id: 'trade',
    title: { vi: 'T', en: 'T' },
    source: { file: 'source.txt', title: 't', publisher: { vi: 'P', en: 'P' }, published: '2024-01-10' },
    figures,
  }) as const;

const A = edition('a', 2023, 'Bình Phước', 63);
const B = edition('b', 2024, 'Đồng Nai', 34);

describe('series option', () => {
  it('draws ranks of different sizes in separate panels, each axis from 1 to its own size', () => {
    const series = indicatorSeries(
      [
        { edition: A, datasets: [dataset([rank('pci', 43, 63, 2022)])] },
        { edition: B, datasets: [dataset([rank('pci', 12, 34, 2023)])] },
      ],
      'b',
    );
    const view = seriesView(series.get('pci-rank')!, 'vi');
    expect(view.rows.map((r) => r.category)).toEqual(['PCI 2022 (Bình Phước)', 'PCI 2023 (Đồng Nai)']);
    const option = seriesOption(view, PALETTES.light);
    const axes = option.yAxis as { max: number; min: number; inverse: boolean }[];
    expect(axes.map((a) => [a.min, a.max, a.inverse])).toEqual([
      [1, 63, true],
      [1, 34, true],
    ]);
    expect((option.series as unknown[]).length).toBe(2);
  });

  it.each([
    ['an estimate is paler', amount('r', 70741, 2023, true), 0.6, 0],
    ['a final value is solid', amount('r', 70741, 2023, false), 1, 0],
  ])('%s', (_name, figure, opacity, border) => {
    const series = indicatorSeries(
      [
        { edition: A, datasets: [dataset([figure])] },
        { edition: B, datasets: [dataset([amount('r24', 78100, 2024, false)])] },
      ],
      'b',
    );
    const option = seriesOption(seriesView(series.get('retail-sales')!, 'vi'), PALETTES.light);
    const [bar] = option.series as { data: { itemStyle: { opacity: number; borderWidth: number } }[] }[];
    expect(bar!.data[0]!.itemStyle.opacity).toBe(opacity);
    expect(bar!.data[0]!.itemStyle.borderWidth).toBe(border);
  });

  it('outlines a value derived within its own report, and says which report derived it', () => {
    const series = indicatorSeries(
      [
        { edition: A, datasets: [dataset([amount('r', 70741, 2023, true, 10)])] },
        { edition: B, datasets: [dataset([amount('r24', 78100, 2024, false, 9)])] },
      ],
      'b',
    );
    const view = seriesView(series.get('retail-sales')!, 'en');
    // 2022: only derived (from the 2023 report's growth), drawn with a dashed outline.
    const [row2022] = view.rows;
    expect([row2022!.category, row2022!.derived, row2022!.editionId]).toEqual([
      '2022 (Bình Phước)',
      true,
      'a',
    ]);
    const [bar] = seriesOption(view, PALETTES.light).series as { data: { itemStyle: object }[] }[];
    expect(bar!.data[0]!.itemStyle).toMatchObject({ borderType: 'dashed', borderWidth: 2 });
    const row2023 = view.rows.find((r) => r.category.startsWith('2023'))!;
    // The 2023 report's own value wins over the one the 2024 report implies; that one is kept.
    expect(row2023.derived).toBe(false);
    expect(row2023.others).toHaveLength(1);
    expect(row2023.others[0]!.as).toBe('implied');
    expect(row2023.others[0]!.editionId).toBe('b');
    expect(row2023.others[0]!.formula).toContain('78,100 ÷ (1 + 9%)');
  });
});
