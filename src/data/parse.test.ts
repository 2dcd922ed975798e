import { describe, expect, it } from 'vitest';
import { datasetOf, figure, loadRaw } from '../../tests/unit/fixtures';
import { parseDataset, parseDatasetText } from './parse';

const valid = loadRaw('trade');
const withFigure = (over: Record<string, unknown>) => ({
  ...valid,
  figures: [{ ...valid.figures[0], ...over }],
});
const without = (key: string) => {
  const f = { ...valid.figures[0] } as Record<string, unknown>;
  delete f[key];
  return { ...valid, figures: [f] };
};

describe('parseDataset rejects bad input with a message naming file, figure and field', () => {
  it.each([
    ['missing field', without('unit'), /figure "retail-sales-10m-2023" \(figures\[0\]\), field unit/],
    ['wrong type', withFigure({ value: '64239' }), /field value: .*number/i],
    ['NaN', withFigure({ value: NaN }), /field value/],
    ['Infinity', withFigure({ value: Infinity }), /field value/],
    ['unknown unit', withFigure({ unit: 'furlongs' }), /field unit/],
    ['negative level', withFigure({ value: -5 }), /field value: a level cannot be negative/],
    [
      'percent over 1000',
      withFigure({ comparisons: [{ type: 'target', percent: 5000, target: 'annual-plan' }] }),
      /comparisons\[0\]\.percent/,
    ],
    ['empty quote', withFigure({ quote: '' }), /field quote/],
    ['unknown extra field', withFigure({ colour: 'red' }), /colour/],
    ['bad id', withFigure({ id: 'Not An Id' }), /field id: must be lower-case/],
    [
      'rank out of range',
      withFigure({ kind: 'rank', unit: 'rank', value: 70, outOf: 63 }),
      /field value: a rank/,
    ],
    ['growth without base year', withFigure({ kind: 'growth', unit: 'percent', value: 5 }), /field baseYear/],
    [
      'months reversed',
      withFigure({ period: { kind: 'months', year: 2023, fromMonth: 10, toMonth: 1 } }),
      /field period/,
    ],
    ['wrong schema version', { ...valid, schemaVersion: 2 }, /trade\.json: field schemaVersion/],
    ['no figures', { ...valid, figures: [] }, /field figures/],
    ['not an object', [1, 2], /trade\.json: the top level/],
  ])('%s', (_name, raw, message) => {
    const result = parseDataset('trade.json', raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/^trade\.json: /);
      expect(result.reason).toMatch(message);
    }
  });

  it('rejects duplicate ids, naming the id', () => {
    const result = parseDataset('x.json', datasetOf([figure({ id: 'a' }), figure({ id: 'a' })]));
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/figures\[1\]\), field id: duplicate id "a"/),
    });
  });

  it('rejects a share of a figure the dataset does not hold', () => {
    const f = figure({ comparisons: [{ type: 'share', percent: 5, ofFigure: 'nope' }] });
    const result = parseDataset('x.json', datasetOf([f]));
    expect(result.ok ? '' : result.reason).toMatch(/no figure "nope"/);
  });

  it('accepts every shipped dataset', () => {
    expect(parseDataset('trade.json', valid)).toEqual({ ok: true, data: valid });
  });
});

describe('parseDatasetText', () => {
  it.each([
    ['', /the file is empty/],
    ['   ', /the file is empty/],
    ['{"schemaVersion":', /not valid JSON/],
    ['null', /the top level/],
  ])('%j is rejected', (text, message) => {
    const result = parseDatasetText('f.json', text);
    expect(result.ok ? '' : result.reason).toMatch(message);
  });
});
