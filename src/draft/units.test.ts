import { describe, expect, it } from 'vitest';
import { readUnit, unitsNamed } from './units';

/** The unit after the first number of `text`. */
function after(text: string) {
  const m = /\d+(?:[.,]\d+)*/.exec(text)!;
  const n = Number(m[0].replaceAll('.', '').replace(',', '.'));
  const u = readUnit(text, n, m.index + m[0].length);
  return u && { unit: u.unit, value: u.value, words: text.slice(m.index, u.end) };
}

describe('readUnit', () => {
  it.each([
    ['đạt 70.741 tỷ đồng, tăng', 'billion-vnd', 70741, '70.741 tỷ đồng'],
    ['đạt 4 tỷ 180 triệu USD tăng', 'million-usd', 4180, '4 tỷ 180 triệu USD'],
    ['vốn 2 tỷ USD', 'million-usd', 2000, '2 tỷ USD'],
    ['là 800 triệu USD,', 'million-usd', 800, '800 triệu USD'],
    ['hỗ trợ 500 triệu đồng', 'billion-vnd', 0.5, '500 triệu đồng'],
    ['1,2 nghìn tỷ đồng', 'billion-vnd', 1200, '1,2 nghìn tỷ đồng'],
    ['tăng 8,74%', 'percent', 8.74, '8,74%'],
    ['hơn 01 triệu dữ liệu hộ tịch', 'records', 1_000_000, '01 triệu dữ liệu'],
    ['ước đạt 07 xã nông thôn mới', 'communes', 7, '07 xã'],
    ['30 hợp tác xã', 'cooperatives', 30, '30 hợp tác xã'],
    ['Có 03 đơn vị cấp huyện hoàn thành', 'districts', 3, '03 đơn vị cấp huyện'],
    ['có 02 đơn vị là thị xã Chơn Thành', 'districts', 2, '02 đơn vị'],
    ['2.000 hộ, tương ứng', 'households', 2000, '2.000 hộ'],
    ['41.000 lao động', 'workers', 41000, '41.000 lao động'],
    ['03 Trung tâm IOC', 'centres', 3, '03 Trung tâm'],
    ['79 tổ chức đảng', 'organisations', 79, '79 tổ chức đảng'],
    ['1.441 dịch vụ công', 'services', 1441, '1.441 dịch vụ'],
  ])('%j', (text, unit, value, words) => {
    expect(after(text)).toEqual({ unit, value, words });
  });

  it.each(['10 tháng đầu năm', '12 hộ tịch viên', 'Hôm nay 600 lượt', '5 ha rừng', '2 đơn vị sự nghiệp'])(
    'no unit in %j',
    (text) => {
      expect(after(text)).toBeUndefined();
    },
  );
});

describe('unitsNamed', () => {
  it.each([
    [' về số dự án ', ['projects']],
    [' về số vốn ', ['billion-vnd', 'million-usd']],
    [' về số doanh nghiệp', ['enterprises']],
    [' về chất lượng', undefined],
  ])('%j', (words, units) => {
    expect(unitsNamed(words)).toEqual(units);
  });
});
