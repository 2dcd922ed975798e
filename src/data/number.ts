/** Locale-aware number formatting shared by the page, the checks and the CSV. */
import type { Locale } from './schema';

const TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
/** What vi-VN and en-GB write between groups of thousands and before decimals. */
const MARKS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};
const MAX_DECIMALS = 20;

export function localeTag(locale: Locale): string {
  return TAGS[locale];
}

/**
 * 70741 → "70.741" (vi) / "70,741" (en); never prints NaN: non-finite gives "–".
 *
 * Written out rather than through Intl.NumberFormat because the first formatter a page makes loads
 * the locale's ICU data: about 20 ms at full speed, 130 ms on a throttled phone, in one piece inside
 * the built page's takeover (`npm run bench`, Lighthouse's blocking time). It rounds as Intl does,
 * half away from zero on the number's shortest decimal form (1.005 → "1,01"); the tests compare it
 * with Intl for any number.
 */
export function formatNumber(n: number, locale: Locale, digits = 0): string {
  if (!Number.isFinite(n)) return '–';
  // Intl on Node 20 throws a RangeError beyond 20 fraction digits, and a
  // number's own decimals (`decimalsOf`, e.g. of 0.0000010000000000000002) can exceed that.
  const decimals = Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(digits) || 0));
  const [whole, fraction] = roundedDigits(Math.abs(n), decimals);
  // No "-0" after rounding a tiny negative.
  const sign = n < 0 && /[1-9]/.test(whole + fraction) ? '-' : '';
  const { group, decimal } = MARKS[locale];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return sign + grouped + (decimals ? decimal + fraction : '');
}

/** The whole and fraction digits of x ≥ 0 rounded half away from zero to `decimals` places. */
function roundedDigits(x: number, decimals: number): [whole: string, fraction: string] {
  // The shortest digits that read back as x (what Intl rounds), and the power of ten of the first.
  const [mantissa, exponent] = x.toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const point = Number(exponent) + 1;
  let whole: string;
  let fraction: string;
  if (point <= 0) [whole, fraction] = ['0', '0'.repeat(-point) + digits];
  else if (point >= digits.length) [whole, fraction] = [digits + '0'.repeat(point - digits.length), ''];
  else [whole, fraction] = [digits.slice(0, point), digits.slice(point)];
  if (fraction.length <= decimals) return [whole, fraction.padEnd(decimals, '0')];
  const kept = whole + fraction.slice(0, decimals);
  const rounded = fraction.charCodeAt(decimals) >= 53 /* '5' */ ? addOne(kept) : kept;
  const wholeLength = rounded.length - decimals;
  return [rounded.slice(0, wholeLength), rounded.slice(wholeLength)];
}

/** "0999" → "1000", "99" → "100": one added to a string of decimal digits. */
function addOne(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  const tail = '0'.repeat(digits.length - 1 - i);
  return i < 0 ? '1' + tail : digits.slice(0, i) + String(Number(digits[i]) + 1) + tail;
}

/** 8.74 → "8,74%" (vi) / "8.74%" (en), with the decimals the number was stated with. */
export function formatPercent(n: number, locale: Locale, decimals?: number): string {
  const d = decimals ?? Math.min(2, decimalsOf(n));
  return `${formatNumber(n, locale, d)}%`;
}

export function decimalsOf(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}
