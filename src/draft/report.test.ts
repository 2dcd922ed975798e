import { describe, expect, it } from 'vitest';
import { readDateline, readReport, reportYear } from './report';

describe('readReport', () => {
  it.each([
    ['Tiêu đề\nThứ tư - 10/01/2024 10:53\n', '2024-01-10'],
    ['Tiêu đề\nNgày 5/3/2025\n', '2025-03-05'],
    ['Tiêu đề\nNgày 31/02/2025\n', undefined],
    ['Tiêu đề\n\n\n\n\nNgày 5/3/2025\n', undefined],
  ])('dateline of %j', (text, date) => {
    expect(readDateline(text)).toBe(date);
  });

  it('reads the year most often written "năm N", not the bases after "so với"', () => {
    expect(reportYear('năm 2023 … năm 2023 … so với năm 2022 … so với cùng kỳ năm 2022 … năm 2022')).toBe(
      2023,
    );
  });

  it('takes the date and year given over what it reads', () => {
    const r = readReport('Tiêu đề\n10/01/2024\nnăm 2023', { published: '2024-02-01', year: 2022 });
    expect(r).toEqual({ ok: true, value: { title: 'Tiêu đề', published: '2024-02-01', year: 2022 } });
  });
});
