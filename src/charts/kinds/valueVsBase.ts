/**
 * value-vs-base: one amount beside what the source compares it with — its base year's value and each
 * target, derived — and, after them, related figures in the same unit. Its finding: how the amount
 * changed against the base year and whether it met each target.
 */
import { formatNumber } from '../../data/number';
import type { Comparison, Locale } from '../../data/schema';
import { targetShortLabel } from '../../i18n/format';
import { baseChangePhrase, pick, targetsPhrase, type Target } from '../../i18n/words';
import { barOption, type BarValue } from '../options/bar';
import { derivedBar, derivedPoint, figureBar, figurePoint, figureText } from '../points';
import type { Point } from '../model';
import type { ChartKindSpec } from './types';
import { derivedNote, derivedOf, estimateNote, joinNotes, label, unitHeading, where } from './shared';
import { formatPeriod } from '../../i18n/format';

/** "Xuất khẩu tăng 8,6% so với năm 2022, vượt kế hoạch (100,7%)"; the value alone when nothing is compared. */
export function valueVsBaseTitle(
  name: string,
  comparisons: readonly Comparison[],
  valueText: string,
  locale: Locale,
): string {
  const change = baseChangePhrase(comparisons, locale);
  const targets = targetsPhrase(
    comparisons.filter((c): c is Target => c.type === 'target'),
    locale,
  );
  if (!change && !targets) return `${name}: ${valueText}`;
  const clauses = [change, targets].filter(Boolean).join(pick(locale, ', ', ' and '));
  return `${name} ${clauses}`;
}

export const valueVsBase: ChartKindSpec = {
  parts: () => ['bar'],
  check: ({ decl, figures }) => {
    const [main, ...rest] = figures;
    const problems: string[] = [];
    if (main && main.figure.kind !== 'level')
      problems.push(
        `${where(decl, 'figures[0]')}: "${main.figure.id}" is a ${main.figure.kind}, not an amount`,
      );
    rest.forEach((f, i) => {
      if (main && f.figure.unit !== main.figure.unit)
        problems.push(
          `${where(decl, `figures[${i + 1}]`)}: "${f.figure.id}" is in ${f.figure.unit}, "${main.figure.id}" in ${main.figure.unit}: they cannot share an axis`,
        );
    });
    return problems;
  },
  build: ({ decl, figures, data }, { locale, palette }) => {
    const [main, ...related] = figures as [(typeof figures)[number], ...typeof figures];
    const f = main.figure;
    const name = label(f, locale);
    // With related bars beside it, the amount's own bars say whose they are.
    const prefix = related.length ? `${name} ` : '';
    const categories: string[] = [];
    const values: BarValue[] = [];
    const points: Point[] = [];
    const derivedNames: string[] = [];
    for (const d of derivedOf(main, data, 'base-value')) {
      const l = `${prefix}${d.period.year}`;
      categories.push(l);
      values.push(derivedBar(d, locale));
      points.push(derivedPoint(d, l));
      derivedNames.push(pick(locale, `năm ${d.period.year}`, String(d.period.year)));
    }
    categories.push(`${prefix}${f.period.year}`);
    values.push(figureBar(f, locale));
    points.push(figurePoint(f, main.dataset));
    for (const d of derivedOf(main, data, 'target')) {
      const c = d.comparison as Target | undefined;
      const l =
        c && c.target !== 'annual-plan'
          ? pick(locale, `Chỉ tiêu ${targetShortLabel(c, locale)}`, `Target: ${targetShortLabel(c, locale)}`)
          : pick(locale, `Kế hoạch ${f.period.year}`, `Plan ${f.period.year}`);
      categories.push(l);
      values.push(derivedBar(d, locale));
      points.push(derivedPoint(d, l));
      derivedNames.push(
        c && c.target !== 'annual-plan'
          ? pick(locale, 'chỉ tiêu', 'targets')
          : pick(locale, 'kế hoạch', 'plan'),
      );
    }
    for (const r of related) {
      categories.push(label(r.figure, locale));
      values.push(figureBar(r.figure, locale));
      points.push(figurePoint(r.figure, r.dataset));
    }
    const title = valueVsBaseTitle(name, f.comparisons, figureText(f, locale), locale);
    const subtitle = joinNotes([
      `${unitHeading(f.unit, locale)}, ${formatPeriod(f.period, locale)}`,
      derivedNote(derivedNames, locale),
      estimateNote([f, ...related.map((r) => r.figure)], locale),
    ]);
    // Long names ("Target: Ministry of Finance estimate") read better as rows than under columns.
    const horizontal = related.length > 0 || categories.some((c) => c.length > 16);
    return {
      id: decl.id,
      title,
      subtitle,
      height: horizontal ? 90 + categories.length * 52 : 340,
      points,
      option: barOption({
        categories,
        series: [{ name, color: palette.current, values }],
        horizontal,
        axisFormat: (n) => formatNumber(n, locale),
        description: `${title}. ${categories.map((c, i) => `${c}: ${values[i]!.text}`).join('; ')}.`,
        palette,
      }),
    };
  },
};
