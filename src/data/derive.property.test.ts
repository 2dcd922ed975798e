/**
 * Properties of the derivations (issue 7): on any dataset the parser accepts
 * — generated to the limits of the schema, or a shipped one with some numbers
 * changed — nothing throws, every derived value and every number of its
 * formula is finite, and each value does what its formula says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedDatasetArb, figureArb, finiteIn } from '../../tests/unit/arbitraries';
import { datasetOf, figure } from '../../tests/unit/fixtures';
import {
  deriveDataset,
  deriveDifference,
  deriveFigure,
  displayDecimals,
  isCountUnit,
  type Derived,
} from './derive';
import { UNITS, type Dataset, type Unit } from './schema';

const RUNS = { numRuns: 200 };
/** Generous: the machine this runs on may be busy with other suites (2 cores). */
const SLOW = { timeout: 30_000 };

/** What is wrong with a derived value (empty when nothing is); one `expect` per run keeps runs fast. */
function problems(d: Derived, dataset: Dataset): string[] {
  const out: string[] = [];
  const from = dataset.figures.find((f) => f.id === d.figureId);
  if (!from) out.push(`${d.id}: from no figure of the dataset`);
  if (!d.id.startsWith(`${d.figureId}/`)) out.push(`${d.id}: id does not start with its figure's`);
  if (!Number.isFinite(d.value)) out.push(`${d.id}: value ${d.value}`);
  for (const [k, v] of Object.entries(d.formula))
    if (k !== 'op' && !Number.isFinite(v)) out.push(`${d.id}: formula.${k} = ${String(v)}`);
  if (d.decimals !== displayDecimals(d.unit, d.value)) out.push(`${d.id}: decimals ${d.decimals}`);
  if (!(UNITS as readonly string[]).includes(d.unit)) out.push(`${d.id}: unit ${d.unit}`);
  if (from && (d.estimate !== from.estimate || d.qualifier !== from.qualifier))
    out.push(`${d.id}: estimate or qualifier differs from its figure's`);
  return out;
}

/** a ≈ b to a relative 1e-9, where both are well inside the range of doubles. */
function expectClose(a: number, b: number): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300);
}

describe('deriveDataset and deriveFigure on any accepted dataset', () => {
  it('never throw and give finite values with finite formulas', SLOW, () => {
    let seen = 0;
    fc.assert(
      fc.property(acceptedDatasetArb, (dataset) => {
        const all = [...deriveDataset(dataset).values()];
        seen += all.length;
        const found = all.flatMap((d) => problems(d, dataset));
        for (const f of dataset.figures) {
          found.push(...deriveFigure(f, dataset).flatMap((d) => problems(d, dataset)));
          // Without its dataset a share of another figure is not derivable; the rest is.
          found.push(...deriveFigure(f).flatMap((d) => problems(d, dataset)));
        }
        expect(found).toEqual([]);
      }),
      RUNS,
    );
    expect(seen, 'derived values checked').toBeGreaterThan(RUNS.numRuns);
  });

  it('give values that satisfy their own formulas', SLOW, () => {
    fc.assert(
      fc.property(acceptedDatasetArb, (dataset) => {
        for (const d of deriveDataset(dataset).values()) {
          const f = d.formula;
          // Away from the ends of the double range, where underflow and overflow dominate.
          const inputs = Object.values(f).filter((v): v is number => typeof v === 'number');
          if (![...inputs, d.value].every((v) => v === 0 || (Math.abs(v) > 1e-100 && Math.abs(v) < 1e100)))
            continue;
          switch (f.op) {
            case 'divide-by-growth':
              expectClose(d.value * (1 + f.percent / 100), f.value);
              break;
            case 'divide-by-percent':
              expectClose((d.value * f.percent) / 100, f.value);
              break;
            case 'divide-by-times':
              expectClose(d.value * f.times, f.value);
              break;
            case 'add-places':
              expect(d.value).toBe(f.rank + f.places);
              break;
            case 'share':
              expectClose((d.value / 100) * f.total, f.part);
              break;
            case 'index':
              expect(d.value).toBe(100 + f.percent);
              break;
            case 'difference':
              expect(d.value).toBe(f.minuend - f.subtrahend);
              break;
          }
        }
      }),
      RUNS,
    );
  });

  it('derive from a figure only what it states, with ids unique within the figure', SLOW, () => {
    fc.assert(
      fc.property(
        fc.constant('x').chain((id) => figureArb(id)),
        (f) => {
          const out = deriveFigure(f);
          const byComparison = out.filter((d) => d.comparison !== undefined);
          for (const d of byComparison) expect(f.comparisons).toContain(d.comparison);
          if (f.kind === 'growth' || f.kind === 'attainment')
            expect(byComparison, 'a rate has no base value').toEqual([]);
          expect(out.filter((d) => d.kind === 'index').length).toBe(f.kind === 'growth' ? 1 : 0);
        },
      ),
      RUNS,
    );
  });
});

