/**
 * two-periods: one indicator over two periods (the first ten months, the full year), each beside its
 * base year's value, derived. Its finding: the later change, and whether it was faster or slower than
 * the earlier one (or a smaller or larger fall).
 */
import { formatNumber } from '../../data/number';
import type { Locale } from '../../data/schema';
import { formatPeriod } from '../../i18n/format';
import { changePhrase, comparePeriodsPhrase, pick, upperFirst } from '../../i18n/words';
import { barOption } from '../options/bar';
import { derivedBar, derivedPoint, figureBar, figurePoint } from '../points';
import type { ChartKindSpec } from './types';
import { derivedOf, estimateNote, growthComparison, joinNotes, label, unitHeading, where } from './shared';

/** "Bán lẻ… tăng 8,74% năm 2023, chậm hơn mức tăng 19,65% của 10 tháng đầu năm 2023". */
export function twoPeriodsTitle(
  name: string,
  earlier: { percent: number; period: string },
  later: { percent: number; period: string },
  locale: Locale,
): string {
  const when = pick(locale, later.period, `in ${later.period}`);
  return `${name} ${changePhrase(later.percent, locale)} ${when}, ${comparePeriodsPhrase(later.percent, earlier.percent, earlier.period, locale)}`;
}

export const twoPeriods: ChartKindSpec = {
  parts: () => ['bar', 'legend'],
  check: ({ decl, figures }) => {
    const problems = figures.flatMap((f, i) =>
      growthComparison(f.figure) && f.figure.kind === 'level'
        ? []
        : [
            `${where(decl, `figures[${i}]`)}: "${f.figure.id}" is not an amount with a growth against a base year`,
          ],
    );
    const [a, b] = figures;
    if (a && b && a.figure.unit !== b.figure.unit)
      problems.push(
        `${where(decl, 'figures')}: "${a.figure.id}" and "${b.figure.id}" are in different units`,
      );
    return problems;
  },
  build: ({ decl, figures, data }, { locale, palette }) => {
    const [early, late] = figures as [(typeof figures)[number], (typeof figures)[number]];
    const gEarly = growthComparison(early.figure)!;
    const gLate = growthComparison(late.figure)!;
    const pEarly = formatPeriod(early.figure.period, locale);
    const pLate = formatPeriod(late.figure.period, locale);
    const name = decl.subject?.[locale] ?? label(late.figure, locale);
    const title = twoPeriodsTitle(
      name,
      { percent: gEarly.percent, period: pEarly },
      { percent: gLate.percent, period: pLate },
      locale,
    );
    const baseEarly = derivedOf(early, data, 'base-value')[0];
    const baseLate = derivedOf(late, data, 'base-value')[0];
    const baseName =
      gEarly.baseYear === gLate.baseYear ? String(gLate.baseYear) : pick(locale, 'Năm gốc', 'Base year');
    const currentName =
      early.figure.period.year === late.figure.period.year
        ? String(late.figure.period.year)
        : pick(locale, 'Kỳ báo cáo', 'Reported');
    const subtitle = joinNotes([
      unitHeading(late.figure.unit, locale),
      pick(
        locale,
        `≈ năm ${gLate.baseYear} suy ra từ tốc độ tăng`,
        `≈ ${gLate.baseYear} derived from the growth rates`,
      ),
      estimateNote([early.figure, late.figure], locale),
    ]);
    const series = [
      {
        name: baseName,
        color: palette.base,
        values: [
          baseEarly ? derivedBar(baseEarly, locale) : null,
          baseLate ? derivedBar(baseLate, locale) : null,
        ],
      },
      {
        name: currentName,
        color: palette.current,
        values: [figureBar(early.figure, locale), figureBar(late.figure, locale)],
      },
    ];
    return {
      id: decl.id,
      title,
      subtitle,
      height: 340,
      points: [
        ...(baseEarly ? [derivedPoint(baseEarly, String(gEarly.baseYear))] : []),
        figurePoint(early.figure, early.dataset),
        ...(baseLate ? [derivedPoint(baseLate, String(gLate.baseYear))] : []),
        figurePoint(late.figure, late.dataset),
      ],
      option: barOption({
        categories: [upperFirst(pEarly), upperFirst(pLate)],
        series,
        axisFormat: (n) => formatNumber(n, locale),
        description: title,
        palette,
      }),
    };
  },
};
