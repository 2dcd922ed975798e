import { describe, expect, it } from 'vitest';
import { draftId, draftLabel } from './labels';

/** The label of the quote's number marked [..]. */
function label(marked: string, previous?: string) {
  const at = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return draftLabel(marked.replace('[', '').replace(']', ''), at, end, previous);
}

describe('draftLabel', () => {
  it.each([
    [
      'Kim ngạch xuất khẩu ước thực hiện cả năm 2023 đạt [4 tỷ 180 triệu USD] tăng 8,6%',
      'Kim ngạch xuất khẩu',
    ],
    [
      'Chỉ số PCI Bình Phước năm 2022 tăng 7 bậc so với năm 2021, đứng thứ [43/63] tỉnh thành',
      'Chỉ số PCI Bình Phước',
    ],
    ['[96 doanh nghiệp] đăng ký giải thể', 'Doanh nghiệp đăng ký giải thể'],
    ['Lũy kế đến hết năm 2023 toàn tỉnh ước có [323 hợp tác xã]', 'Hợp tác xã'],
    ['khai khoáng tăng [10%]', 'Khai khoáng'],
  ])('%j', (quote, expected) => {
    expect(label(quote)).toBe(expected);
  });

  it('falls back on the label of the figure before it in the sentence', () => {
    expect(label('ước thực hiện cả năm 2023 đạt [70.741 tỷ đồng]', 'Tổng mức bán lẻ')).toBe(
      'Tổng mức bán lẻ',
    );
  });
});

describe('draftId', () => {
  it('folds Vietnamese to a schema id, unique among those taken', () => {
    const taken = new Set<string>();
    expect(draftId('Kim ngạch xuất khẩu', 2023, taken)).toBe('kim-ngach-xuat-khau-2023');
    expect(draftId('Kim ngạch xuất khẩu', 2023, taken)).toBe('kim-ngach-xuat-khau-2023-2');
    expect(draftId('Đường giao thông', 2024, taken)).toBe('duong-giao-thong-2024');
    expect(draftId('…', 2024, taken)).toBe('figure-2024');
  });
});