describe('rounding helpers', () => {
  const unitArb = fc.constantFrom<Unit>(...UNITS);

  it('displayDecimals follows the stated rule for every unit and any number', SLOW, () => {
    fc.assert(
      fc.property(unitArb, fc.double(), (unit, value) => {
        const d = displayDecimals(unit, value);
        if (unit === 'percent') expect(d).toBe(1);
        else if (isCountUnit(unit) || unit === 'billion-vnd') expect(d).toBe(0);
        else expect(d).toBe(Math.abs(value) >= 1000 ? 0 : 1);
      }),
      { numRuns: 500 },
    );
  });

  it('deriveDifference keeps its inputs and gives their finite difference', SLOW, () => {
    // Inputs within ±MAX/2, where the difference of two doubles cannot overflow.
    const half = Number.MAX_VALUE / 2;
    fc.assert(
      fc.property(
        fc.constant('x').chain((id) => figureArb(id)),
        finiteIn(-half, half),
        finiteIn(-half, half),
        (from, minuend, subtrahend) => {
          const d = deriveDifference('diff', from, minuend, subtrahend);
          expect(Number.isFinite(d.value)).toBe(true);
          expect(d).toMatchObject({
            id: 'diff',
            figureId: from.id,
            kind: 'difference',
            value: minuend - subtrahend,
            unit: from.unit,
            decimals: displayDecimals(from.unit, minuend - subtrahend),
            formula: { op: 'difference', minuend, subtrahend },
          });
        },
      ),
      RUNS,
    );
  });
});

describe('cases the properties found: a value beyond the range of a double is not derived', () => {
  // Each of these gave Infinity or NaN before deriveFigure dropped non-finite values.
  it.each([
    [
      'a tiny multiple',
      figure({
        value: 8.881784197001252e-16,
        comparisons: [{ type: 'multiple', times: 5e-324, baseYear: 2022 }],
      }),
      'base-value',
    ],
    [
      'a ratio of 0 %',
      figure({ value: 5, comparisons: [{ type: 'ratio', percent: 0, baseYear: 2022 }] }),
      'base-value',
    ],
    [
      '0 as a ratio of 0 %',
      figure({ value: 0, comparisons: [{ type: 'ratio', percent: 0, baseYear: 2022 }] }),
      'base-value',
    ],
    [
      'a fall of almost 100 %',
      figure({
        value: 1e300,
        comparisons: [{ type: 'growth', percent: -99.99999999999999, baseYear: 2022 }],
      }),
      'base-value',
    ],
    [
      'a tiny percent of plan',
      figure({ value: 1e10, comparisons: [{ type: 'target', percent: 5e-324, target: 'annual-plan' }] }),
      'target',
    ],
    ['a huge count of a tiny total', figure({ value: 1e308, outOf: 1e-10, unit: 'communes' }), 'share'],
  ])('%s', (_name, f, kind) => {
    const derived = deriveFigure(f, datasetOf([f]));
    expect(derived.filter((d) => d.kind === kind)).toEqual([]);
    for (const d of derived) expect(Number.isFinite(d.value)).toBe(true);
  });

  it('a share of a figure whose value is the smallest double', SLOW, () => {
    const total = figure({ id: 'total', value: 5e-324 });
    const part = figure({
      id: 'part',
      value: 1,
      comparisons: [{ type: 'share', percent: 50, ofFigure: 'total' }],
    });
    expect(deriveDataset(datasetOf([total, part])).has('part/share')).toBe(false);
  });

  it('still derives what is in range, next to what is not', SLOW, () => {
    const f = figure({
      value: 100,
      comparisons: [
        { type: 'ratio', percent: 0, baseYear: 2021 },
        { type: 'growth', percent: 25, baseYear: 2022 },
      ],
    });
    expect(deriveFigure(f).map((d) => [d.id, d.value])).toEqual([['x/base-value-2022', 80]]);
  });
});
