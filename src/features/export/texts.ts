/** The words an exported chart carries with it, so it still says where its numbers come from. */
import type { ChartModel } from '../../charts/model';
import type { CheckResult } from '../../data/checks';
import type { Locale } from '../../data/schema';
import { derivedLabel, formatFormula } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { ExportTexts } from './layout';

/**
 * Title and subtitle as on the card; below the chart the source line, the key
 * when a mark needs explaining, every derived value's formula and every
 * warning about the source's own figures.
 */
export function exportTexts(
  model: Pick<ChartModel, 'title' | 'subtitle' | 'points'>,
  warnings: readonly CheckResult[],
  locale: Locale,
): ExportTexts {
  const marked = model.points.some((p) => p.type === 'derived' || p.figure.estimate);
  const derived = model.points.flatMap((p) =>
    p.type === 'derived'
      ? [
          `≈ ${t(locale, 'derived')}: ${p.label} — ${derivedLabel(p.derived, locale)}: ${formatFormula(p.derived, locale)}`,
        ]
      : [],
  );
  return {
    title: model.title,
    subtitle: model.subtitle,
    notes: [
      t(locale, 'sourceLine'),
      ...(marked ? [t(locale, 'legendKey')] : []),
      ...derived,
      ...warnings.map((w) => `⚠ ${t(locale, 'anomaly')}: ${w.message[locale]}`),
    ],
  };
}
