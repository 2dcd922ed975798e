import type { Datasets, Point } from './model';
import { runChecks, type CheckResult } from '../data/checks';
import type { DatasetId } from '../data/schema';

const cache = new WeakMap<object, CheckResult[]>();

/** WARN results of data:check that concern any of these figures. */
export function warningsFor(data: Datasets, figureIds: ReadonlySet<string>): CheckResult[] {
  const out: CheckResult[] = [];
  for (const d of Object.values(data) as NonNullable<Datasets[DatasetId]>[]) {
    let results = cache.get(d);
    if (!results) {
      results = runChecks(d, d.relations ?? []).filter((r) => r.status === 'WARN');
      cache.set(d, results);
    }
    out.push(...results.filter((r) => r.figureIds.some((f) => figureIds.has(f))));
  }
  return out;
}

export function figureIdsOf(points: Point[]): Set<string> {
  return new Set(points.flatMap((p) => (p.type === 'figure' ? [p.figure.id] : [p.derived.figureId])));
}
