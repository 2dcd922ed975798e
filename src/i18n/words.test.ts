/**
 * Table-driven tests of the rules that turn numbers into claims (issue 13), in both languages. Each row
 * states by hand what a reader should see for a number on one side of a rule's threshold: a fall reads
 * as a fall, a plan at 100 % as met, a tie as a tie.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../data/schema';
import {
  attainmentPhrase,
  baseChangePhrase,
  changePhrase,
  comparePeriodsPhrase,
  directionOf,
  extremes,
  isMet,
  listOf,
  lowerFirst,
  multiplePhrase,
  PLAN_MET_AT,
  quantity,
  rankMovePhrase,
  ratioPhrase,
  signedPercent,
  targetsPhrase,
  upperFirst,
  verdictOf,
  type Noun,
  type Target,
} from './words';

const plan = (percent: number): Target => ({ type: 'target', percent, target: 'annual-plan' });
const mof = (percent: number): Target => ({ type: 'target', percent, target: 'mof-estimate' });
const hdnd = (percent: number): Target => ({ type: 'target', percent, target: 'hdnd-resolution' });
const TARGETS: Noun = { vi: 'chỉ tiêu', en: 'targets' };

/** Signs glued to a number or a verb followed by a signed number: never in a phrase. */
const BAD_SIGNS = /tăng -|giảm -|rose -|fell -|\+-|\+−|−-|−−|--|-−/;

describe('changePhrase: the verb carries the sign', () => {
  it.each([
    [8.74, 'vi', 'tăng 8,74%'],
    [8.74, 'en', 'rose 8.74%'],
    [-2.5, 'vi', 'giảm 2,5%'],
    [-2.5, 'en', 'fell 2.5%'],
    [0, 'vi', 'không đổi'],
    [0, 'en', 'was unchanged'],
    [-0, 'vi', 'không đổi'],
    [-0, 'en', 'was unchanged'],
    [-99.99, 'vi', 'giảm 99,99%'],
    [1000, 'en', 'rose 1,000%'],
    [1000, 'vi', 'tăng 1.000%'],
    [0.01, 'en', 'rose 0.01%'],
    [-0.01, 'vi', 'giảm 0,01%'],
  ] as const)('%s (%s) → %s', (pct, locale, text) => {
    expect(changePhrase(pct, locale)).toBe(text);
  });

  it('directionOf follows the sign, zero included', () => {
    expect([5, -5, 0, -0, 1e-9, -1e-9].map(directionOf)).toEqual([
      'up',
      'down',
      'flat',
      'flat',
      'up',
      'down',
    ]);
  });

  it.each([
    [8.74, 'vi', '+8,74%'],
    [-2.5, 'vi', '−2,5%'],
    [-2.5, 'en', '−2.5%'],
    [0, 'en', '0%'],
    [-0, 'vi', '0%'],
  ] as const)('signedPercent %s (%s) → %s', (pct, locale, text) => {
    expect(signedPercent(pct, locale)).toBe(text);
  });
});

