import { describe, expect, it } from 'vitest';
import { guessDataset } from './topics';

describe('guessDataset', () => {
  it.each([
    ['Kim ngạch xuất khẩu đạt 4 tỷ USD', '', undefined, 'trade'],
    ['Hỗ trợ 350 triệu đồng', 'Hỗ trợ 350 triệu đồng cho 120 hộ nghèo xây nhà.', undefined, 'social'],
    ['có 95/101 xã đạt chuẩn nông thôn mới', '', undefined, 'rural'],
    ['Trong năm có 304 đơn vị', 'Trong năm có 304 đơn vị.', 'investment', 'investment'],
    ['Có 5 đơn vị', 'Có 5 đơn vị.', undefined, 'social'],
  ] as const)('%j', (quote, sentence, previous, expected) => {
    expect(guessDataset(quote, sentence, '', previous, 'social')).toBe(expected);
  });
});
