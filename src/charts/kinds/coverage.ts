/**
 * coverage: how far each of several indicators has got, in percent of its whole — a rate the source
 * gives, a share it states, or a count out of its total (derived, ≈) — against the 100 % line. Its
 * finding: how many are at 100 % or more, and which is lowest.
 */
import { formatNumber, formatPercent } from '../../data/number';
import type { Figure, Locale } from '../../data/schema';
import { extremes, listOf, lowerFirst, pick, quantity, type Noun } from '../../i18n/words';
import { barOption, type BarValue } from '../options/bar';
import { derivedPoint, figurePoint } from '../points';
import type { Point } from '../model';
import type { ChartKindSpec } from './types';
import {
  commonPeriod,
  derivedOf,
  estimateMark,
  estimateNote,
  joinNotes,
  label,
  nounOr,
  where,
} from './shared';

const FULL = 100;
const DEFAULT_NOUN: Noun = { vi: 'chỉ tiêu', en: 'indicators' };

export interface CoverageRow {
  name: string;
  percent: number;
  /** Computed from a count and its total rather than stated: printed with ≈. */
  derived?: boolean;
}

/** "Cả ba chỉ tiêu đạt từ 100% trở lên"; "2/5 chỉ tiêu đạt từ 100% trở lên; thấp nhất: … (53,53%)". */
export function coverageTitle(rows: readonly CoverageRow[], noun: Noun, locale: Locale): string {
  const full = rows.filter((r) => r.percent >= FULL).length;
  const count = `${quantity(full, rows.length, noun, locale)} ${pick(locale, `đạt từ ${FULL}% trở lên`, `at ${FULL}% or more`)}`;
  if (full === rows.length) return count;
  const low = extremes(rows, (r) => r.percent, 'min');
  if (low.length === 0) return count;
  const names = listOf(
    low.map((r) => lowerFirst(r.name)),
    locale,
  );
  const p = low[0]!.derived
    ? `≈ ${formatPercent(low[0]!.percent, locale, 0)}`
    : formatPercent(low[0]!.percent, locale);
  return `${count}; ${pick(locale, 'thấp nhất', 'lowest')}: ${names} (${p})`;
}

/** How a figure reads as a percent of its whole, if it does. */
function percentKind(f: Figure): 'rate' | 'share' | 'count' | undefined {
  if (f.unit === 'percent' && (f.kind === 'level' || f.kind === 'attainment')) return 'rate';
  if (f.comparisons.some((c) => c.type === 'share')) return 'share';
  if (f.outOf !== undefined && f.kind === 'level') return 'count';
  return undefined;
}

export const coverage: ChartKindSpec = {
  parts: () => ['bar', 'markLine'],
  check: ({ decl, figures }) =>
    figures.flatMap((f, i) =>
      percentKind(f.figure)
        ? []
        : [
            `${where(decl, `figures[${i}]`)}: "${f.figure.id}" is neither a rate in percent, a stated share nor a count out of a total`,
          ],
    ),
  build: ({ decl, figures, data }, { locale, palette }) => {
    const points: Point[] = [];
    let derivedAny = false;
    const rows = figures.map((found) => {
      const f = found.figure;
      const name = label(f, locale);
      points.push(figurePoint(f, found.dataset));
      switch (percentKind(f)) {
        case 'share': {
          const s = f.comparisons.find((c) => c.type === 'share')!;
          const p = s.type === 'share' ? s.percent : 0;
          return {
            name,
            percent: p,
            bar: { value: p, text: `${formatPercent(p, locale)}${estimateMark(f)}`, derived: false },
          };
        }
        case 'count': {
          const d = derivedOf(found, data, 'share')[0]!;
          points.push(derivedPoint(d, name));
          derivedAny = true;
          const text = `≈ ${formatPercent(d.value, locale, 0)} (${formatNumber(f.value, locale)}/${formatNumber(f.outOf!, locale)})`;
          return { name, percent: d.value, derived: true, bar: { value: d.value, text, derived: true } };
        }
        default:
          return {
            name,
            percent: f.value,
            bar: {
              value: f.value,
              text: `${formatPercent(f.value, locale)}${estimateMark(f)}`,
              derived: false,
            },
          };
      }
    });
    const title = coverageTitle(rows, nounOr(decl, DEFAULT_NOUN), locale);
    const shown = figures.map((f) => f.figure);
    const period = commonPeriod(shown, locale);
    const subtitle = joinNotes([
      pick(locale, `Tỷ lệ (%)${period ? `, ${period}` : ''}`, `Percent${period ? `, ${period}` : ''}`),
      derivedAny ? pick(locale, '≈ tỷ lệ tính từ số đếm', '≈ shares computed from counts') : undefined,
      estimateNote(shown, locale),
    ]);
    const values: BarValue[] = rows.map((r) => r.bar);
    return {
      id: decl.id,
      title,
      subtitle,
      height: 90 + rows.length * 56,
      points,
      option: barOption({
        categories: rows.map((r) => r.name),
        series: [{ name: pick(locale, 'Tỷ lệ', 'Percent'), color: palette.current, values }],
        horizontal: true,
        axisFormat: (n) => `${formatNumber(n, locale)}%`,
        reference: { value: FULL, label: `${FULL}%` },
        description: `${title}. ${rows.map((r) => `${r.name}: ${r.bar.text}`).join('; ')}.`,
        palette,
      }),
    };
  },
};
