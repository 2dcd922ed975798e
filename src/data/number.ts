/** Locale-aware number formatting shared by the page, the checks and the CSV. */
import type { Locale } from './schema';

const TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();
const MAX_DECIMALS = 20;

export function localeTag(locale: Locale): string {
  return TAGS[locale];
}

/** 70741 → "70.741" (vi) / "70,741" (en); never prints NaN: non-finite gives "–". */
export function formatNumber(n: number, locale: Locale, digits = 0): string {
  if (!Number.isFinite(n)) return '–';
  // Intl on Node 20 throws a RangeError beyond 20 fraction digits, and a
  // number's own decimals (`decimalsOf`, e.g. of 0.0000010000000000000002) can exceed that.
  const decimals = Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(digits) || 0));
  const key = `${locale}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(TAGS[locale], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    cache.set(key, f);
  }
  // Avoid "-0" after rounding a tiny negative.
  const out = f.format(n);
  return /^-0([.,]0+)?$/.test(out) ? out.slice(1) : out;
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
