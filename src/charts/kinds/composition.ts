/**
 * composition: the parts of a total (tasks by status, services by kind), as a donut or one stacked
 * bar. Its finding: the first declared part as a count of the total, with its share — the share the
 * source states, or a derived one marked ≈.
 */
import { formatNumber, formatPercent } from '../../data/number';
import type { Locale } from '../../data/schema';
import { formatPeriod } from '../../i18n/format';
import { UNIT_LABELS } from '../../i18n/units';
import { pick, quantity, upperFirst } from '../../i18n/words';
import { barOption } from '../options/bar';
import { donutOption } from '../options/donut';
import { derivedPoint, figurePoint } from '../points';
import type { Point } from '../model';
import type { ChartKindSpec } from './types';
import { derivedOf, estimateNote, joinNotes, label, unitHeading, where } from './shared';
import type { Figure } from '../../data/schema';

/** The share a part states ("tỷ lệ 73,8%"), else its count over the total, marked as derived. */
export function shareOf(part: Figure, total: number): { percent: number; derived: boolean } {
  const stated = part.comparisons.find((c) => c.type === 'share');
  if (stated?.type === 'share') return { percent: stated.percent, derived: false };
  return { percent: (part.value / total) * 100, derived: true };
}

const shareText = (s: { percent: number; derived: boolean }, locale: Locale) =>
  s.derived ? `≈ ${formatPercent(s.percent, locale, 0)}` : formatPercent(s.percent, locale);

/** "Đã hoàn thành: phần lớn nhiệm vụ (73/102), ≈ 72%"; "Completed: most tasks (73 of 102), ≈ 72%". */
export function compositionTitle(
  partName: string,
  part: number,
  total: number,
  share: { percent: number; derived: boolean },
  unit: { vi: string; en: string },
  locale: Locale,
): string {
  const count = quantity(part, total, unit, locale, false);
  return `${partName}: ${count}, ${shareText(share, locale)}`;
}

export const composition: ChartKindSpec = {
  parts: (decl) => (decl.display === 'donut' ? ['pie'] : ['bar', 'legend']),
  check: ({ decl, figures, total }) =>
    figures.flatMap((f, i) => {
      if (!total) return [];
      if (f.figure.unit !== total.figure.unit)
        return [
          `${where(decl, `figures[${i}]`)}: "${f.figure.id}" is in ${f.figure.unit}, its total in ${total.figure.unit}`,
        ];
      if (f.figure.value > total.figure.value)
        return [
          `${where(decl, `figures[${i}]`)}: the part "${f.figure.id}" (${f.figure.value}) exceeds its total (${total.figure.value})`,
        ];
      return [];
    }),
  build: ({ decl, figures, total, data }, { locale, palette }) => {
    const whole = total!.figure;
    const shares = figures.map((f) => shareOf(f.figure, whole.value));
    const first = figures[0]!.figure;
    const [one, many] = UNIT_LABELS[whole.unit][locale];
    const unitNoun = { vi: many, en: whole.value === 1 ? one : many };
    const title = compositionTitle(
      label(first, locale),
      first.value,
      whole.value,
      shares[0]!,
      { vi: unitNoun.vi, en: UNIT_LABELS[whole.unit].en[1] },
      locale,
    );
    const subtitle = joinNotes([
      `${unitHeading(whole.unit, locale)}, ${formatPeriod(whole.period, locale)}`,
      shares.some((s) => s.derived) ? pick(locale, '≈ tỷ lệ suy ra', '≈ shares derived') : undefined,
      estimateNote([whole, ...figures.map((f) => f.figure)], locale),
    ]);
    const colors = [
      palette.current,
      palette.parts[1]!,
      palette.parts[3]!,
      palette.parts[2]!,
      palette.parts[4] ?? palette.base,
    ];
    // A share the source does not state is derived from the part's own "x/y": its formula is shown.
    const points: Point[] = [
      figurePoint(whole, total!.dataset),
      ...figures.flatMap((f, i) => {
        const d = shares[i]!.derived ? derivedOf(f, data, 'share')[0] : undefined;
        return [figurePoint(f.figure, f.dataset), ...(d ? [derivedPoint(d, label(f.figure, locale))] : [])];
      }),
    ];
    const texts = figures.map(
      (f, i) => `${formatNumber(f.figure.value, locale)} (${shareText(shares[i]!, locale)})`,
    );
    const description = `${title}. ${figures.map((f, i) => `${label(f.figure, locale)}: ${texts[i]}`).join('; ')}.`;
    if (decl.display === 'donut')
      return {
        id: decl.id,
        title,
        subtitle,
        height: 320,
        points,
        option: donutOption({
          slices: figures.map((f, i) => ({
            name: label(f.figure, locale),
            value: f.figure.value,
            text: texts[i]!,
            color: colors[i % colors.length]!,
          })),
          description,
          palette,
        }),
      };
    return {
      id: decl.id,
      title,
      subtitle,
      height: 220,
      points,
      option: barOption({
        categories: [upperFirst(UNIT_LABELS[whole.unit][locale][1])],
        series: figures.map((f, i) => ({
          name: `${label(f.figure, locale)}: ${formatNumber(f.figure.value, locale)}`,
          color: colors[i % colors.length]!,
          values: [{ value: f.figure.value, text: formatNumber(f.figure.value, locale), derived: false }],
        })),
        horizontal: true,
        stacked: true,
        max: whole.value,
        axisFormat: (n) => formatNumber(n, locale),
        description,
        palette,
      }),
    };
  },
};
