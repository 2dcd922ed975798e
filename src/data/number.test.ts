import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, localeTag } from './number';
import { LOCALES, type Locale } from './schema';

/** What the hand-written formatter must always agree with. */
function intl(n: number, locale: Locale, decimals: number): string {
  const out = new Intl.NumberFormat(localeTag(locale), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(n);
  return /^-0([.,]0+)?$/.test(out) ? out.slice(1) : out;
}

describe('formatNumber', () => {
  it.each([
    [70741, 'vi', 0, '70.741'],
    [70741, 'en', 0, '70,741'],
    [8.74, 'vi', 2, '8,74'],
    [8.74, 'en', 2, '8.74'],
    [1.005, 'vi', 2, '1,01'], // Intl rounds the shortest decimal form, not the binary value (toFixed gives 1.00)
    [2.5, 'en', 0, '3'],
    [-2.5, 'en', 0, '-3'], // half away from zero
    [999.96, 'vi', 1, '1.000,0'],
    [-0.004, 'vi', 2, '0,00'], // no "-0"
    [868000, 'vi', 0, '868.000'],
    [1e21, 'en', 0, '1,000,000,000,000,000,000,000'],
    [1.5e-7, 'en', 8, '0.00000015'],
    [123, 'vi', 25, '123,00000000000000000000'], // at most 20 decimals
    [Number.NaN, 'vi', 0, '–'],
    [Number.POSITIVE_INFINITY, 'en', 2, '–'],
  ] as const)('%s in %s with %s decimals reads %s', (n, locale, decimals, expected) => {
    expect(formatNumber(n, locale, decimals)).toBe(expected);
  });

  it('writes what Intl.NumberFormat writes, for any finite number, locale and decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
          fc.integer({ min: -99999, max: 99999 }).map((i) => i / 200),
        ),
        fc.constantFrom<Locale>(...LOCALES),
        fc.integer({ min: 0, max: 20 }),
        (n, locale, decimals) => {
          expect(formatNumber(n, locale, decimals)).toBe(intl(n, locale, decimals));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
