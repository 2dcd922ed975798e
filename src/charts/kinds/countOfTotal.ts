/**
 * count-of-total: counts out of a total ("80/86 xã"), each split into what was reached before the year,
 * what was added in it and what remains (the first and last derived). Its finding: the first count as
 * a quantity of its total, and how many were added.
 */
import { deriveDifference } from '../../data/derive';
import { formatNumber } from '../../data/number';
import type { Locale } from '../../data/schema';
import { UNIT_LABELS } from '../../i18n/units';
import { pick, quantity, type Noun } from '../../i18n/words';
import { barOption } from '../options/bar';
import { derivedBar, derivedPoint, figureBar, figurePoint } from '../points';
import type { Point } from '../model';
import type { ChartKindSpec } from './types';
import { joinNotes, label, unitHeading, where } from './shared';

/** "Phần lớn xã đạt chuẩn nông thôn mới (80/86), thêm 7 xã trong năm 2023". */
export function countOfTotalTitle(
  count: number,
  total: number,
  added: number,
  year: number,
  noun: Noun,
  unit: Noun,
  locale: Locale,
): string {
  const head = quantity(count, total, noun, locale);
  const more =
    added > 0
      ? pick(
          locale,
          `thêm ${formatNumber(added, locale)} ${unit.vi} trong năm ${year}`,
          `${formatNumber(added, locale)} more in ${year}`,
        )
      : pick(locale, `không thêm ${unit.vi} nào trong năm ${year}`, `none added in ${year}`);
  return `${head}, ${more}`;
}

export const countOfTotal: ChartKindSpec = {
  parts: () => ['bar', 'legend'],
  check: ({ decl, figures, added }) =>
    figures.flatMap((f, i) => {
      const a = added?.[i];
      if (f.figure.outOf === undefined || f.figure.kind !== 'level')
        return [`${where(decl, `figures[${i}]`)}: "${f.figure.id}" is not a count out of a total ("80/86")`];
      // "Most communes (90 of 86)" would be a lie: a count cannot exceed its total.
      if (f.figure.value > f.figure.outOf)
        return [
          `${where(decl, `figures[${i}]`)}: "${f.figure.id}" (${f.figure.value}) exceeds its total (${f.figure.outOf})`,
        ];
      if (a && a.figure.unit !== f.figure.unit)
        return [
          `${where(decl, `added[${i}]`)}: "${a.figure.id}" is in ${a.figure.unit}, "${f.figure.id}" in ${f.figure.unit}`,
        ];
      if (a && a.figure.value > f.figure.value)
        return [
          `${where(decl, `added[${i}]`)}: "${a.figure.id}" (${a.figure.value}) exceeds the count it adds to (${f.figure.value})`,
        ];
      return [];
    }),
  build: ({ decl, figures, added }, { locale, palette }) => {
    const rows = figures.map((f, i) => {
      const a = added![i]!;
      const outOf = f.figure.outOf!;
      return {
        f,
        a,
        before: deriveDifference(
          `${f.figure.id}-before-${a.figure.period.year}`,
          f.figure,
          f.figure.value,
          a.figure.value,
        ),
        rest: deriveDifference(`${f.figure.id}-remaining`, f.figure, outOf, f.figure.value),
      };
    });
    const first = rows[0]!;
    const unit = first.f.figure.unit;
    const [, manyVi] = UNIT_LABELS[unit].vi;
    const [, manyEn] = UNIT_LABELS[unit].en;
    const unitNoun = { vi: manyVi, en: manyEn };
    const year = first.a.figure.period.year;
    const title = countOfTotalTitle(
      first.f.figure.value,
      first.f.figure.outOf!,
      first.a.figure.value,
      year,
      decl.noun ?? unitNoun,
      unitNoun,
      locale,
    );
    const names = {
      before: pick(locale, `Trước năm ${year}`, `Before ${year}`),
      added: pick(locale, `Trong năm ${year}`, `In ${year}`),
      rest: pick(locale, 'Còn lại', 'Remaining'),
    };
    const categories = rows.map(
      (r) => `${label(r.f.figure, locale)} (${formatNumber(r.f.figure.outOf!, locale)})`,
    );
    const series = [
      { name: names.before, color: palette.base, values: rows.map((r) => derivedBar(r.before, locale)) },
      { name: names.added, color: palette.current, values: rows.map((r) => figureBar(r.a.figure, locale)) },
      { name: names.rest, color: palette.parts[3]!, values: rows.map((r) => derivedBar(r.rest, locale)) },
    ];
    const points: Point[] = rows.flatMap((r, i) => [
      figurePoint(r.f.figure, r.f.dataset),
      figurePoint(r.a.figure, r.a.dataset),
      derivedPoint(r.before, `${categories[i]}: ${names.before}`),
      derivedPoint(r.rest, `${categories[i]}: ${names.rest}`),
    ]);
    const subtitle = joinNotes([
      unitHeading(unit, locale),
      pick(
        locale,
        `≈ phần trước năm ${year} và phần còn lại suy ra`,
        `≈ before ${year} and remaining derived`,
      ),
    ]);
    return {
      id: decl.id,
      title,
      subtitle,
      height: 170 + rows.length * 45,
      points,
      option: barOption({
        categories,
        series,
        horizontal: true,
        stacked: true,
        axisFormat: (n) => formatNumber(n, locale),
        description: `${title}. ${rows
          .map(
            (r, i) => `${categories[i]}: ${series.map((s) => `${s.name} ${s.values[i]!.text}`).join(', ')}`,
          )
          .join('; ')}.`,
        palette,
      }),
    };
  },
};
