import { describe, expect, it } from 'vitest';
import type { Comparison } from '../data/schema';
import { draftReport } from './draft';

const HEAD = 'Báo cáo thử về kết quả năm 2025\nThứ hai - 05/01/2026 08:30\n';

/** The figures drafted from one paragraph of a report about 2025, published 5 January 2026. */
function figures(paragraph: string) {
  const r = draftReport(`${HEAD}${paragraph}\n`);
  if (!r.ok) throw new Error(r.reason);
  return r.value.figures.map(({ figure: f }) => ({
    value: f.value,
    unit: f.unit,
    kind: f.kind,
    estimate: f.estimate,
    qualifier: f.qualifier,
    comparisons: f.comparisons,
    ...(f.outOf !== undefined ? { outOf: f.outOf } : {}),
    ...(f.baseYear !== undefined ? { baseYear: f.baseYear } : {}),
  }));
}

const level = (value: number, unit: string, comparisons: Comparison[] = [], more = {}) => ({
  value,
  unit,
  kind: 'level',
  estimate: false,
  qualifier: 'exact',
  comparisons,
  ...more,
});

describe('draftReport: which figure a comparison belongs to', () => {
  it.each([
    [
      'Doanh thu năm 2025 ước đạt 5.400 tỷ đồng, tăng 4,5% so với năm 2024, đạt 98% kế hoạch.',
      [
        level(
          5400,
          'billion-vnd',
          [
            { type: 'growth', percent: 4.5, baseYear: 2024 },
            { type: 'target', percent: 98, target: 'annual-plan' },
          ],
          { estimate: true },
        ),
      ],
    ],
    [
      'Tổng thu ngân sách là 900 tỷ đồng, đạt 90% dự toán Trung ương giao, đạt 85% dự toán HĐND tỉnh giao.',
      [
        level(900, 'billion-vnd', [
          { type: 'target', percent: 90, target: 'mof-estimate' },
          { type: 'target', percent: 85, target: 'hdnd-resolution' },
        ]),
      ],
    ],
    [
      'Cấp mới 12 dự án với số vốn 300 triệu USD, tăng 20% về số dự án và giảm 10% về số vốn so với năm 2024.',
      [
        level(12, 'projects', [{ type: 'growth', percent: 20, baseYear: 2024 }]),
        level(300, 'million-usd', [{ type: 'growth', percent: -10, baseYear: 2024 }]),
      ],
    ],
    [
      'Giảm 1.500 hộ nghèo, tương ứng tỷ lệ giảm nghèo 0,9%, đạt 110% kế hoạch.',
      [
        level(1500, 'households', [{ type: 'target', percent: 110, target: 'annual-plan' }]),
        level(0.9, 'percent'),
      ],
    ],
    [
      'Chỉ số SIPAS năm 2024 giảm 4 bậc so với năm 2023, đứng thứ 30/63 tỉnh thành.',
      [
        {
          value: 30,
          unit: 'rank',
          kind: 'rank',
          estimate: false,
          qualifier: 'exact',
          outOf: 63,
          comparisons: [{ type: 'rank-change', places: -4, baseYear: 2023 }],
        },
      ],
    ],
    [
      'Ngành may mặc tăng 3,2%; ngành da giày giảm 1,5%.',
      [
        {
          value: 3.2,
          unit: 'percent',
          kind: 'growth',
          estimate: false,
          qualifier: 'exact',
          comparisons: [],
          baseYear: 2024,
        },
        {
          value: -1.5,
          unit: 'percent',
          kind: 'growth',
          estimate: false,
          qualifier: 'exact',
          comparisons: [],
          baseYear: 2024,
        },
      ],
    ],
    [
      'Thu nhận hồ sơ đạt 112,5%, trong đó kích hoạt hơn 40.000 tài khoản (đạt 60%).',
      [
        {
          value: 112.5,
          unit: 'percent',
          kind: 'attainment',
          estimate: false,
          qualifier: 'exact',
          comparisons: [],
        },
        level(40000, 'accounts', [{ type: 'share', percent: 60 }], { qualifier: 'more-than' }),
      ],
    ],
    [
      'Tỷ lệ bao phủ bảo hiểm y tế đạt kế hoạch năm là 92%.',
      [level(92, 'percent', [{ type: 'target', percent: 100, target: 'annual-plan' }])],
    ],
    ['Doanh nghiệp mới bằng 90,5% so với năm 2024, gấp 1,5 lần về vốn.', []],
  ])('%j', (paragraph, expected) => {
    expect(figures(paragraph)).toEqual(expected);
  });
});

describe('draftReport: shares, quotes, flags', () => {
  it('links a share after "trong đó" to the total before it', () => {
    const r = draftReport(
      `${HEAD}Hiện có 200 dịch vụ công, trong đó 150 dịch vụ công toàn trình đạt tỉ lệ (75%).\n`,
    );
    if (!r.ok) throw new Error(r.reason);
    const [total, part] = r.value.figures;
    expect(part!.figure.comparisons).toEqual([{ type: 'share', percent: 75, ofFigure: total!.figure.id }]);
  });

  it('quotes every figure by its exact span', () => {
    const text = `${HEAD}Trong năm có 304 doanh nghiệp hoạt động trở lại; 96 doanh nghiệp giải thể và 410 doanh nghiệp tạm ngừng.\n`;
    const r = draftReport(text);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.figures.map((f) => f.figure.quote)).toEqual([
      'Trong năm có 304 doanh nghiệp hoạt động trở lại',
      '96 doanh nghiệp giải thể',
      '410 doanh nghiệp tạm ngừng',
    ]);
    for (const f of r.value.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.figure.quote);
  });

  it('flags what it assumed or could not say', () => {
    const r = draftReport(`${HEAD}Có gần 50 hợp tác xã, tăng 5% so với cùng kỳ.\n`);
    if (!r.ok) throw new Error(r.reason);
    const [f] = r.value.figures;
    expect(f!.flags).toEqual(
      expect.arrayContaining([
        'unreviewed',
        'dataset-guessed',
        'period-default',
        'base-year-assumed',
        'nearly',
      ]),
    );
    expect(f!.figure.qualifier).toBe('exact');
    expect(f!.figure.note?.en).toMatch(/nearly/);
  });

  it('lists a ratio or multiple with no figure to belong to as skipped, not as a figure', () => {
    const r = draftReport(`${HEAD}Doanh nghiệp mới bằng 90,5% so với năm 2024, gấp 1,5 lần về vốn.\n`);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.figures).toEqual([]);
    expect(
      r.value.skipped.filter((x) => x.reason === 'comparison-without-figure').map((x) => x.text),
    ).toEqual(['90,5% so với năm 2024', '1,5 lần về vốn']);
  });

  it('answers a reason rather than throwing on text it cannot use', () => {
    expect(draftReport('')).toEqual({ ok: false, reason: 'the report is empty' });
    expect(draftReport('Không có năm nào ở đây: 5 xã').ok).toBe(false);
    expect(draftReport('Tiêu đề\nnăm 2025 có 5 xã', { published: '5/1/2026' }).ok).toBe(false);
  });
});
