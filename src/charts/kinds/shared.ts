/** What every chart kind needs: its declared figures found, and the words of units, periods and notes. */
import { deriveFigure, type DerivationKind, type Derived } from '../../data/derive';
import { splitRef, type ChartDecl } from '../../data/chartsFile';
import type { Comparison, DatasetId, Figure, Locale, Unit } from '../../data/schema';
import { formatPeriod } from '../../i18n/format';
import { UNIT_LABELS } from '../../i18n/units';
import { pick, upperFirst, type Noun } from '../../i18n/words';
import type { Datasets } from '../model';

export interface Found {
  ref: string;
  dataset: DatasetId;
  figure: Figure;
}

/** A declaration that does not fit the loaded figures; the message names the file, chart and field. */
export class ChartDeclError extends Error {
  constructor(
    readonly chartId: string,
    problems: readonly string[],
  ) {
    super(problems.join('\n'));
    this.name = 'ChartDeclError';
  }
}

export const where = (decl: ChartDecl, field: string) => `charts.json: chart "${decl.id}", field ${field}`;

/** Finds a declared figure, or says why it cannot. */
export function lookUp(data: Datasets, ref: string): Found | string {
  const { dataset, figure } = splitRef(ref);
  const d = data[dataset];
  if (!d) return `dataset ${dataset}.json is not loaded`;
  const f = d.figures.find((x) => x.id === figure);
  return f ? { ref, dataset, figure: f } : `no figure "${figure}" in ${dataset}.json`;
}

export function derivedOf(found: Found, data: Datasets, kind: DerivationKind): Derived[] {
  return deriveFigure(found.figure, data[found.dataset]).filter((d) => d.kind === kind);
}

export const label = (f: Figure, locale: Locale) => (f.shortLabel ?? f.label)[locale];

export const growthComparison = (f: Figure) =>
  f.comparisons.find((c): c is Extract<Comparison, { type: 'growth' }> => c.type === 'growth');

export const targetsOf = (f: Figure) =>
  f.comparisons.filter((c): c is Extract<Comparison, { type: 'target' }> => c.type === 'target');

export const rankChangeOf = (f: Figure) =>
  f.comparisons.find((c): c is Extract<Comparison, { type: 'rank-change' }> => c.type === 'rank-change');

/** A figure's change in percent against its base year: its own value for a growth figure. */
export function changeOf(f: Figure): { percent: number; baseYear: number } | undefined {
  if (f.kind === 'growth' && f.baseYear !== undefined) return { percent: f.value, baseYear: f.baseYear };
  const g = growthComparison(f);
  return g ? { percent: g.percent, baseYear: g.baseYear } : undefined;
}

/** "Tỷ đồng", "Số xã", "%"; "Billion VND", "Communes", "%": what an axis counts. */
export function unitHeading(unit: Unit, locale: Locale): string {
  if (unit === 'percent') return pick(locale, 'Tỷ lệ (%)', 'Percent');
  if (unit === 'rank') return pick(locale, 'Thứ hạng', 'Rank');
  const [, many] = UNIT_LABELS[unit][locale];
  if (unit === 'billion-vnd' || unit === 'million-usd') return upperFirst(many);
  return pick(locale, `Số ${many}`, upperFirst(many));
}

/** One period in words when every figure shares it, else nothing. */
export function commonPeriod(figures: readonly Figure[], locale: Locale): string | undefined {
  const keys = new Set(figures.map((f) => JSON.stringify(f.period)));
  return keys.size === 1 ? formatPeriod(figures[0]!.period, locale) : undefined;
}

/** "* ước tính" when any figure shown is an estimate. */
export function estimateNote(figures: readonly Figure[], locale: Locale): string | undefined {
  return figures.some((f) => f.estimate) ? pick(locale, '* ước tính', '* estimate') : undefined;
}

/** "năm 2022 và kế hoạch suy ra" from the names of what was derived. */
export function derivedNote(names: readonly string[], locale: Locale): string | undefined {
  const unique = [...new Set(names)];
  if (unique.length === 0) return undefined;
  const list = unique.join(pick(locale, ' và ', ' and '));
  return pick(locale, `≈ ${list} suy ra`, `≈ ${list} derived`);
}

export const joinNotes = (parts: ReadonlyArray<string | undefined>) =>
  parts.filter((p): p is string => !!p).join('; ');

export function nounOr(decl: ChartDecl, fallback: Noun): Noun {
  return decl.noun ?? fallback;
}

export const estimateMark = (f: Figure) => (f.estimate ? '*' : '');
