import { describe, expect, it } from 'vitest';
import { parseViNumber } from './numbers';

describe('parseViNumber', () => {
  it.each([
    ['70.741', 70741, false],
    ['198.027', 198027, false],
    ['868.000', 868000, false],
    ['1.050', 1050, false],
    ['8,74', 8.74, false],
    ['100,7', 100.7, false],
    ['07', 7, false],
    ['01', 1, false],
    ['1.234,5', 1234.5, false],
    ['95.42', 95.42, true],
    ['1,451,698', 1451698, false],
    ['2023', 2023, false],
  ])('%s → %d', (token, value, decimalPoint) => {
    expect(parseViNumber(token)).toEqual({ ok: true, value: { value, decimalPoint } });
  });

  it.each(['', 'abc', '1.2.3', '1,2,3', '1,5.000', '12.34.567'])('refuses %j without throwing', (token) => {
    expect(parseViNumber(token).ok).toBe(false);
  });
});
