/**
 * The drafter against reviewed data: the shipped report and datasets (the
 * issue's targets), and a synthetic report written for this test with other
 * numbers and phrasing (tests/fixtures/synthetic-*), to show the rules are
 * not tuned to the shipped text. The expected figures of the synthetic report
 * were read from it by hand; they are test data, never dashboard data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse';
import type { Dataset } from '../../src/data/schema';
import { draftReport } from '../../src/draft/draft';
import { scoreDrafts, TARGETS_MET, type Score } from '../../src/draft/score';
import { scoreShipped } from '../../scripts/draft-score';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function expectTargets(s: Score) {
  expect(s.badQuotes).toEqual([]);
  expect(s.fields['value+unit'].recall).toBeGreaterThanOrEqual(TARGETS_MET.valueUnitRecall);
  expect(s.fields.comparisons.recall).toBeGreaterThanOrEqual(TARGETS_MET.comparisonsRecall);
  expect(s.fields['value+unit'].precision).toBeGreaterThanOrEqual(TARGETS_MET.precision);
}

describe('draft:score', () => {
  it('meets the targets on the shipped report', () => {
    const { score } = scoreShipped();
    expect(score.shipped).toBeGreaterThanOrEqual(60);
    expectTargets(score);
  });

  it('meets them on a synthetic report with other numbers and phrasing', () => {
    const text = readFileSync(join(fixtures, 'synthetic-report.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(fixtures, 'synthetic-expected.json'), 'utf8')) as {
      datasets: unknown[];
    };
    const datasets = expected.datasets.map((raw, i) => {
      const parsed = parseDataset(`synthetic-expected.json datasets[${i}]`, raw);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.data;
    }) as Dataset[];
    const draft = draftReport(text);
    if (!draft.ok) throw new Error(draft.reason);
    const score = scoreDrafts(text, datasets, draft.value.figures);
    expect(score.shipped).toBe(17);
    expectTargets(score);
    // The document numbers and dates in the synthetic text are skipped, not proposed.
    expect(draft.value.skipped.map((s) => s.text)).toEqual(
      expect.arrayContaining(['12', '05/3/2025', '06', '10/01/2025', '05/01/2026', '08:30']),
    );
  });
});
