/**
 * Properties of the formatting (issue 7): for any figure of any dataset the
 * parser accepts, in both locales, no text the page shows reads "NaN",
 * "undefined", "Infinity", "null" or "[object Object]"; numbers read back as
 * what they are, rounded as stated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedDatasetArb } from '../../tests/unit/arbitraries';
import { deriveDataset } from '../data/derive';
import { formatNumber, formatPercent } from '../data/number';
import { LOCALES, UNITS, type Locale } from '../data/schema';
import {
  derivedLabel,
  formatAmount,
  formatComparison,
  formatDerivedValue,
  formatFigureValue,
  formatFormula,
  formatPeriod,
  targetLabel,
  targetShortLabel,
} from './format';
import { unitLabel } from './units';

const RUNS = { numRuns: 200 };
/** Generous: the machine this runs on may be busy with other suites (2 cores). */
const SLOW = { timeout: 30_000 };
const localeArb = fc.constantFrom<Locale>(...LOCALES);
const BAD = /NaN|undefined|Infinity|null|\[object/;

function expectClean(text: string, what: string): void {
  expect(typeof text, what).toBe('string');
  expect(text.trim(), what).not.toBe('');
  expect(text, what).not.toMatch(BAD);
}

/** Texts that are empty or read NaN, undefined, …, with what they are (one `expect` per run keeps runs fast). */
function unclean(texts: [what: string, text: string][]): [string, string][] {
  return texts.filter(([, t]) => typeof t !== 'string' || t.trim() === '' || BAD.test(t));
}

describe('every text of a valid figure, in both locales', () => {
  it('is free of NaN, undefined, Infinity, null and [object …]', SLOW, () => {
    let seen = 0;
    fc.assert(
      fc.property(acceptedDatasetArb, localeArb, (dataset, locale) => {
        const texts: [string, string][] = [];
        for (const f of dataset.figures) {
          texts.push(
            [`${f.id}: value`, formatFigureValue(f, locale)],
            [`${f.id}: amount`, formatAmount(f.value, f.unit, locale)],
            [`${f.id}: period`, formatPeriod(f.period, locale)],
            [`${f.id}: unit`, unitLabel(f.unit, locale, f.value)],
          );
          for (const c of f.comparisons) {
            texts.push([`${f.id}: ${c.type}`, formatComparison(c, locale)]);
            if (c.type === 'target')
              texts.push(
                [`${f.id}: target label`, targetLabel(c, locale)],
                [`${f.id}: target short label`, targetShortLabel(c, locale)],
              );
          }
        }
        const derived = [...deriveDataset(dataset).values()];
        seen += derived.length;
        for (const d of derived)
          texts.push(
            [`${d.id}: value`, formatDerivedValue(d, locale)],
            [`${d.id}: formula`, formatFormula(d, locale)],
            [`${d.id}: label`, derivedLabel(d, locale)],
            [`${d.id}: period`, formatPeriod(d.period, locale)],
          );
        expect(unclean(texts)).toEqual([]);
      }),
      RUNS,
    );
    // Derived values were among the texts checked, not only figures.
    expect(seen).toBeGreaterThan(RUNS.numRuns);
  });
});

/** "70.741,5" (vi) or "70,741.5" (en) back to 70741.5. */
function readBack(text: string, locale: Locale): number {
  const [group, decimal] = locale === 'vi' ? ['.', ','] : [',', '.'];
  return Number(text.split(group).join('').replace(decimal, '.').replace('−', '-'));
}

describe('formatNumber and formatPercent on any double', () => {
  const decimalsArb = fc.integer({ min: 0, max: 3 });

  it('never print NaN or Infinity: a non-finite number is a dash', SLOW, () => {
    fc.assert(
      fc.property(fc.double(), localeArb, decimalsArb, (n, locale, decimals) => {
        const text = formatNumber(n, locale, decimals);
        expect(text).not.toMatch(BAD);
        if (!Number.isFinite(n)) expect(text).toBe('–');
        expect(formatPercent(n, locale)).not.toMatch(BAD);
        expect(formatPercent(n, locale, decimals)).toMatch(/%$/);
      }),
      { numRuns: 500 },
    );
  });

  it(
    'print a number that reads back as the number, rounded to the decimals asked for, never "-0"',
    SLOW,
    () => {
      // Up to 1e15, where a double still holds every integer and two decimals.
      const n = fc.oneof(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }),
        fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 1000),
        fc.constantFrom(0.5, 1.5, 2.5, -0.5, 0.05, 0.15, 1.005, 999.95, -0.04, -0),
      );
      fc.assert(
        fc.property(n, localeArb, decimalsArb, (x, locale, decimals) => {
          const text = formatNumber(x, locale, decimals);
          expect(text).toMatch(
            locale === 'vi' ? /^-?\d{1,3}(\.\d{3})*(,\d+)?$/ : /^-?\d{1,3}(,\d{3})*(\.\d+)?$/,
          );
          expect(text).not.toMatch(/^-0([.,]0+)?$/);
          const fraction = text.split(locale === 'vi' ? ',' : '.')[1] ?? '';
          expect(fraction.length).toBe(decimals);
          const back = readBack(text, locale);
          const step = 10 ** -decimals;
          // Half a step of rounding, plus what the double itself cannot hold.
          expect(Math.abs(back - x)).toBeLessThanOrEqual(step / 2 + Math.abs(x) * 1e-15 + 1e-12);
        }),
        { numRuns: 500 },
      );
    },
  );

  it('round a half away from zero, as the README states', SLOW, () => {
    // k + 0.5 and k + 0.25 are exact in binary, so Intl sees a true half.
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), localeArb, (k, locale) => {
        const sign = k < 0 ? -1 : 1;
        const half = k + sign * 0.5;
        expect(readBack(formatNumber(half, locale, 0), locale)).toBe(k + sign);
        expect(readBack(formatNumber(k + sign * 0.25, locale, 1), locale)).toBeCloseTo(k + sign * 0.3, 6);
      }),
      { numRuns: 500 },
    );
  });

  it('unitLabel has a word for every unit, locale and count', SLOW, () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNITS), localeArb, fc.double(), (unit, locale, n) => {
        expectClean(unitLabel(unit, locale, n), unit);
      }),
    );
  });
});

describe('cases the properties found', () => {
  it('a multiple stated with more decimals than Intl allows is printed, not thrown', SLOW, () => {
    // String(times) has 22 decimals; Intl on Node 20 allows 20 and threw a RangeError.
    const c = { type: 'multiple', times: 1.0000000000000002e-6, baseYear: 2022 } as const;
    expect(formatComparison(c, 'vi')).toBe('gấp 0,00000100000000000000 lần năm 2022');
    expect(formatComparison(c, 'en')).toBe('0.00000100000000000000 times 2022');
  });

  it('formatNumber takes any count of decimals, printing at most 20', SLOW, () => {
    expect(formatNumber(1 / 3, 'en', 25)).toMatch(/^0\.3{16}\d{4}$/);
    expect(formatNumber(2.5, 'en', -1)).toBe('3');
    expect(formatNumber(2.5, 'en', NaN)).toBe('3');
  });
});
