/** Turns figures, periods, comparisons and formulas into text for one locale. */
import type { Derived, Formula } from '../data/derive';
import { decimalsOf, formatNumber, formatPercent } from '../data/number.ts';
import type { Comparison, Figure, Locale, Period, Unit } from '../data/schema';
import { unitLabel } from './units.ts';
import { verdictOf, verdictWord } from './words.ts';

export function formatAmount(value: number, unit: Unit, locale: Locale, decimals?: number): string {
  const d = decimals ?? Math.min(2, decimalsOf(value));
  if (unit === 'percent') return formatPercent(value, locale, d);
  const n = formatNumber(value, locale, d);
  if (unit === 'rank') return n;
  return `${n} ${unitLabel(unit, locale, value)}`;
}

/** "70.741 tỷ đồng", "hơn 868.000 công dân", "43/63", "+10,5%". */
export function formatFigureValue(f: Figure, locale: Locale): string {
  const prefix = f.qualifier === 'more-than' ? (locale === 'vi' ? 'hơn ' : 'more than ') : '';
  if (f.kind === 'growth') return `${f.value >= 0 ? '+' : ''}${formatPercent(f.value, locale)}`;
  if (f.outOf !== undefined) {
    const core = `${formatNumber(f.value, locale)}/${formatNumber(f.outOf, locale)}`;
    return f.unit === 'rank' ? core : `${prefix}${core} ${unitLabel(f.unit, locale, f.outOf)}`;
  }
  return prefix + formatAmount(f.value, f.unit, locale);
}

