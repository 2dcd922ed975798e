import { describe, expect, it } from 'vitest';
import { datasetOf, figure } from '../../tests/unit/fixtures';
import { deriveFigure, displayDecimals } from './derive';
import type { Figure } from './schema';

const one = (f: Figure, kind: string) => deriveFigure(f, datasetOf([f])).find((d) => d.kind === kind);

describe('deriveFigure: one row per kind of derivation', () => {
  it.each([
    // name, figure, kind, expected value, expected formula
    [
      '2022 value from growth',
      figure({ value: 70741, comparisons: [{ type: 'growth', percent: 8.74, baseYear: 2022 }] }),
      'base-value',
      65055.18,
      { op: 'divide-by-growth', value: 70741, percent: 8.74 },
    ],
    [
      '2022 value from a ratio',
      figure({
        value: 1050,
        unit: 'enterprises',
        comparisons: [{ type: 'ratio', percent: 87.5, baseYear: 2022 }],
      }),
      'base-value',
      1200,
      { op: 'divide-by-percent', value: 1050, percent: 87.5 },
    ],
    [
      '2022 value from a multiple',
      figure({
        value: 800,
        unit: 'million-usd',
        comparisons: [{ type: 'multiple', times: 5.2, baseYear: 2022 }],
      }),
      'base-value',
      153.85,
      { op: 'divide-by-times', value: 800, times: 5.2 },
    ],
    [
      'target from percent of plan',
      figure({
        value: 4180,
        unit: 'million-usd',
        comparisons: [{ type: 'target', percent: 100.7, target: 'annual-plan' }],
      }),
      'target',
      4150.94,
      { op: 'divide-by-percent', value: 4180, percent: 100.7 },
    ],
    [
      'previous rank from places gained',
      figure({
        kind: 'rank',
        unit: 'rank',
        value: 43,
        outOf: 63,
        comparisons: [{ type: 'rank-change', places: 7, baseYear: 2021 }],
      }),
      'previous-rank',
      50,
      { op: 'add-places', rank: 43, places: 7 },
    ],
    [
      'previous rank from places lost',
      figure({
        kind: 'rank',
        unit: 'rank',
        value: 43,
        outOf: 63,
        comparisons: [{ type: 'rank-change', places: -3, baseYear: 2021 }],
      }),
      'previous-rank',
      40,
      { op: 'add-places', rank: 43, places: -3 },
    ],
    [
      'share from a count and its total',
      figure({ value: 73, unit: 'tasks', outOf: 102 }),
      'share',
      71.57,
      { op: 'share', part: 73, total: 102 },
    ],
    [
      'index from a growth rate',
      figure({ kind: 'growth', unit: 'percent', value: 10.5, baseYear: 2022 }),
      'index',
      110.5,
      { op: 'index', percent: 10.5 },
    ],
  ])('%s', (_name, f, kind, value, formula) => {
    const d = one(f, kind);
    expect(d?.value).toBeCloseTo(value, 2);
    expect(d?.formula).toEqual(formula);
    expect(d?.figureId).toBe(f.id);
  });

  it('derives a share of another figure of the dataset', () => {
    const total = figure({ id: 'total', value: 1441, unit: 'services' });
    const part = figure({
      id: 'part',
      value: 1064,
      unit: 'services',
      comparisons: [{ type: 'share', percent: 73.8, ofFigure: 'total' }],
    });
    const d = deriveFigure(part, datasetOf([total, part]));
    expect(d).toHaveLength(1);
    expect(d[0]!.value).toBeCloseTo(73.84, 2);
  });

  it('puts a base value in the base year, keeping the kind of period', () => {
    const f = figure({
      period: { kind: 'months', year: 2023, fromMonth: 1, toMonth: 10 },
      comparisons: [{ type: 'growth', percent: 19.65, baseYear: 2022 }],
    });
    expect(one(f, 'base-value')?.period).toEqual({ kind: 'months', year: 2022, fromMonth: 1, toMonth: 10 });
  });

  it('carries estimate and lower-bound flags to what it derives', () => {
    const f = figure({
      estimate: true,
      qualifier: 'more-than',
      comparisons: [{ type: 'growth', percent: 5, baseYear: 2022 }],
    });
    expect(one(f, 'base-value')).toMatchObject({ estimate: true, qualifier: 'more-than' });
  });

  it.each([
    ['a share with no named base', figure({ comparisons: [{ type: 'share', percent: 53.53 }] })],
    ['a 0 % target', figure({ comparisons: [{ type: 'target', percent: 0, target: 'annual-plan' }] })],
    [
      'an attainment figure',
      figure({
        kind: 'attainment',
        unit: 'percent',
        value: 118.74,
        comparisons: [{ type: 'target', percent: 100, target: 'annual-plan' }],
      }),
    ],
  ])('derives nothing from %s', (_n, f) => {
    expect(deriveFigure(f, datasetOf([f])).filter((d) => d.kind !== 'index')).toEqual([]);
  });
});

describe('rounding rule', () => {
  it.each([
    ['billion-vnd', 65055.17, 0],
    ['million-usd', 4150.94, 0],
    ['million-usd', 153.85, 1],
    ['percent', 71.57, 1],
    ['projects', 33.99, 0],
    ['rank', 50, 0],
  ] as const)('%s %d shows %d decimals', (unit, value, decimals) => {
    expect(displayDecimals(unit, value)).toBe(decimals);
  });
});
