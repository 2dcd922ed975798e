/**
 * Indicators followed across editions. A figure that names an `indicator` is one point of that
 * indicator's series; so is what its own edition derives from it for another period (the base year's
 * value, last year's rank). Each point keeps its provenance: the report, the sentence, estimate or
 * final, reported or derived (always within its own edition).
 *
 * When several reports give a value for the same period, the page shows one: a reported value before a
 * derived one, and among those the later report's. The others are kept: an earlier report's value is
 * "revised", a later report's derived value is "implied". No React here.
 */
import { deriveFigure, type Derived } from './derive';
import type { Edition } from './editions';
import type { Dataset, Figure, Period, Unit } from './schema';

export interface EditionData {
  edition: Edition;
  datasets: readonly Dataset[];
}

export interface SeriesPoint {
  indicator: string;
  period: Period;
  value: number;
  unit: Unit;
  kind: Figure['kind'];
  /** A rank's denominator: 63 provinces until 2025, 34 after. */
  outOf?: number;
  estimate: boolean;
  qualifier: Figure['qualifier'];
  edition: Edition;
  datasetId: string;
  figure: Figure;
  /** Set when the value is derived, within `edition`, from `figure`. */
  derived?: Derived;
  /** Other reports' values for the same period, not shown as the value. */
  others: { point: SeriesPoint; as: 'revised' | 'implied' }[];
}

export function periodKey(p: Period): string {
  return p.kind === 'months' ? `months:${p.year}:${p.fromMonth}-${p.toMonth}` : `${p.kind}:${p.year}`;
}

const DERIVED_AS_SAME_INDICATOR: ReadonlySet<Derived['kind']> = new Set(['base-value', 'previous-rank']);

function pointsOf({ edition, datasets }: EditionData): SeriesPoint[] {
  return datasets.flatMap((dataset) =>
    dataset.figures.flatMap((figure) => {
      const indicator = figure.indicator;
      if (!indicator) return [];
      const base = {
        indicator,
        unit: figure.unit,
        kind: figure.kind,
        outOf: figure.outOf,
        edition,
        datasetId: dataset.id,
        figure,
        others: [],
      };
      const reported: SeriesPoint = {
        ...base,
        period: figure.period,
        value: figure.value,
        estimate: figure.estimate,
        qualifier: figure.qualifier,
      };
      const derived = deriveFigure(figure, dataset)
        .filter((d) => DERIVED_AS_SAME_INDICATOR.has(d.kind))
        .map((d): SeriesPoint => ({
          ...base,
          period: d.period,
          value: d.value,
          estimate: d.estimate,
          qualifier: d.qualifier,
          derived: d,
        }));
      return [reported, ...derived];
    }),
  );
}

/**
 * Every indicator's series as the edition `upTo` shows it: points from that edition and the ones
 * before it (in report order), one per period, oldest period first.
 */
export function indicatorSeries(editions: readonly EditionData[], upTo: string): Map<string, SeriesPoint[]> {
  const last = editions.findIndex((e) => e.edition.id === upTo);
  const order = new Map(editions.map((e, i) => [e.edition.id, i]));
  const byPeriod = new Map<string, Map<string, SeriesPoint[]>>();
  for (const e of editions.slice(0, last + 1))
    for (const p of pointsOf(e)) {
      const periods = byPeriod.get(p.indicator) ?? new Map<string, SeriesPoint[]>();
      byPeriod.set(p.indicator, periods);
      const key = periodKey(p.period);
      periods.set(key, [...(periods.get(key) ?? []), p]);
    }
  const rank = (p: SeriesPoint) => (p.derived ? 1 : 0) * 1000 - order.get(p.edition.id)!;
  const out = new Map<string, SeriesPoint[]>();
  for (const [indicator, periods] of byPeriod) {
    const points = [...periods.values()].map((candidates) => {
      const [shown, ...rest] = [...candidates].sort((a, b) => rank(a) - rank(b));
      const at = order.get(shown!.edition.id)!;
      return {
        ...shown!,
        others: rest.map((point) => ({
          point,
          as: order.get(point.edition.id)! < at ? ('revised' as const) : ('implied' as const),
        })),
      };
    });
    out.set(
      indicator,
      points.sort(
        (a, b) => a.period.year - b.period.year || periodKey(a.period).localeCompare(periodKey(b.period)),
      ),
    );
  }
  return out;
}

/** The editions a series draws on: a series is worth showing when it spans two or more. */
export function editionsOf(points: readonly SeriesPoint[]): string[] {
  return [...new Set(points.flatMap((p) => [p.edition.id, ...p.others.map((o) => o.point.edition.id)]))];
}

export interface Revision {
  indicator: string;
  earlier: SeriesPoint;
  later: SeriesPoint;
}

/** A reported value that a later report restated: `data:check` lists each one. */
export function revisionsOf(series: Map<string, SeriesPoint[]>): Revision[] {
  return [...series.entries()].flatMap(([indicator, points]) =>
    points.flatMap((later) =>
      later.derived
        ? []
        : later.others
            .filter((o) => o.as === 'revised' && !o.point.derived)
            .map((o) => ({ indicator, earlier: o.point, later })),
    ),
  );
}

/** What makes an indicator unusable: two values for one period in one report, or units that differ. */
export function indicatorProblems(editions: readonly EditionData[]): string[] {
  const problems: string[] = [];
  const units = new Map<string, { unit: Unit; kind: Figure['kind']; where: string }>();
  for (const e of editions) {
    const periods = new Map<string, string>();
    for (const d of e.datasets)
      for (const f of d.figures) {
        if (!f.indicator) continue;
        const where = `${e.edition.id}/${d.id}.json: figure "${f.id}"`;
        const key = `${f.indicator}@${periodKey(f.period)}`;
        if (periods.has(key))
          problems.push(
            `${where}: indicator "${f.indicator}" already has a value for this period (${periods.get(key)})`,
          );
        periods.set(key, where);
        const first = units.get(f.indicator);
        if (!first) units.set(f.indicator, { unit: f.unit, kind: f.kind, where });
        else if (first.unit !== f.unit || first.kind !== f.kind)
          problems.push(
            `${where}: indicator "${f.indicator}" is ${f.kind} in ${f.unit}, but ${first.where} has it as ${first.kind} in ${first.unit}`,
          );
      }
  }
  return problems;
}
