/**
 * The rules that turn numbers into claims, in both languages. Every verb of a title (rose, fell, beat,
 * missed, gained…) is chosen here from the sign or size of a number, never written by hand beside it,
 * so a corrected figure changes its sentence with it. A rule that cannot support a claim returns
 * `undefined`, and the caller leaves the claim out. Pure: no React, no DOM.
 */
import { decimalsOf, formatNumber, formatPercent } from '../data/number.ts';
import type { Comparison, Locale } from '../data/schema';

/** A target counts as met at this percent of it and above: the one place the threshold is stated. */
export const PLAN_MET_AT = 100;

export type Target = Extract<Comparison, { type: 'target' }>;
export type Verdict = 'beat' | 'met' | 'missed';
export type Direction = 'up' | 'down' | 'flat';

export const pick = <T>(locale: Locale, vi: T, en: T): T => (locale === 'vi' ? vi : en);

export const directionOf = (n: number): Direction => (n > 0 ? 'up' : n < 0 ? 'down' : 'flat');

export function verdictOf(percent: number): Verdict {
  return percent > PLAN_MET_AT ? 'beat' : percent === PLAN_MET_AT ? 'met' : 'missed';
}

export const isMet = (percent: number): boolean => verdictOf(percent) !== 'missed';

/** "8,74%" of the absolute value: the verb carries the sign, so no "tăng -2,5%" or "+-". */
const size = (pct: number, locale: Locale) => formatPercent(Math.abs(pct), locale, statedDecimals(pct));

/**
 * A percent in a claim keeps the decimals it was stated with (up to four), so "8,741%" and "8,74%" never
 * read as the same number beside "faster", and a change of 0,001% never prints as "0,00%".
 */
function statedDecimals(n: number): number {
  return Math.min(4, decimalsOf(Math.abs(n)));
}

/** "tăng 8,74%" / "giảm 2,5%" / "không đổi"; "rose 8.74%" / "fell 2.5%" / "was unchanged". */
export function changePhrase(pct: number, locale: Locale): string {
  switch (directionOf(pct)) {
    case 'up':
      return pick(locale, `tăng ${size(pct, locale)}`, `rose ${size(pct, locale)}`);
    case 'down':
      return pick(locale, `giảm ${size(pct, locale)}`, `fell ${size(pct, locale)}`);
    case 'flat':
      return pick(locale, 'không đổi', 'was unchanged');
  }
}

/** The same change as a signed figure for a bar or a tile: "+8,74%", "−2,5%", "0%". */
export function signedPercent(pct: number, locale: Locale): string {
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '';
  return `${sign}${size(pct, locale)}`;
}

const TARGET_NAMES: Record<Target['target'], Record<Locale, string>> = {
  'annual-plan': { vi: 'kế hoạch', en: 'the plan' },
  'mof-estimate': { vi: 'dự toán Bộ Tài chính giao', en: 'the Ministry of Finance estimate' },
  'hdnd-resolution': { vi: 'Nghị quyết HĐND tỉnh', en: 'the Provincial People’s Council resolution' },
};

export const targetName = (t: Target, locale: Locale): string => TARGET_NAMES[t.target][locale];

const VERDICT_WORDS: Record<Verdict, Record<Locale, string>> = {
  beat: { vi: 'vượt', en: 'beat' },
  met: { vi: 'đạt', en: 'met' },
  missed: { vi: 'chưa đạt', en: 'missed' },
};

export const verdictWord = (v: Verdict, locale: Locale): string => VERDICT_WORDS[v][locale];

/** "vượt kế hoạch (100,7%)" / "missed the Ministry of Finance estimate (83%)". */
export function attainmentPhrase(t: Target, locale: Locale): string {
  return `${verdictWord(verdictOf(t.percent), locale)} ${targetName(t, locale)} (${formatPercent(t.percent, locale)})`;
}

/**
 * Several targets of one figure: one verdict when they agree ("chưa đạt cả hai chỉ tiêu (83% dự toán…,
 * 81% Nghị quyết…)"), else each target with its own verdict.
 */
