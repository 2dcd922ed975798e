/**
 * Values the source implies but does not print, computed from the figures it
 * does print. Each keeps its inputs so the page can show the formula.
 *
 * Rounding rule (stated once, tested in derive.test.ts): `value` is kept
 * unrounded; `decimals` is how many decimals to show, from `displayDecimals`:
 * amounts of 1,000 or more and all counts, ranks and billion VND show none;
 * smaller million-USD amounts show one; percentages and indices show one.
 * Rounding is half away from zero (Intl.NumberFormat's default).
 */
import type { Comparison, Dataset, Figure, Period, Unit } from './schema';

export type DerivationKind = 'base-value' | 'target' | 'previous-rank' | 'share' | 'index' | 'difference';

export interface Derived {
  /** `${figureId}/${kind}[-${qualifier}]`, stable so tests and the page can refer to it. */
  id: string;
  figureId: string;
  kind: DerivationKind;
  value: number;
  decimals: number;
  unit: Unit;
  period: Period;
  /** The figure is an estimate or a lower bound: so is what is derived from it. */
  estimate: boolean;
  qualifier: Figure['qualifier'];
  /** Which comparison it came from, where it came from one. */
  comparison?: Comparison;
  formula: Formula;
}

/** A formula as data: rendered per locale by `formatFormula` in the UI layer. */
export type Formula =
  | { op: 'divide-by-growth'; value: number; percent: number }
  | { op: 'divide-by-percent'; value: number; percent: number }
  | { op: 'divide-by-times'; value: number; times: number }
  | { op: 'add-places'; rank: number; places: number }
  | { op: 'share'; part: number; total: number }
  | { op: 'index'; percent: number }
  | { op: 'difference'; minuend: number; subtrahend: number };

const COUNT_UNITS: ReadonlySet<Unit> = new Set<Unit>([
  'rank',
  'communes',
  'districts',
  'projects',
  'enterprises',
  'cooperatives',
  'households',
  'workers',
  'gifts',
  'remains',
  'services',
  'tasks',
  'citizens',
  'accounts',
  'records',
  'centres',
  'organisations',
  'party-members',
  'task-groups',
]);

export function displayDecimals(unit: Unit, value: number): number {
  if (unit === 'percent') return 1;
  if (COUNT_UNITS.has(unit) || unit === 'billion-vnd') return 0;
  return Math.abs(value) >= 1000 ? 0 : 1;
}

export function isCountUnit(unit: Unit): boolean {
  return COUNT_UNITS.has(unit);
}

function basePeriod(period: Period, baseYear: number): Period {
  return { ...period, year: baseYear };
}

/** Everything derivable from one figure (and, for stated shares, its total). */
export function deriveFigure(figure: Figure, dataset?: Dataset): Derived[] {
  const out: Derived[] = [];
  const common = {
    figureId: figure.id,
    estimate: figure.estimate,
    qualifier: figure.qualifier,
  };
  const push = (d: Omit<Derived, 'figureId' | 'estimate' | 'qualifier' | 'decimals'>) => {
    // Beyond the range of a double (a figure over a tiny percent, multiple or
    // total; "bằng 0%") there is no value to show: derive nothing.
    if (Number.isFinite(d.value)) out.push({ ...common, ...d, decimals: displayDecimals(d.unit, d.value) });
  };

  if (figure.kind === 'growth') {
    push({
      id: `${figure.id}/index`,
      kind: 'index',
      value: 100 + figure.value,
      unit: 'percent',
      period: figure.period,
      formula: { op: 'index', percent: figure.value },
    });
  }
  if (figure.outOf !== undefined && figure.kind !== 'rank') {
    push({
      id: `${figure.id}/share`,
      kind: 'share',
      value: (figure.value / figure.outOf) * 100,
      unit: 'percent',
      period: figure.period,
      formula: { op: 'share', part: figure.value, total: figure.outOf },
    });
  }
  for (const c of figure.comparisons) {
    const d = deriveFromComparison(figure, c, dataset);
    if (d) push(d);
  }
  return out;
}

function deriveFromComparison(
  figure: Figure,
  c: Comparison,
  dataset?: Dataset,
): Omit<Derived, 'figureId' | 'estimate' | 'qualifier' | 'decimals'> | undefined {
  // Only amounts and ranks have a base value; a rate's growth is not derivable here.
  if (figure.kind === 'growth' || figure.kind === 'attainment') return undefined;
  switch (c.type) {
    case 'growth':
      return {
        id: `${figure.id}/base-value-${c.baseYear}`,
        kind: 'base-value',
        value: figure.value / (1 + c.percent / 100),
        unit: figure.unit,
        period: basePeriod(figure.period, c.baseYear),
        comparison: c,
        formula: { op: 'divide-by-growth', value: figure.value, percent: c.percent },
      };
    case 'ratio':
      return {
        id: `${figure.id}/base-value-${c.baseYear}`,
        kind: 'base-value',
        value: figure.value / (c.percent / 100),
        unit: figure.unit,
        period: basePeriod(figure.period, c.baseYear),
        comparison: c,
        formula: { op: 'divide-by-percent', value: figure.value, percent: c.percent },
      };
    case 'multiple':
      return {
        id: `${figure.id}/base-value-${c.baseYear}`,
        kind: 'base-value',
        value: figure.value / c.times,
        unit: figure.unit,
        period: basePeriod(figure.period, c.baseYear),
        comparison: c,
        formula: { op: 'divide-by-times', value: figure.value, times: c.times },
      };
    case 'target':
      if (c.percent === 0) return undefined;
      return {
        id: `${figure.id}/target-${c.target}`,
        kind: 'target',
        value: figure.value / (c.percent / 100),
        unit: figure.unit,
        period: figure.period,
        comparison: c,
        formula: { op: 'divide-by-percent', value: figure.value, percent: c.percent },
      };
    case 'rank-change':
      return {
        id: `${figure.id}/previous-rank-${c.baseYear}`,
        kind: 'previous-rank',
        // Up N places means the earlier rank number was N larger.
        value: figure.value + c.places,
        unit: 'rank',
        period: { kind: 'year', year: c.baseYear },
        comparison: c,
        formula: { op: 'add-places', rank: figure.value, places: c.places },
      };
    case 'share': {
      const total = c.ofFigure ? dataset?.figures.find((f) => f.id === c.ofFigure) : undefined;
      if (!total || total.value === 0) return undefined;
      return {
        id: `${figure.id}/share`,
        kind: 'share',
        value: (figure.value / total.value) * 100,
        unit: 'percent',
        period: figure.period,
        comparison: c,
        formula: { op: 'share', part: figure.value, total: total.value },
      };
    }
  }
}

/** All derived values of a dataset, keyed by id. */
export function deriveDataset(d: Dataset): Map<string, Derived> {
  const map = new Map<string, Derived>();
  for (const f of d.figures) for (const v of deriveFigure(f, d)) map.set(v.id, v);
  return map;
}

/**
 * A difference of two stated numbers, e.g. communes that met the standard
 * before 2023 = all new-rural communes − those that met it in 2023.
 */
export function deriveDifference(id: string, from: Figure, minuend: number, subtrahend: number): Derived {
  const value = minuend - subtrahend;
  return {
    id,
    figureId: from.id,
    kind: 'difference',
    value,
    decimals: displayDecimals(from.unit, value),
    unit: from.unit,
    period: from.period,
    estimate: from.estimate,
    qualifier: 'exact',
    formula: { op: 'difference', minuend, subtrahend },
  };
}
