import { describe, expect, it } from 'vitest';
import { spanAt, structure } from './structure';

const pieces = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('structure', () => {
  it.each([
    [
      'Doanh thu đạt 70.741 tỷ đồng, tăng 8,74%. Xuất khẩu tăng 5%',
      ['Doanh thu đạt 70.741 tỷ đồng, tăng 8,74%.', 'Xuất khẩu tăng 5%'],
      ['Doanh thu đạt 70.741 tỷ đồng, tăng 8,74%.', 'Xuất khẩu tăng 5%'],
    ],
    [
      'Trong đó: A tăng 10,5%; B tăng 5%.\nLúc 10:53 có 3 xã',
      ['Trong đó: A tăng 10,5%; B tăng 5%.', 'Lúc 10:53 có 3 xã'],
      ['Trong đó:', 'A tăng 10,5%;', 'B tăng 5%.', 'Lúc 10:53 có 3 xã'],
    ],
  ])('%j', (text, sentences, clauses) => {
    const s = structure(text);
    expect(pieces(text, s.sentences)).toEqual(sentences);
    expect(pieces(text, s.clauses)).toEqual(clauses);
  });

  it('cuts the news site footer off at the byline', () => {
    const text = 'Có 3 xã.\n\nNguồn tin: Lê Toàn\n\nHôm nay600';
    expect(text.slice(0, structure(text).body.end).trim()).toBe('Có 3 xã.');
  });

  it('finds the span that holds an offset', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 7, end: 9 },
    ];
    expect(spanAt(spans, 8)).toEqual({ start: 7, end: 9 });
    expect(spanAt(spans, 6)).toEqual({ start: 6, end: 6 });
  });
});
