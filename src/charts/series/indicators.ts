import type { Point } from '../model';

/** The indicators a chart's figures measure, in the chart's order. */
export function indicatorsOf(points: readonly Point[]): string[] {
  return [
    ...new Set(
      points.flatMap((p) => (p.type === 'figure' && p.figure.indicator ? [p.figure.indicator] : [])),
    ),
  ];
}