describe('plan attainment: the threshold is 100 %', () => {
  it('is stated once, at 100', () => {
    expect(PLAN_MET_AT).toBe(100);
  });

  it.each([
    [0, 'missed'],
    [81, 'missed'],
    [99.99, 'missed'],
    [100, 'met'],
    [100.01, 'beat'],
    [270, 'beat'],
  ] as const)('%s %% → %s', (percent, verdict) => {
    expect(verdictOf(percent)).toBe(verdict);
    expect(isMet(percent)).toBe(verdict !== 'missed');
  });

  it.each([
    [plan(95.42), 'vi', 'chưa đạt kế hoạch (95,42%)'],
    [plan(95.42), 'en', 'missed the plan (95.42%)'],
    [plan(100), 'vi', 'đạt kế hoạch (100%)'],
    [plan(100), 'en', 'met the plan (100%)'],
    [plan(100.7), 'vi', 'vượt kế hoạch (100,7%)'],
    [plan(100.7), 'en', 'beat the plan (100.7%)'],
    [mof(83), 'vi', 'chưa đạt dự toán Bộ Tài chính giao (83%)'],
    [mof(83), 'en', 'missed the Ministry of Finance estimate (83%)'],
    [hdnd(104), 'vi', 'vượt Nghị quyết HĐND tỉnh (104%)'],
    [hdnd(104), 'en', 'beat the Provincial People’s Council resolution (104%)'],
  ] as const)('attainmentPhrase %j (%s) → %s', (t, locale, text) => {
    expect(attainmentPhrase(t, locale)).toBe(text);
  });

  it.each([
    [[], 'vi', undefined],
    [[plan(99)], 'en', 'missed the plan (99%)'],
    [
      [mof(83), hdnd(81)],
      'vi',
      'chưa đạt cả hai chỉ tiêu (83% dự toán Bộ Tài chính giao, 81% Nghị quyết HĐND tỉnh)',
    ],
    [
      [mof(83), hdnd(81)],
      'en',
      'missed both targets (83% of the Ministry of Finance estimate, 81% of the Provincial People’s Council resolution)',
    ],
    [
      [mof(104), hdnd(101)],
      'vi',
      'vượt cả hai chỉ tiêu (104% dự toán Bộ Tài chính giao, 101% Nghị quyết HĐND tỉnh)',
    ],
    [
      [mof(100), hdnd(100)],
      'en',
      'met both targets (100% of the Ministry of Finance estimate, 100% of the Provincial People’s Council resolution)',
    ],
    // Verdicts that differ are stated one by one, never merged.
    [
      [mof(104), hdnd(96)],
      'vi',
      'vượt dự toán Bộ Tài chính giao (104%), chưa đạt Nghị quyết HĐND tỉnh (96%)',
    ],
    [
      [mof(100), hdnd(100.5)],
      'en',
      'met the Ministry of Finance estimate (100%), beat the Provincial People’s Council resolution (100.5%)',
    ],
    [
      [plan(90), mof(95), hdnd(99.9)],
      'en',
      'missed all three targets (90% of the plan, 95% of the Ministry of Finance estimate, 99.9% of the Provincial People’s Council resolution)',
    ],
  ] as const)('targetsPhrase %j (%s)', (ts, locale, text) => {
    expect(targetsPhrase(ts, locale)).toBe(text);
  });
});

describe('rank movement', () => {
  it.each([
    [10, 'vi', 'tăng 10 bậc'],
    [10, 'en', 'rose 10 places'],
    [1, 'en', 'rose 1 place'],
    [-3, 'vi', 'giảm 3 bậc'],
    [-3, 'en', 'fell 3 places'],
    [-1, 'en', 'fell 1 place'],
    [0, 'vi', 'giữ nguyên hạng'],
    [0, 'en', 'held its rank'],
  ] as const)('%s places (%s) → %s', (places, locale, text) => {
    expect(rankMovePhrase(places, locale)).toBe(text);
  });
});

describe('ratios and multiples of the base year', () => {
  it.each([
    [112, 'vi', 'tăng so với năm 2022 (bằng 112%)'],
    [112, 'en', 'rose on 2022 (112% of its level)'],
    [87.5, 'vi', 'giảm so với năm 2022 (bằng 87,5%)'],
    [87.5, 'en', 'fell on 2022 (87.5% of its level)'],
    [100, 'vi', 'không đổi so với năm 2022'],
    [100, 'en', 'was unchanged on 2022'],
  ] as const)('ratio %s %% (%s) → %s', (percent, locale, text) => {
    expect(ratioPhrase(percent, 2022, locale)).toBe(text);
  });

  it.each([
    [5.2, 'vi', 'gấp 5,2 lần năm 2022'],
    [5.2, 'en', 'was 5.2 times 2022’s'],
    [0.5, 'vi', 'giảm, chỉ bằng 0,5 lần năm 2022'],
    [0.5, 'en', 'fell to 0.5 times 2022’s'],
    [1, 'vi', 'không đổi so với năm 2022'],
    [1, 'en', 'was unchanged on 2022'],
  ] as const)('multiple %s (%s) → %s', (times, locale, text) => {
    expect(multiplePhrase(times, 2022, locale)).toBe(text);
  });

  it.each([
    [[{ type: 'growth', percent: -4, baseYear: 2022 }], 'vi', 'giảm 4% so với năm 2022'],
    [[{ type: 'growth', percent: 0, baseYear: 2021 }], 'en', 'was unchanged on 2021'],
    [[{ type: 'ratio', percent: 90, baseYear: 2022 }], 'en', 'fell on 2022 (90% of its level)'],
    [[{ type: 'multiple', times: 2, baseYear: 2022 }], 'vi', 'gấp 2 lần năm 2022'],
    // The first change stated wins; a target is not a change.
    [
      [
        plan(104),
        { type: 'growth', percent: 3, baseYear: 2022 },
        { type: 'ratio', percent: 90, baseYear: 2022 },
      ],
      'en',
      'rose 3% on 2022',
    ],
    [[plan(104)], 'vi', undefined],
    [[], 'en', undefined],
  ] as const)('baseChangePhrase %j (%s)', (comparisons, locale, text) => {
    expect(baseChangePhrase(comparisons, locale)).toBe(text);
  });
});

