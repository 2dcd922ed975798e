/** Shared steps of chart definitions: find figures, turn them into labelled values. */
import { deriveFigure, type DerivationKind, type Derived } from '../data/derive';
import type { Dataset, DatasetId, Figure, Locale } from '../data/schema';
import { formatAmount, formatFigureValue } from '../i18n/format';
import type { Datasets, Point } from './model';
import type { BarValue } from './options';

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

/** Text printed on a bar for a figure: its value, "*" when estimated. */
export function figureText(f: Figure, locale: Locale): string {
  return formatFigureValue(f, locale) + (f.estimate ? ESTIMATE_MARK : '');
}

export function derivedText(d: Derived, locale: Locale): string {
  return `≈ ${formatAmount(d.value, d.unit, locale, d.decimals)}${d.estimate ? ESTIMATE_MARK : ''}`;
}

export function figureBar(f: Figure, locale: Locale): BarValue {
  return { value: f.value, text: figureText(f, locale), derived: false };
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
