import { describe, expect, it } from 'vitest';
import type { Dataset, Figure } from '../data/schema';
import type { DraftFigure } from './draft';
import { meetsTargets, scoreDrafts } from './score';

const TEXT = 'A có 10 xã, tăng 5% so với năm 2024. B có 20 dự án. C có 30 hộ.';

const fig = (
  id: string,
  value: number,
  unit: Figure['unit'],
  quote: string,
  over: Partial<Figure> = {},
): Figure => ({
  id,
  label: { vi: id, en: id },
  kind: 'level',
  value,
  unit,
  period: { kind: 'year', year: 2025 },
  estimate: false,
  qualifier: 'exact',
  comparisons: [],
  quote,
  ...over,
});
const shipped: Dataset[] = [
  {
    schemaVersion: 1,
    id: 'rural',
    title: { vi: 't', en: 't' },
    source: { file: 'f', title: 't', publisher: { vi: 'p', en: 'p' }, published: '2026-01-05' },
    figures: [
      fig('a', 10, 'communes', 'A có 10 xã, tăng 5% so với năm 2024', {
        comparisons: [{ type: 'growth', percent: 5, baseYear: 2024 }],
      }),
      fig('b', 20, 'projects', 'B có 20 dự án'),
      fig('c', 30, 'households', 'C có 30 hộ'),
    ],
  },
];
const draft = (f: Figure, quote = f.quote): DraftFigure => {
  const start = TEXT.indexOf(quote);
  return {
    figure: { ...f, quote },
    dataset: 'rural',
    span: { start, end: start + quote.length },
    anchor: { start, end: start + 1 },
    flags: [],
  };
};

describe('scoreDrafts', () => {
  it('pairs by overlapping quotes and counts each field on recalled figures', () => {
    const drafts = [
      draft(fig('x', 10, 'communes', '10 xã')), // recalled, comparison missing
      draft(fig('y', 20, 'projects', 'B có 20 dự án', { estimate: true })), // recalled, estimate wrong
      draft(fig('z', 31, 'households', 'C có 30 hộ')), // wrong value: a miss and a false proposal
    ];
    const s = scoreDrafts(TEXT, shipped, drafts);
    expect(s.fields['value+unit']).toEqual({ right: 2, recall: 2 / 3, precision: 2 / 3 });
    expect(s.fields.unit.right).toBe(3);
    expect(s.fields.comparisons.right).toBe(1);
    expect(s.fields.estimate.right).toBe(1);
    expect(s.missed.map((m) => m.figure.id)).toEqual(['c']);
    expect(s.unmatched.map((d) => d.figure.id)).toEqual(['z']);
    expect(meetsTargets(s)).toBe(false);
  });

  it('meets the targets when every draft is right, and reports a quote that is not at its span', () => {
    const drafts = shipped[0]!.figures.map((f) => draft(f));
    expect(meetsTargets(scoreDrafts(TEXT, shipped, drafts))).toBe(true);
    const moved = { ...drafts[1]!, span: { start: 0, end: 5 } };
    const s = scoreDrafts(TEXT, shipped, [drafts[0]!, moved, drafts[2]!]);
    expect(s.badQuotes).toHaveLength(1);
    expect(meetsTargets(s)).toBe(false);
  });
});
