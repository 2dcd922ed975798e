/**
 * An indicator's series as the page shows it: one row per period with its value, its provenance
 * (which report, which sentence, estimate or final, reported or derived within its own report) and the
 * other reports' values for the same period (revised, or implied). Pure: the dashboard, the deck and
 * the embed render it, and the chart below is drawn from it. No React, no DOM.
 */
import type { SeriesPoint } from '../../data/series';
import type { Locale } from '../../data/schema';
import { derivedLabel, formatAmount, formatFormula, formatIsoDate, formatPeriod } from '../../i18n/format';
import { t } from '../../i18n/messages';

export interface SeriesValue {
  value: number;
  text: string;
  estimate: boolean;
  derived: boolean;
  /** "Kết quả kinh tế – xã hội năm 2023 (10/01/2024)" */
  report: string;
  editionId: string;
  quote: string;
  /** For a derived value: what it is and its formula, computed within its own report. */
  formula?: string;
}

export interface SeriesRow extends SeriesValue {
  key: string;
  /** "năm 2023"; for a rank the index's own edition: "PCI 2022". */
  category: string;
  /** A rank's denominator: an axis of 63 and one of 34 are never the same scale. */
  outOf?: number;
  others: (SeriesValue & { as: 'revised' | 'implied' })[];
}

export interface SeriesView {
  indicator: string;
  title: string;
  rank: boolean;
  rows: SeriesRow[];
}

function valueOf(p: SeriesPoint, locale: Locale): SeriesValue {
  const text =
    p.kind === 'rank' && p.outOf !== undefined
      ? t(locale, 'rankOf', { rank: Math.round(p.value), of: p.outOf })
      : `${p.derived ? '≈ ' : ''}${p.qualifier === 'more-than' ? `${t(locale, 'moreThan')} ` : ''}${formatAmount(
          p.value,
          p.unit,
          locale,
          p.derived?.decimals,
        )}`;
  return {
    value: p.value,
    text,
    estimate: p.estimate,
    derived: p.derived !== undefined,
    report: `${p.edition.title[locale]} (${formatIsoDate(p.edition.published, locale)})`,
    editionId: p.edition.id,
    quote: p.figure.quote,
    ...(p.derived
      ? { formula: `${derivedLabel(p.derived, locale)}: ${formatFormula(p.derived, locale)}` }
      : {}),
  };
}

export function seriesView(points: readonly SeriesPoint[], locale: Locale): SeriesView {
  const latest = points.at(-1)!;
  const rank = latest.kind === 'rank';
  // Provinces merged in 2025: where the reports cover different territories, each point names its own.
  const places = new Set(points.map((p) => p.edition.territory.name[locale]));
  const place = (p: SeriesPoint) => (places.size > 1 ? ` (${p.edition.territory.name[locale]})` : '');
  return {
    indicator: latest.indicator,
    title: (latest.figure.shortLabel ?? latest.figure.label)[locale],
    rank,
    rows: points.map((p) => ({
      ...valueOf(p, locale),
      key: `${p.period.kind}-${p.period.year}`,
      category: `${
        rank
          ? `${(p.figure.shortLabel ?? p.figure.label)[locale]} ${p.period.year}`
          : formatPeriod(p.period, locale)
      }${place(p)}`,
      ...(p.outOf !== undefined ? { outOf: p.outOf } : {}),
      others: p.others.map((o) => ({ ...valueOf(o.point, locale), as: o.as })),
    })),
  };
}
