import { describe, expect, it } from 'vitest';
import { datasetOf, figure, loadRaw } from '../../tests/unit/fixtures';
import { checkRelation, runChecks, type Relation } from './checks';
import { DATASET_IDS } from './schema';

const services = (full: number, partial: number, total: number, pFull = 73.8, pPartial = 26.2) =>
  datasetOf([
    figure({ id: 'total', value: total, unit: 'services' }),
    figure({
      id: 'full',
      value: full,
      unit: 'services',
      comparisons: [{ type: 'share', percent: pFull, ofFigure: 'total' }],
    }),
    figure({
      id: 'partial',
      value: partial,
      unit: 'services',
      comparisons: [{ type: 'share', percent: pPartial, ofFigure: 'total' }],
    }),
  ]);

describe('relations', () => {
  it.each<[string, Relation, ReturnType<typeof services>, string]>([
    [
      'parts add up',
      { kind: 'sum', id: 's', parts: ['full', 'partial'], total: 'total' },
      services(1064, 377, 1441),
      'PASS',
    ],
    [
      'parts fall short',
      { kind: 'sum', id: 's', parts: ['full', 'partial'], total: 'total' },
      services(1064, 370, 1441),
      'WARN',
    ],
    [
      'shares make 100 %',
      { kind: 'shares-100', id: 's', parts: ['full', 'partial'] },
      services(1064, 377, 1441),
      'PASS',
    ],
    [
      'shares make 99 %',
      { kind: 'shares-100', id: 's', parts: ['full', 'partial'] },
      services(1064, 377, 1441, 73.8, 25.2),
      'WARN',
    ],
    [
      'part within whole',
      { kind: 'not-more-than', id: 's', part: 'partial', whole: 'total' },
      services(1064, 377, 1441),
      'PASS',
    ],
    [
      'part above whole',
      { kind: 'not-more-than', id: 's', part: 'total', whole: 'partial' },
      services(1064, 377, 1441),
      'WARN',
    ],
    ['figure missing', { kind: 'sum', id: 's', parts: ['nope'], total: 'total' }, services(1, 1, 2), 'FAIL'],
  ])('%s → %s', (_name, relation, dataset, status) => {
    expect(checkRelation(dataset, relation).status).toBe(status);
  });

  it.each([
    // 10-month value and growth, full-year value and growth, expected status
    [64239, 19.65, 70741, 8.74, 'WARN'],
    [60000, 10, 72000, 10, 'PASS'],
    [80000, 10, 70000, 10, 'WARN'],
  ])('partial year %d (+%d%%) against full year %d (+%d%%) → %s', (pv, pg, fv, fg, status) => {
    const d = datasetOf([
      figure({
        id: 'p',
        value: pv,
        period: { kind: 'months', year: 2023, fromMonth: 1, toMonth: 10 },
        comparisons: [{ type: 'growth', percent: pg, baseYear: 2022 }],
      }),
      figure({ id: 'f', value: fv, comparisons: [{ type: 'growth', percent: fg, baseYear: 2022 }] }),
    ]);
    expect(
      checkRelation(d, { kind: 'partial-year', id: 'r', partial: 'p', full: 'f', maxGap: 15 }).status,
    ).toBe(status);
  });

  it('states the implied remaining months of retail sales with their figures', () => {
    const [r] = loadRaw('trade').relations!;
    const result = checkRelation(loadRaw('trade'), r!);
    expect(result.message.vi).toContain('6.502');
    expect(result.message.vi).toContain('11.366');
    expect(result.message.en).toContain('-42.8%');
  });
});

describe('generic figure checks', () => {
  it.each([
    ['stated share matches the counts', services(1064, 377, 1441), 'full:stated-share', 'PASS'],
    ['stated share does not match', services(1000, 377, 1441), 'full:stated-share', 'WARN'],
  ])('%s', (_n, d, id, status) => {
    expect(runChecks(d, []).find((r) => r.id === id)?.status).toBe(status);
  });

  it.each([
    [45, 32.4, 'PASS'], // 2022 ≈ 33.99 → 34 projects
    [45, 30.0, 'WARN'], // 2022 ≈ 34.6: no whole number of projects fits
  ])('a count of %d growing %d%% implies a whole 2022 count → %s', (value, percent, status) => {
    const d = datasetOf([
      figure({
        id: 'p',
        value,
        unit: 'projects',
        comparisons: [{ type: 'growth', percent, baseYear: 2022 }],
      }),
    ]);
    expect(runChecks(d, []).find((r) => r.id.startsWith('p:implied-count'))?.status).toBe(status);
  });

  it('flags a decimal point in a Vietnamese quote', () => {
    const d = datasetOf([figure({ quote: 'đạt 95.42% kế hoạch' })]);
    expect(runChecks(d, []).find((r) => r.id === 'x:decimal-point')?.status).toBe('WARN');
  });

  it('flags a previous rank outside 1–63', () => {
    const d = datasetOf([
      figure({
        kind: 'rank',
        unit: 'rank',
        value: 60,
        outOf: 63,
        comparisons: [{ type: 'rank-change', places: 10, baseYear: 2021 }],
      }),
    ]);
    expect(runChecks(d, []).find((r) => r.id === 'x:previous-rank-in-range')?.status).toBe('WARN');
  });
});

describe('the shipped datasets', () => {
  const results = DATASET_IDS.flatMap((id) => runChecks(loadRaw(id), loadRaw(id).relations ?? []));

  it('have no FAIL', () => {
    expect(results.filter((r) => r.status === 'FAIL')).toEqual([]);
  });

  it('report the known anomalies of the source as WARN', () => {
    expect(
      results
        .filter((r) => r.status === 'WARN')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['e-id-activation-base', 'retail-remaining-months', 'social-investment-capital:decimal-point']);
  });
});
