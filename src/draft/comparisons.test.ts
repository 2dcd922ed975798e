import { describe, expect, it } from 'vitest';
import { baseYearAfter, readComparison, targetOf } from './comparisons';

/** Splits "before [N] after" at the brackets. */
function read(text: string, unit: 'percent' | 'times' | 'places' = 'percent') {
  const [before, rest] = text.split('[');
  const [num, raw] = rest!.split(']');
  const after = raw!.replace(/^(?:%| lần| bậc)/u, '');
  const value = Number(num!.replace(',', '.'));
  const r = readComparison(before!, after, 0, value, unit);
  return r && { ...r, end: undefined, phrase: after.slice(0, r.end) };
}

describe('readComparison', () => {
  it.each([
    ['đạt 70.741 tỷ đồng, tăng [8,74]%, so với năm 2022', { type: 'growth', percent: 8.74 }, 2022],
    ['tăng [19,65]% so với cùng kỳ năm 2022', { type: 'growth', percent: 19.65 }, 2022],
    ['giảm [3,1]% so với thực hiện năm 2021, đạt', { type: 'growth', percent: -3.1 }, 2021],
    ['đạt [100,7]% kế hoạch năm.', { type: 'target', percent: 100.7, target: 'annual-plan' }, undefined],
    [
      'đạt [83]% dự toán Bộ Tài chính giao, đạt',
      { type: 'target', percent: 83, target: 'mof-estimate' },
      undefined,
    ],
    [
      'đạt [81]% Nghị quyết HĐND tỉnh thông qua',
      { type: 'target', percent: 81, target: 'hdnd-resolution' },
      undefined,
    ],
    ['(đạt [95.42]% kế hoạch)', { type: 'target', percent: 95.42, target: 'annual-plan' }, undefined],
    ['đạt [270]% so với kế hoạch năm', { type: 'target', percent: 270, target: 'annual-plan' }, undefined],
    ['bằng [87,5]% so với năm 2022;', { type: 'ratio', percent: 87.5 }, 2022],
    ['đạt [105]% so với cùng kỳ năm 2024', { type: 'ratio', percent: 105 }, 2024],
    ['đạt tỉ lệ ([73,8]%), 377', { type: 'share', percent: 73.8 }, undefined],
    ['thành công đạt tỉ lệ [100]%.', { type: 'share', percent: 100 }, undefined],
    ['tài khoản (đạt [53,53]%);', { type: 'share', percent: 53.53 }, undefined],
    ['chiếm [40]% tổng số', { type: 'share', percent: 40 }, undefined],
    [
      'Tốc độ tăng trưởng kinh tế (GRDP) ước đạt [8,5]%, cao hơn',
      { type: 'growth', percent: 8.5 },
      undefined,
    ],
  ])('%j', (text, comparison, baseYear) => {
    const r = read(text);
    expect(r?.comparison).toEqual(comparison);
    expect(r?.baseYear).toBe(baseYear);
  });

  it.each([
    ['gấp [5,2] lần về số vốn so với năm 2022', 'times', { type: 'multiple', times: 5.2 }, 2022, 'vốn'],
    ['tăng [7] bậc so với năm 2021', 'places', { type: 'rank-change', places: 7 }, 2021, undefined],
    ['giảm [3] bậc', 'places', { type: 'rank-change', places: -3 }, undefined, undefined],
    ['tăng [32,4]% về số dự án và gấp', 'percent', { type: 'growth', percent: 32.4 }, undefined, 'dự án'],
  ] as const)('%j', (text, unit, comparison, baseYear, about) => {
    const r = read(text, unit);
    expect(r?.comparison).toEqual(comparison);
    expect(r?.baseYear).toBe(baseYear);
    expect(r?.about).toBe(about);
  });

  it.each(['tỷ lệ giảm nghèo [0,7]%', 'cho [100]% công dân', 'đạt [65]%, đào tạo', 'hơn [20] tỷ'])(
    'no comparison in %j',
    (text) => {
      expect(read(text)).toBeUndefined();
    },
  );
});

describe('baseYearAfter and targetOf', () => {
  it.each([
    [' so với năm 2022', 2022],
    [' so với cùng kỳ', undefined],
    [' so với kế hoạch, so với năm 2022', undefined],
  ])('%j', (after, year) => expect(baseYearAfter(after)).toBe(year));

  it.each([
    ['kế hoạch năm', 'annual-plan'],
    ['dự toán Trung ương giao', 'mof-estimate'],
    ['dự toán HĐND tỉnh giao', 'hdnd-resolution'],
  ])('%j', (phrase, target) => expect(targetOf(phrase)).toBe(target));
});
