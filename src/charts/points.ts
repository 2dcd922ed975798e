/** Shared steps of chart definitions: find figures, turn them into labelled values. */
import { deriveFigure, type DerivationKind, type Derived } from '../data/derive';
import { decimalsOf, formatNumber, formatPercent } from '../data/number';
import type { Dataset, DatasetId, Figure, Locale, Unit } from '../data/schema';
import { formatFigureValue } from '../i18n/format';
import { signedPercent } from '../i18n/words';
import type { Datasets, Point } from './model';
import type { BarValue } from './options/bar';

export class MissingFigureError extends Error {
  constructor(
    readonly dataset: DatasetId,
    readonly figureId: string,
  ) {
    super(`${dataset}.json has no figure "${figureId}"`);
    this.name = 'MissingFigureError';
  }
}

export function datasetOf(data: Datasets, id: DatasetId): Dataset {
  const d = data[id];
  if (!d) throw new Error(`dataset ${id} not loaded`);
  return d;
}

export function getFigure(data: Datasets, datasetId: DatasetId, figureId: string): Figure {
  const f = datasetOf(data, datasetId).figures.find((x) => x.id === figureId);
  if (!f) throw new MissingFigureError(datasetId, figureId);
  return f;
}

export function getDerived(
  data: Datasets,
  datasetId: DatasetId,
  figure: Figure,
  kind: DerivationKind,
  nth = 0,
): Derived {
  const found = deriveFigure(figure, datasetOf(data, datasetId)).filter((d) => d.kind === kind)[nth];
  if (!found) throw new Error(`no ${kind} derivable from ${figure.id}`);
  return found;
}

export const ESTIMATE_MARK = '*';

export function shortLabel(f: Figure, locale: Locale): string {
  return (f.shortLabel ?? f.label)[locale];
}

/** A figure's value with its unit, "*" when estimated: for tooltips and descriptions. */
export function figureText(f: Figure, locale: Locale): string {
  return formatFigureValue(f, locale) + (f.estimate ? ESTIMATE_MARK : '');
}

/**
 * The short text printed on a bar: the number alone (the unit is in the
 * subtitle), ">" for a lower bound, "*" for an estimate, "≈" when derived.
 */
export function barLabel(
  value: number,
  unit: Unit,
  locale: Locale,
  opts: { decimals?: number; estimate: boolean; moreThan?: boolean; derived?: boolean },
): string {
  const d = opts.decimals ?? Math.min(2, decimalsOf(value));
  const n = unit === 'percent' ? formatPercent(value, locale, d) : formatNumber(value, locale, d);
  return `${opts.derived ? '≈ ' : ''}${opts.moreThan ? '> ' : ''}${n}${opts.estimate ? ESTIMATE_MARK : ''}`;
}

export function derivedText(d: Derived, locale: Locale): string {
  return barLabel(d.value, d.unit, locale, {
    decimals: d.decimals,
    estimate: d.estimate,
    derived: true,
    moreThan: d.qualifier === 'more-than',
  });
}

export function figureBar(f: Figure, locale: Locale): BarValue {
  const text =
    f.kind === 'growth'
      ? signedPercent(f.value, locale)
      : barLabel(f.value, f.unit, locale, { estimate: f.estimate, moreThan: f.qualifier === 'more-than' });
  return { value: f.value, text, derived: false };
}

export function derivedBar(d: Derived, locale: Locale): BarValue {
  return { value: d.value, text: derivedText(d, locale), derived: true };
}

export const figurePoint = (figure: Figure, dataset: DatasetId): Point => ({
  type: 'figure',
  figure,
  dataset,
});
export const derivedPoint = (derived: Derived, label: string): Point => ({ type: 'derived', derived, label });

export function pick<T>(locale: Locale, vi: T, en: T): T {
  return locale === 'vi' ? vi : en;
}
