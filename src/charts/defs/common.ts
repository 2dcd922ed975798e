import { deriveFigure } from '../../data/derive';
import { formatNumber } from '../../data/number';
import type { DatasetId } from '../../data/schema';
import { targetShortLabel } from '../../i18n/format';
import type { ChartContext, ChartModel, Datasets, Point } from '../model';
import { barOption, type BarValue } from '../options';
import { datasetOf, derivedBar, derivedPoint, figureBar, figurePoint, getFigure, pick } from '../points';

/**
 * One amount beside what the source compares it with: the base year's value
 * and each target, all derived. Used wherever the report says
 * "X, up g % on 2022, p % of plan".
 */
export function valueVsBaseAndTargets(
  id: string,
  datasetId: DatasetId,
  figureId: string,
  data: Datasets,
  { locale, palette }: ChartContext,
  text: { title: string; subtitle: string },
): ChartModel {
  const f = getFigure(data, datasetId, figureId);
  const derived = deriveFigure(f, datasetOf(data, datasetId));
  const categories: string[] = [];
  const values: BarValue[] = [];
  const points: Point[] = [];
  const year = f.period.year;
  for (const d of derived.filter((x) => x.kind === 'base-value')) {
    const label = String(d.period.year);
    categories.push(label);
    values.push(derivedBar(d, locale));
    points.push(derivedPoint(d, label));
  }
  categories.push(String(year));
  values.push(figureBar(f, locale));
  points.push(figurePoint(f, datasetId));
  for (const d of derived.filter((x) => x.kind === 'target')) {
    const c = d.comparison;
    const label =
      c?.type === 'target' && c.target !== 'annual-plan'
        ? pick(locale, `Chỉ tiêu ${targetShortLabel(c, locale)}`, `Target: ${targetShortLabel(c, locale)}`)
        : pick(locale, `Kế hoạch ${year}`, `Plan ${year}`);
    categories.push(label);
    values.push(derivedBar(d, locale));
    points.push(derivedPoint(d, label));
  }
  // Long target names ("Target: Ministry of Finance estimate") read better as rows than under columns.
  const horizontal = categories.some((c) => c.length > 16);
  return {
    id,
    title: text.title,
    subtitle: text.subtitle,
    height: horizontal ? 90 + categories.length * 56 : 340,
    points,
    option: barOption({
      categories,
      series: [{ name: (f.shortLabel ?? f.label)[locale], color: palette.current, values }],
      horizontal,
      axisFormat: (n) => formatNumber(n, locale),
      description: `${text.title}. ${categories.map((c, i) => `${c}: ${values[i]!.text}`).join('; ')}.`,
      palette,
    }),
  };
}