export function targetsPhrase(
  targets: readonly Target[],
  locale: Locale,
  { brief = false }: { brief?: boolean } = {},
): string | undefined {
  if (targets.length === 0) return undefined;
  if (targets.length === 1) return attainmentPhrase(targets[0]!, locale);
  const verdicts = new Set(targets.map((t) => verdictOf(t.percent)));
  if (verdicts.size > 1) return targets.map((t) => attainmentPhrase(t, locale)).join(', ');
  const each = targets.map((t) =>
    pick(
      locale,
      `${formatPercent(t.percent, locale)} ${targetName(t, locale)}`,
      `${formatPercent(t.percent, locale)} of ${targetName(t, locale)}`,
    ),
  );
  const all = quantity(targets.length, targets.length, { vi: 'chỉ tiêu', en: 'targets' }, locale, false);
  // Brief, for a projector headline whose tiles show each percent beside it.
  if (brief) return `${verdictWord([...verdicts][0]!, locale)} ${all}`;
  return `${verdictWord([...verdicts][0]!, locale)} ${all} (${each.join(', ')})`;
}

/** "tăng 10 bậc" / "giảm 3 bậc" / "giữ nguyên hạng"; "rose 10 places" / "fell 3 places" / "held its rank". */
export function rankMovePhrase(places: number, locale: Locale): string {
  const n = Math.abs(places);
  switch (directionOf(places)) {
    case 'up':
      return pick(locale, `tăng ${n} bậc`, `rose ${n} place${n === 1 ? '' : 's'}`);
    case 'down':
      return pick(locale, `giảm ${n} bậc`, `fell ${n} place${n === 1 ? '' : 's'}`);
    case 'flat':
      return pick(locale, 'giữ nguyên hạng', 'held its rank');
  }
}

/** A change stated as a ratio to the base year: "bằng 87,5% năm 2022" is a fall, 112% a rise. */
export function ratioPhrase(percent: number, baseYear: number, locale: Locale): string {
  const p = formatPercent(percent, locale, statedDecimals(percent));
  switch (directionOf(percent - 100)) {
    case 'up':
      return pick(
        locale,
        `tăng so với năm ${baseYear} (bằng ${p})`,
        `rose on ${baseYear} (${p} of its level)`,
      );
    case 'down':
      return pick(
        locale,
        `giảm so với năm ${baseYear} (bằng ${p})`,
        `fell on ${baseYear} (${p} of its level)`,
      );
    case 'flat':
      return pick(locale, `không đổi so với năm ${baseYear}`, `was unchanged on ${baseYear}`);
  }
}

/** "gấp 5,2 lần năm 2022" above 1, a fall below 1. */
export function multiplePhrase(times: number, baseYear: number, locale: Locale): string {
  const n = formatNumber(times, locale, decimalsOf(times));
  switch (directionOf(times - 1)) {
    case 'up':
      return pick(locale, `gấp ${n} lần năm ${baseYear}`, `was ${n} times ${baseYear}’s`);
    case 'down':
      return pick(locale, `giảm, chỉ bằng ${n} lần năm ${baseYear}`, `fell to ${n} times ${baseYear}’s`);
    case 'flat':
      return pick(locale, `không đổi so với năm ${baseYear}`, `was unchanged on ${baseYear}`);
  }
}

/** The change a figure states against its base year, or nothing if it states none. */
export function baseChangePhrase(comparisons: readonly Comparison[], locale: Locale): string | undefined {
  for (const c of comparisons) {
    if (c.type === 'growth')
      return `${changePhrase(c.percent, locale)} ${pick(locale, `so với năm ${c.baseYear}`, `on ${c.baseYear}`)}`;
    if (c.type === 'ratio') return ratioPhrase(c.percent, c.baseYear, locale);
    if (c.type === 'multiple') return multiplePhrase(c.times, c.baseYear, locale);
  }
  return undefined;
}

export interface Noun {
  vi: string;
  /** Plural. */
  en: string;
}

/**
 * A counted subject: "cả hai chỉ tiêu", "tất cả 7 chỉ tiêu", "phần lớn chỉ tiêu (6/7)", "2/5 chỉ tiêu",
 * "không chỉ tiêu nào (0/5)"; "both targets", "all 7 targets", "most targets (6 of 7)", "2 of 5 targets",
 * "none of the 5 targets"; of one item, "1/1 chỉ tiêu", "0 of 1 targets". `capital` starts the phrase with a capital letter.
 */
