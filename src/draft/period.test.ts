import { describe, expect, it } from 'vitest';
import { periodAt } from './period';

const dates = { year: 2023, published: '2024-01-10' };

/** The period of the number marked [N] in a one-sentence text. */
function read(marked: string, d: { year: number; published?: string } = dates) {
  const at = marked.indexOf('[');
  const text = marked.replace('[', '').replace(']', '');
  const whole = { start: 0, end: text.length };
  const clauseStart = Math.max(0, text.lastIndexOf(';', at) + 1);
  return periodAt(text, at, { start: clauseStart, end: text.length }, whole, d);
}

describe('periodAt', () => {
  it.each([
    [
      'Doanh thu 10 tháng đầu năm 2023 đạt [64.239] tỷ đồng',
      { kind: 'months', year: 2023, fromMonth: 1, toMonth: 10 },
    ],
    [
      'Doanh thu 6 tháng cuối năm đạt [100] tỷ đồng',
      { kind: 'months', year: 2023, fromMonth: 7, toMonth: 12 },
    ],
    ['ước thực hiện cả năm 2023 đạt [70.741] tỷ đồng', { kind: 'year', year: 2023 }],
    ['Lũy kế đến hết năm 2023 toàn tỉnh ước có [410] dự án', { kind: 'end-of-year', year: 2023 }],
    ['nâng tổng số xã nông thôn mới của tỉnh lên [80]/86 xã', { kind: 'end-of-year', year: 2023 }],
    ['Đến nay đã hoàn thành [73]/102 nhiệm vụ', { kind: 'to-date', year: 2023, asOf: '2024-01-10' }],
    ['Cổng hiện tích hợp [1.441] dịch vụ công', { kind: 'to-date', year: 2023, asOf: '2024-01-10' }],
    ['Chỉ số PCI năm 2022 tăng 7 bậc so với năm 2021, đứng thứ [43]/63', { kind: 'year', year: 2022 }],
    ['tăng [8]% so với năm 2022', { kind: 'year', year: 2023 }],
    ['10 tháng đầu năm đạt 5 tỷ đồng; ước cả năm đạt [6] tỷ đồng', { kind: 'year', year: 2023 }],
    ['thực hiện [5] nhiệm vụ', { kind: 'year', year: 2023 }],
    [
      'Kim ngạch xuất khẩu 11 tháng đạt [3,9] tỷ USD',
      { kind: 'months', year: 2023, fromMonth: 1, toMonth: 11 },
    ],
    ['Quý III/2024 thu hút [12] dự án', { kind: 'months', year: 2024, fromMonth: 7, toMonth: 9 }],
    ['quý 1 năm 2023 có [5] dự án', { kind: 'months', year: 2023, fromMonth: 1, toMonth: 3 }],
  ])('%j', (marked, period) => {
    expect(read(marked).period).toEqual(period);
  });

  it('flags a period it could not read, and a to-date figure without a report date', () => {
    expect(read('Có [5] xã').flags).toEqual(['period-default']);
    const r = read('Hiện nay có [5] xã', { year: 2023 });
    expect(r).toEqual({ period: { kind: 'year', year: 2023 }, flags: ['to-date-without-date'] });
  });
});
