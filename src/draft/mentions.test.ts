import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';
import { structure } from './structure';

const read = (text: string) =>
  findMentions(text, structure(text)).map((m) =>
    m.kind === 'skipped' ? `skip ${m.reason}: ${m.text}` : `${m.kind}: ${text.slice(m.start, m.end)}`,
  );

describe('findMentions skips the numbers of documents, dates and times', () => {
  it.each([
    [
      'theo Quyết định số 06/QĐ-TTg ngày 10/01/2024 của Thủ tướng',
      ['skip document: 06', 'skip date: 10/01/2024'],
    ],
    ['Nghị quyết số 12-NQ/TU của Tỉnh ủy', ['skip document: 12']],
    ['Kế hoạch phối hợp số 27 về công tác', ['skip document: 27']],
    ['Thứ tư - 10/01/2024 10:53', ['skip date: 10/01/2024', 'skip time: 10:53']],
    ['giai đoạn 2021 - 2025, tầm nhìn đến năm 2030', ['skip years: 2021 - 2025', 'skip year: 2030']],
    ['nhân ngày 30/4 và ngày 2/9', ['skip date: 30/4', 'skip date: 2/9']],
    ['đội K72 bàn giao', []],
    ['Đề án 06/CP trên địa bàn', ['skip document: 06']],
    ['có 208 lượt xem', ['skip no-unit: 208']],
    ['xếp thứ 5 cả nước', ['skip rank-without-total: 5']],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findMentions reads values and comparisons', () => {
  it.each([
    ['với tổng số 10.132 đảng viên', ['value: 10.132 đảng viên']],
    ['đạt 80/86 xã', ['value: 80/86 xã']],
    ['đứng thứ 43/63 tỉnh', ['value: 43/63']],
    ['xếp hạng 12 trên 63 tỉnh', ['value: 12 trên 63']],
    [
      'đạt 4 tỷ 180 triệu USD tăng 8,6% so với năm 2022',
      ['value: 4 tỷ 180 triệu USD', 'comparison: 8,6% so với năm 2022', 'skip year: 2022'],
    ],
    ['tăng 7 bậc, đứng thứ 43/63', ['comparison: 7 bậc', 'value: 43/63']],
    ['đạt kế hoạch năm là 38%', ['comparison: đạt kế hoạch năm', 'value: 38%']],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['hơn 868.000 công dân', 'more-than', false],
    ['trên 98% cơ sở', 'more-than', false],
    ['gần 500 doanh nghiệp', 'exact', true],
    ['khoảng 25.000 lao động', 'exact', false],
  ] as const)('qualifier of %j', (text, qualifier, nearly) => {
    const [m] = findMentions(text, structure(text));
    expect(m).toMatchObject({ kind: 'value', qualifier, nearly });
  });

  it('marks a restatement ("tương ứng …"), which comparisons pass over', () => {
    const text = 'đạt 2.000 hộ, tương ứng tỷ lệ giảm nghèo 0,7%';
    const values = findMentions(text, structure(text)).filter((m) => m.kind === 'value');
    expect(values.map((m) => m.kind === 'value' && m.restated)).toEqual([false, true]);
  });
});