export function formatDerivedValue(d: Derived, locale: Locale): string {
  const prefix = d.qualifier === 'more-than' ? (locale === 'vi' ? 'hơn ' : 'more than ') : '';
  return `≈ ${prefix}${formatAmount(d.value, d.unit, locale, d.decimals)}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "10/01/2024" or "10 Jan 2024", as the dashboard writes dates. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return locale === 'vi'
    ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`
    : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

export function formatPeriod(p: Period, locale: Locale): string {
  switch (p.kind) {
    case 'year':
      return locale === 'vi' ? `năm ${p.year}` : String(p.year);
    case 'months':
      if (p.fromMonth === 1)
        return locale === 'vi'
          ? `${p.toMonth} tháng đầu năm ${p.year}`
          : `Jan–${MONTHS_EN[p.toMonth - 1]} ${p.year}`;
      return locale === 'vi'
        ? `tháng ${p.fromMonth}–${p.toMonth}/${p.year}`
        : `${MONTHS_EN[p.fromMonth - 1]}–${MONTHS_EN[p.toMonth - 1]} ${p.year}`;
    case 'end-of-year':
      return locale === 'vi' ? `lũy kế đến hết năm ${p.year}` : `cumulative, end of ${p.year}`;
    case 'to-date':
      return locale === 'vi'
        ? `đến ${formatIsoDate(p.asOf, locale)}`
        : `as of ${formatIsoDate(p.asOf, locale)}`;
  }
}

const TARGET_LABELS: Record<Extract<Comparison, { type: 'target' }>['target'], Record<Locale, string>> = {
  'annual-plan': { vi: 'kế hoạch năm', en: 'of the annual plan' },
  'mof-estimate': { vi: 'dự toán Bộ Tài chính giao', en: 'of the Ministry of Finance estimate' },
  'hdnd-resolution': { vi: 'Nghị quyết HĐND tỉnh', en: 'of the Provincial People’s Council resolution' },
};

const TARGET_SHORT: Record<Extract<Comparison, { type: 'target' }>['target'], Record<Locale, string>> = {
  'annual-plan': { vi: 'kế hoạch', en: 'plan' },
  'mof-estimate': { vi: 'dự toán BTC', en: 'MoF estimate' },
  'hdnd-resolution': { vi: 'NQ HĐND', en: 'Council resolution' },
};

/** For chart axes, where the full name does not fit. */
export function targetShortLabel(c: Extract<Comparison, { type: 'target' }>, locale: Locale): string {
  return TARGET_SHORT[c.target][locale];
}

export function targetLabel(c: Extract<Comparison, { type: 'target' }>, locale: Locale): string {
  return TARGET_LABELS[c.target][locale];
}

/**
 * The arrow and colour class of a comparison that has a direction (a growth, a rank change): one
 * rule for the dashboard, the embed and the deck. No arrow for no change.
 */
export function comparisonMark(c: Comparison): { className: '' | 'up' | 'down'; arrow: string } {
  const delta = c.type === 'growth' ? c.percent : c.type === 'rank-change' ? c.places : 0;
  if (delta > 0) return { className: 'up', arrow: '▲ ' };
  if (delta < 0) return { className: 'down', arrow: '▼ ' };
  return { className: '', arrow: '' };
}

export function formatComparison(c: Comparison, locale: Locale): string {
  const pct = (n: number) => formatPercent(n, locale);
  switch (c.type) {
    case 'growth': {
      if (c.percent === 0)
        return locale === 'vi' ? `không đổi so với ${c.baseYear}` : `unchanged vs ${c.baseYear}`;
      const sign = c.percent > 0 ? '+' : '−';
      return locale === 'vi'
        ? `${sign}${pct(Math.abs(c.percent))} so với ${c.baseYear}`
        : `${sign}${pct(Math.abs(c.percent))} vs ${c.baseYear}`;
    }
    case 'target': {
      // The source's "đạt x% kế hoạch" says how far, not whether: the verdict is stated beside it.
      const verdict = verdictWord(verdictOf(c.percent), locale);
      return `${pct(c.percent)} ${targetLabel(c, locale)} (${verdict})`;
    }
    case 'ratio':
      return locale === 'vi'
        ? `bằng ${pct(c.percent)} năm ${c.baseYear}`
        : `${pct(c.percent)} of the ${c.baseYear} level`;
    case 'multiple': {
      const n = formatNumber(c.times, locale, decimalsOf(c.times));
      return locale === 'vi' ? `gấp ${n} lần năm ${c.baseYear}` : `${n} times ${c.baseYear}`;
    }
    case 'rank-change': {
      const n = Math.abs(c.places);
      if (c.places === 0)
        return locale === 'vi' ? `giữ nguyên hạng so với ${c.baseYear}` : `same rank as ${c.baseYear}`;
      if (locale === 'vi') return `${c.places > 0 ? 'tăng' : 'giảm'} ${n} bậc so với ${c.baseYear}`;
      return `${c.places > 0 ? 'up' : 'down'} ${n} place${n === 1 ? '' : 's'} vs ${c.baseYear}`;
    }
    case 'share':
      return locale === 'vi' ? `tỷ lệ ${pct(c.percent)}` : `${pct(c.percent)} share`;
  }
}

/** "70.741 ÷ (1 + 8,74%) ≈ 65.055 tỷ đồng" */
export function formatFormula(d: Derived, locale: Locale): string {
  const n = (x: number) => formatNumber(x, locale, decimalsOf(x) > 2 ? 2 : decimalsOf(x));
  const pct = (x: number) => formatPercent(x, locale);
  const f: Formula = d.formula;
  const lhs = (() => {
    switch (f.op) {
      case 'divide-by-growth':
        return `${n(f.value)} ÷ (1 + ${pct(f.percent)})`;
      case 'divide-by-percent':
        return `${n(f.value)} ÷ ${pct(f.percent)}`;
      case 'divide-by-times':
        return `${n(f.value)} ÷ ${n(f.times)}`;
      case 'add-places':
        return `${n(f.rank)} + ${n(f.places)}`;
      case 'share':
        return `${n(f.part)} ÷ ${n(f.total)} × 100%`;
      case 'index':
        return `100 + ${n(f.percent)}`;
      case 'difference':
        return `${n(f.minuend)} − ${n(f.subtrahend)}`;
    }
  })();
  return `${lhs} ≈ ${formatAmount(d.value, d.unit, locale, d.decimals)}`;
}

export function derivedLabel(d: Derived, locale: Locale): string {
  const c = d.comparison;
  switch (d.kind) {
    case 'base-value':
      return locale === 'vi'
        ? `Giá trị ${formatPeriod(d.period, locale)}`
        : `Value, ${formatPeriod(d.period, locale)}`;
    case 'target':
      if (c?.type === 'target')
        return locale === 'vi'
          ? `Chỉ tiêu (${targetLabel(c, locale)})`
          : `Target (${targetLabel(c, locale).replace(/^of the /, '')})`;
      return locale === 'vi' ? 'Chỉ tiêu' : 'Target';
    case 'previous-rank':
      return locale === 'vi' ? `Hạng năm ${d.period.year}` : `Rank in ${d.period.year}`;
    case 'share':
      return locale === 'vi' ? 'Tỷ lệ tính từ số liệu' : 'Share computed from the counts';
    case 'index':
      return locale === 'vi'
        ? `Chỉ số (năm ${d.period.year - 1} = 100)`
        : `Index (${d.period.year - 1} = 100)`;
    case 'difference':
      return locale === 'vi' ? 'Hiệu số' : 'Difference';
  }
}