describe('quantity: counted subjects', () => {
  it.each([
    [2, 2, 'vi', 'Cả hai chỉ tiêu'],
    [2, 2, 'en', 'Both targets'],
    [3, 3, 'vi', 'Cả ba chỉ tiêu'],
    [3, 3, 'en', 'All three targets'],
    [7, 7, 'vi', 'Tất cả 7 chỉ tiêu'],
    [7, 7, 'en', 'All 7 targets'],
    [6, 7, 'vi', 'Phần lớn chỉ tiêu (6/7)'],
    [6, 7, 'en', 'Most targets (6 of 7)'],
    [2, 3, 'en', 'Most targets (2 of 3)'],
    // Half is not most.
    [2, 4, 'vi', '2/4 chỉ tiêu'],
    [2, 4, 'en', '2 of 4 targets'],
    [1, 5, 'en', '1 of 5 targets'],
    [0, 5, 'vi', 'Không chỉ tiêu nào (0/5)'],
    [0, 5, 'en', 'None of the 5 targets'],
    [0, 2, 'en', 'None of the 2 targets'],
    [1064, 1441, 'vi', 'Phần lớn chỉ tiêu (1.064/1.441)'],
    [1064, 1441, 'en', 'Most targets (1,064 of 1,441)'],
    // One item: neither "all 1" nor "none of the 1".
    [1, 1, 'vi', '1/1 chỉ tiêu'],
    [1, 1, 'en', '1 of 1 targets'],
    [0, 1, 'vi', '0/1 chỉ tiêu'],
    [0, 1, 'en', '0 of 1 targets'],
  ] as const)('%s of %s (%s) → %s', (n, m, locale, text) => {
    expect(quantity(n, m, TARGETS, locale)).toBe(text);
  });

  it('starts in lower case inside a sentence', () => {
    expect(quantity(2, 2, TARGETS, 'vi', false)).toBe('cả hai chỉ tiêu');
    expect(quantity(0, 5, TARGETS, 'en', false)).toBe('none of the 5 targets');
  });
});

describe('superlatives by sorting', () => {
  const rows = (...values: number[]) => values.map((v, i) => ({ name: 'ABCDEFG'[i]!, v }));
  const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name).join('');

  it.each([
    [[1, 5, 3], 'max', 'B'],
    [[1, 5, 3], 'min', 'A'],
    [[5, 1, 5], 'max', 'AC'],
    [[-2, -2, 4], 'min', 'AB'],
    [[-3, -1, -2], 'max', 'B'],
    // All equal: no superlative.
    [[4, 4, 4], 'max', ''],
    [[0, 0], 'min', ''],
  ] as const)('%j %s → %s', (values, end, expected) => {
    expect(names(extremes(rows(...values), (r) => r.v, end))).toBe(expected);
  });

  it('has nothing to sort in an empty list or a list of one', () => {
    expect(extremes([], (r: number) => r, 'max')).toEqual([]);
    expect(extremes([7], (r: number) => r, 'min')).toEqual([]);
  });

  it.each([
    [[], 'vi', ''],
    [['A'], 'en', 'A'],
    [['A', 'B'], 'vi', 'A và B'],
    [['A', 'B', 'C'], 'en', 'A, B and C'],
  ] as const)('listOf %j (%s) → %s', (xs, locale, text) => {
    expect(listOf(xs, locale)).toBe(text);
  });
});