export function quantity(n: number, m: number, noun: Noun, locale: Locale, capital = true): string {
  const [fn, fm] = [formatNumber(n, locale), formatNumber(m, locale)];
  const phrase = (() => {
    // One item: "1/1", "0/1"; never "all 1 targets" or "none of the 1 targets".
    if (m === 1) return pick(locale, `${fn}/${fm} ${noun.vi}`, `${fn} of ${fm} ${noun.en}`);
    if (m > 0 && n === m) {
      if (m === 2) return pick(locale, `cả hai ${noun.vi}`, `both ${noun.en}`);
      if (m === 3) return pick(locale, `cả ba ${noun.vi}`, `all three ${noun.en}`);
      return pick(locale, `tất cả ${fm} ${noun.vi}`, `all ${fm} ${noun.en}`);
    }
    if (n === 0) return pick(locale, `không ${noun.vi} nào (0/${fm})`, `none of the ${fm} ${noun.en}`);
    if (n * 2 > m)
      return pick(locale, `phần lớn ${noun.vi} (${fn}/${fm})`, `most ${noun.en} (${fn} of ${fm})`);
    return pick(locale, `${fn}/${fm} ${noun.vi}`, `${fn} of ${fm} ${noun.en}`);
  })();
  return capital ? upperFirst(phrase) : phrase;
}

/**
 * The items at the top of a sort: one name, or several tied ("X và Y"). Nothing when every item ties,
 * or when there is only one: "the highest" of equals, or of one, says nothing.
 */
export function extremes<T>(items: readonly T[], value: (t: T) => number, end: 'max' | 'min'): T[] {
  if (items.length < 2) return [];
  const values = items.map(value);
  const target = end === 'max' ? Math.max(...values) : Math.min(...values);
  const top = items.filter((_, i) => values[i] === target);
  return top.length === items.length ? [] : top;
}

export function listOf(names: readonly string[], locale: Locale): string {
  if (names.length <= 1) return names[0] ?? '';
  const and = pick(locale, ' và ', ' and ');
  return `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

/**
 * How a later period's change compares with an earlier one's, as a clause after the later change:
 * "chậm hơn mức tăng 19,65% của 10 tháng đầu năm 2023", "ít hơn mức giảm 4% của …",
 * "sau khi giảm 4% trong …". `earlierPeriod` is already in words.
 */
export function comparePeriodsPhrase(
  later: number,
  earlier: number,
  earlierPeriod: string,
  locale: Locale,
): string {
  const e = size(earlier, locale);
  const dl = directionOf(later);
  const de = directionOf(earlier);
  if (dl === 'up' && de === 'up') {
    if (later === earlier)
      return pick(locale, `bằng mức tăng của ${earlierPeriod}`, `the same pace as ${earlierPeriod}`);
    return later > earlier
      ? pick(
          locale,
          `nhanh hơn mức tăng ${e} của ${earlierPeriod}`,
          `faster than the ${e} rise of ${earlierPeriod}`,
        )
      : pick(
          locale,
          `chậm hơn mức tăng ${e} của ${earlierPeriod}`,
          `slower than the ${e} rise of ${earlierPeriod}`,
        );
  }
  if (dl === 'down' && de === 'down') {
    if (later === earlier)
      return pick(locale, `bằng mức giảm của ${earlierPeriod}`, `the same fall as ${earlierPeriod}`);
    return Math.abs(later) < Math.abs(earlier)
      ? pick(
          locale,
          `ít hơn mức giảm ${e} của ${earlierPeriod}`,
          `less than the ${e} fall of ${earlierPeriod}`,
        )
      : pick(
          locale,
          `nhiều hơn mức giảm ${e} của ${earlierPeriod}`,
          `more than the ${e} fall of ${earlierPeriod}`,
        );
  }
  const then = (() => {
    switch (de) {
      case 'up':
        return pick(locale, `tăng ${e}`, `rising ${e}`);
      case 'down':
        return pick(locale, `giảm ${e}`, `falling ${e}`);
      case 'flat':
        return pick(locale, 'không đổi', 'holding level');
    }
  })();
  return pick(locale, `trong khi ${earlierPeriod} ${then}`, `after ${then} in ${earlierPeriod}`);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** "Thu ngân sách" → "thu ngân sách" inside a sentence; "PCI", "FDI…" and "e-ID" keep their letters. */
export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;
}
