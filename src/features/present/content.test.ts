import { describe, expect, it } from 'vitest';
import { loadRaw } from '../../../tests/unit/fixtures';
import type { Datasets } from '../../charts/model';
import { DATASET_IDS } from '../../data/schema';
import { formatIsoDate, kpiHeadline, sourcesHeadline, sourcesOf } from './content';
import { CHARTS_FILE } from '../../../tests/shipped';

const KPI_GROUPS = CHARTS_FILE.kpiSlides;
const group = (id: string) => KPI_GROUPS.find((g) => g.id === id)!;

const data: Datasets = Object.fromEntries(DATASET_IDS.map((id) => [id, loadRaw(id)]));

const withFigure = (ds: 'trade' | 'investment', id: string, change: (f: Record<string, unknown>) => void) => {
  const copy = structuredClone(data);
  const f = copy[ds]!.figures.find((x) => x.id === id)!;
  change(f as unknown as Record<string, unknown>);
  return copy;
};

describe('key-figure headlines', () => {
  it.each([
    ['trade', 'vi', 'Bán lẻ tăng 8,74%, xuất khẩu tăng 8,6% so với năm 2022'],
    ['trade', 'en', 'Retail rose 8.74%, exports rose 8.6% on 2022'],
    [
      'investment',
      'vi',
      'Vốn đầu tư toàn xã hội chưa đạt kế hoạch (95,42%); thu ngân sách chưa đạt cả hai chỉ tiêu',
    ],
    ['investment', 'en', 'Social investment missed the plan (95.42%); budget revenue missed both targets'],
    ['business', 'vi', 'Vốn FDI tăng thêm vượt kế hoạch (270%); doanh nghiệp mới chưa đạt kế hoạch (91,7%)'],
    ['business', 'en', 'Added FDI capital beat the plan (270%); new enterprises missed the plan (91.7%)'],
    ['rural-rankings', 'vi', 'Xã nông thôn mới: 80/86; PCI tăng 7 bậc so với 2021, hạng 43/63'],
    ['rural-rankings', 'en', 'New-rural communes: 80/86; PCI rose 7 places on 2021, rank 43 of 63'],
  ] as const)('%s (%s) states what the figures show', (id, locale, text) => {
    expect(kpiHeadline(group(id), data, locale)).toBe(text);
  });

  it('follows the data: a fall reads as a fall, a met target as met', () => {
    const fell = withFigure('trade', 'exports-2023', (f) => {
      f.comparisons = [{ type: 'growth', percent: -3.5, baseYear: 2022 }];
    });
    expect(kpiHeadline(group('trade'), fell, 'vi')).toBe(
      'Bán lẻ tăng 8,74%, xuất khẩu giảm 3,5% so với năm 2022',
    );
    const met = withFigure('investment', 'state-budget-revenue', (f) => {
      f.comparisons = [{ type: 'target', percent: 104, target: 'annual-plan' }];
    });
    expect(kpiHeadline(group('investment'), met, 'en')).toBe(
      'Social investment missed the plan (95.42%); budget revenue beat the plan (104%)',
    );
  });

  it('refuses to state a growth headline across different base years', () => {
    const mixed = withFigure('trade', 'exports-2023', (f) => {
      f.comparisons = [{ type: 'growth', percent: 8.6, baseYear: 2021 }];
    });
    expect(() => kpiHeadline(group('trade'), mixed, 'vi')).toThrow(/base year/);
  });

  it('has a headline for every group in both languages', () => {
    for (const g of KPI_GROUPS)
      for (const locale of ['vi', 'en'] as const)
        expect(kpiHeadline(g, data, locale).length).toBeGreaterThan(20);
  });
});

describe('sources', () => {
  it('lists each source document once, with the datasets that cite it', () => {
    const sources = sourcesOf(data);
    expect(sources).toHaveLength(1);
    expect(sources[0]!.source.file).toBe('000_4b609c8d49b7797c.txt');
    expect(sources[0]!.datasets.map((d) => d.id).sort()).toEqual([...DATASET_IDS].sort());
    expect(sourcesHeadline(data, 'vi')).toBe(
      'Mọi số liệu trong bài trình chiếu đều lấy từ một văn bản nguồn',
    );
  });

  it('counts a second source document', () => {
    const two = structuredClone(data);
    two.trade!.source = { ...two.trade!.source, file: 'other.txt' };
    expect(sourcesOf(two)).toHaveLength(2);
    expect(sourcesHeadline(two, 'en')).toBe('The figures in this presentation come from 2 source documents');
  });

  it.each([
    ['vi', '10/01/2024'],
    ['en', '10 Jan 2024'],
  ] as const)('writes the publication date for %s as %s', (locale, text) => {
    expect(formatIsoDate('2024-01-10', locale)).toBe(text);
  });
});