describe('comparePeriodsPhrase: the four sign combinations, and ties', () => {
  const P = '10 tháng đầu năm 2023';
  const E = 'Jan–Oct 2023';
  it.each([
    // Both rose.
    [12, 8, 'vi', `nhanh hơn mức tăng 8% của ${P}`],
    [12, 8, 'en', `faster than the 8% rise of ${E}`],
    [8.74, 19.65, 'vi', `chậm hơn mức tăng 19,65% của ${P}`],
    [8.74, 19.65, 'en', `slower than the 19.65% rise of ${E}`],
    [5, 5, 'vi', `bằng mức tăng của ${P}`],
    [5, 5, 'en', `the same pace as ${E}`],
    // Both fell: a smaller fall is less, a larger one more.
    [-2, -4, 'vi', `ít hơn mức giảm 4% của ${P}`],
    [-2, -4, 'en', `less than the 4% fall of ${E}`],
    [-6, -4, 'vi', `nhiều hơn mức giảm 4% của ${P}`],
    [-6, -4, 'en', `more than the 4% fall of ${E}`],
    [-3, -3, 'en', `the same fall as ${E}`],
    // Mixed: each change with its own verb, never "faster" across a sign change.
    [3, -4, 'vi', `trong khi ${P} giảm 4%`],
    [3, -4, 'en', `after falling 4% in ${E}`],
    [-3, 4, 'vi', `trong khi ${P} tăng 4%`],
    [-3, 4, 'en', `after rising 4% in ${E}`],
    [0, 4, 'en', `after rising 4% in ${E}`],
    [4, 0, 'vi', `trong khi ${P} không đổi`],
    [4, 0, 'en', `after holding level in ${E}`],
    [0, 0, 'en', `after holding level in ${E}`],
  ] as const)('later %s, earlier %s (%s) → %s', (later, earlier, locale, text) => {
    expect(comparePeriodsPhrase(later, earlier, locale === 'vi' ? P : E, locale)).toBe(text);
  });
});

describe('a percent in a claim keeps the decimals it was stated with', () => {
  it.each([
    [changePhrase(0.001, 'vi'), 'tăng 0,001%'],
    [changePhrase(-0.05, 'en'), 'fell 0.05%'],
    [comparePeriodsPhrase(8.741, 8.74, 'Jan–Oct', 'en'), 'faster than the 8.74% rise of Jan–Oct'],
    [changePhrase(8.741, 'en'), 'rose 8.741%'],
    [ratioPhrase(100.001, 2022, 'vi'), 'tăng so với năm 2022 (bằng 100,001%)'],
  ])('%s', (text, expected) => {
    expect(text).toBe(expected);
  });
});

describe('case helpers', () => {
  it.each([
    ['thu ngân sách', 'Thu ngân sách'],
    ['đã hoàn thành', 'Đã hoàn thành'],
    ['', ''],
  ])('upperFirst %j → %j', (a, b) => expect(upperFirst(a)).toBe(b));

  it.each([
    ['Thu ngân sách', 'thu ngân sách'],
    ['Đã hoàn thành', 'đã hoàn thành'],
    ['PCI', 'PCI'],
    ['FDI mới', 'FDI mới'],
    ['e-ID', 'e-ID'],
  ])('lowerFirst %j → %j', (a, b) => expect(lowerFirst(a)).toBe(b));
});

describe('no rule glues a sign to a verb, for any number', () => {
  const numbers = [-99.99, -12.5, -2.5, -1, -0.5, -0.01, -0, 0, 0.01, 0.5, 1, 2.5, 12.5, 100, 250, 1000];
  const locales: Locale[] = ['vi', 'en'];
  it('changePhrase, signedPercent, rankMovePhrase, ratioPhrase, multiplePhrase, comparePeriodsPhrase', () => {
    const out: string[] = [];
    for (const locale of locales)
      for (const a of numbers) {
        out.push(changePhrase(a, locale), signedPercent(a, locale), rankMovePhrase(Math.round(a), locale));
        if (a >= 0) out.push(ratioPhrase(a, 2022, locale));
        if (a > 0) out.push(multiplePhrase(a, 2022, locale));
        for (const b of numbers) out.push(comparePeriodsPhrase(a, b, 'P', locale));
      }
    const bad = out.filter(
      (s) => BAD_SIGNS.test(s) || /NaN|undefined|Infinity| {2}/.test(s) || s.trim() !== s,
    );
    expect(bad).toEqual([]);
    expect(out.length).toBeGreaterThan(500);
  });
});
