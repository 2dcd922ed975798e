/**
 * The numbers as CSV for spreadsheets: one chart's points, or every figure of
 * every dataset. Pure: no DOM, no React.
 *
 * Format: RFC 4180 (comma, CRLF, double quotes doubled), UTF-8 with a byte
 * order mark, because Excel reads a CSV without one in the system's legacy
 * code page and garbles Vietnamese. Headers are in the page's language.
 *
 * Formula injection: dataset text is untrusted, and a spreadsheet runs a cell
 * that starts with = + - @ (or a tab or carriage return, which some import
 * as the start of such a cell) as a formula. Every text cell starting with one
 * of those characters gets a leading apostrophe ('), the OWASP rule. Numbers
 * are written by this module itself as plain numerals ("-42.8"), so they stay
 * numbers and need no guard.
 */
import type { ChartModel, Datasets, Point } from '../../charts/model';
import type { Derived } from '../../data/derive';
import type { Dataset, Figure, Locale } from '../../data/schema';
import {
  derivedLabel,
  formatComparison,
  formatDerivedValue,
  formatFigureValue,
  formatFormula,
  formatPeriod,
} from '../../i18n/format';
import { t, type MessageKey } from '../../i18n/messages';
import { unitLabel } from '../../i18n/units';
import { EXPORT_TEXT, xt, type ExportTextKey } from './text';

export const BOM = '\uFEFF';

/** A cell: text (guarded and quoted as needed) or a number (written as a plain numeral). */
export type CsvCell = string | number;

/** Characters that make a spreadsheet treat the rest of the cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell, escaped: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvCell(cell: CsvCell): string {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`not a finite number: ${cell}`);
    return plainNumber(cell);
  }
  const text = guardFormula(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text: BOM, CRLF line ends, a final CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A numeral a spreadsheet reads as a number in any locale's import dialog: no
 * grouping, "." for decimals, the shortest digits that give the number back
 * (8.74, not 8.7400000000000002).
 */
export function plainNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 17 });
}

/** Rounded as the page rounds for display (Intl, half away from zero). */
export function roundAsShown(n: number, decimals: number): number {
  return Number(
    new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: decimals }).format(n),
  );
}

/** Columns of every export, in order; the header texts come from the messages of the page's language. */
export const COLUMNS = [
  'tableLabel',
  'tablePeriod',
  'tableValue',
  'tableUnit',
  'csvOutOf',
  'csvShown',
  'csvEstimate',
  'csvType',
  'csvFormula',
  'csvQuote',
  'csvComparisons',
  'tableNote',
  'csvId',
] as const satisfies readonly (MessageKey | ExportTextKey)[];

const isExportText = (k: string): k is ExportTextKey => k in EXPORT_TEXT.vi;

export function headerRow(locale: Locale): string[] {
  return COLUMNS.map((k) => (isExportText(k) ? xt(locale, k) : t(locale, k)));
}

const yesNo = (b: boolean, locale: Locale) => xt(locale, b ? 'csvYes' : 'csvNo');

function noteText(qualifier: Figure['qualifier'], note: string | undefined, locale: Locale): string {
  return [qualifier === 'more-than' ? xt(locale, 'csvLowerBound') : '', note ?? ''].filter(Boolean).join(' ');
}

export function figureRow(f: Figure, locale: Locale): CsvCell[] {
  return [
    f.label[locale],
    formatPeriod(f.period, locale),
    f.value,
    unitLabel(f.unit, locale, f.value),
    f.outOf ?? '',
    formatFigureValue(f, locale),
    yesNo(f.estimate, locale),
    xt(locale, 'csvTypeFigure'),
    '',
    f.quote,
    f.comparisons.map((c) => formatComparison(c, locale)).join('; '),
    noteText(f.qualifier, f.note?.[locale], locale),
    f.id,
  ];
}

/**
 * A derived value as the chart shows it: rounded to its display decimals (the
 * unrounded value would claim a precision the source does not have), with
 * its formula, and the quote of the figure it was derived from.
 */
export function derivedRow(d: Derived, label: string, from: Figure | undefined, locale: Locale): CsvCell[] {
  return [
    `${label} — ${derivedLabel(d, locale)}`,
    formatPeriod(d.period, locale),
    roundAsShown(d.value, d.decimals),
    unitLabel(d.unit, locale, d.value),
    '',
    formatDerivedValue(d, locale),
    yesNo(d.estimate, locale),
    xt(locale, 'csvTypeDerived'),
    formatFormula(d, locale),
    from?.quote ?? '',
    '',
    noteText(d.qualifier, undefined, locale),
    d.id,
  ];
}

function findFigure(data: Datasets, id: string): Figure | undefined {
  for (const d of Object.values(data)) {
    const f = d?.figures.find((x) => x.id === id);
    if (f) return f;
  }
  return undefined;
}

export function pointRow(p: Point, data: Datasets, locale: Locale): CsvCell[] {
  return p.type === 'figure'
    ? figureRow(p.figure, locale)
    : derivedRow(p.derived, p.label, findFigure(data, p.derived.figureId), locale);
}

/** One chart: exactly its points, in the chart's order, one row each. */
export function chartCsv(model: Pick<ChartModel, 'points'>, data: Datasets, locale: Locale): string {
  return toCsv([headerRow(locale), ...model.points.map((p) => pointRow(p, data, locale))]);
}

/** The whole report: every figure of every dataset, after a column naming its dataset. */
export function allFiguresCsv(datasets: readonly Dataset[], locale: Locale): string {
  return toCsv([
    [xt(locale, 'csvDataset'), ...headerRow(locale)],
    ...datasets.flatMap((d) => d.figures.map((f) => [d.title[locale], ...figureRow(f, locale)])),
  ]);
}

/** The datasets as validated, in one file; derived values are not data and are left out. */
export function allDataJson(datasets: readonly Dataset[]): string {
  return `${JSON.stringify({ datasets }, null, 2)}\n`;
}
