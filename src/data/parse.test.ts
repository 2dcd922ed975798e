import { describe, expect, it } from 'vitest';
import { datasetOf, figure, loadRaw } from '../../tests/unit/fixtures';
import { parseDataset, parseDatasetText } from './parse';
import { DATASET_IDS } from './schema';

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
    [
      'missing field',
      without('unit'),
      /figure "retail-sales-10m-2023" \(figures\[0\]\), field unit: missing: expected one of "billion-vnd", /,
    ],
    ['missing object', without('label'), /field label: missing: expected an object$/],
    ['wrong type', withFigure({ value: '64239' }), /field value: expected a number, received text "64239"$/],
    ['null', withFigure({ value: null }), /field value: expected a number, received null$/],
    [
      'NaN',
      withFigure({ value: NaN }),
      /field value: expected a number, received the non-finite number NaN$/,
    ],
    ['Infinity', withFigure({ value: Infinity }), /field value: .*received the non-finite number Infinity$/],
    [
      'unknown unit',
      withFigure({ unit: 'furlongs' }),
      /field unit: expected one of .*"task-groups", received text "furlongs"$/,
    ],
    [
      'not a whole number',
      withFigure({ period: { kind: 'year', year: 2023.5 } }),
      /field period\.year: expected a whole number, received 2023\.5$/,
    ],
    [
      'year out of range',
      withFigure({ period: { kind: 'year', year: 1999 } }),
      /field period\.year: must be at least 2000, received 1999$/,
    ],
    [
      'month out of range',
      withFigure({ period: { kind: 'months', year: 2023, fromMonth: 1, toMonth: 13 } }),
      /field period\.toMonth: must be at most 12, received 13$/,
    ],
    [
      'unknown period kind',
      withFigure({ period: { kind: 'decade', year: 2023 } }),
      /field period\.kind: expected one of "year", "months", "end-of-year", "to-date", received text "decade"$/,
    ],
    [
      'comparison without type',
      withFigure({ comparisons: [{ percent: 5 }] }),
      /field comparisons\[0\]\.type: missing: expected one of "growth", /,
    ],
    [
      'not a date',
      withFigure({ period: { kind: 'to-date', year: 2023, asOf: '2023-13-45' } }),
      /field period\.asOf: must be a date written YYYY-MM-DD, received text "2023-13-45"$/,
    ],
    [
      'not a boolean',
      withFigure({ estimate: 'yes' }),
      /field estimate: expected true or false, received text "yes"$/,
    ],
    ['zero outOf', withFigure({ outOf: 0 }), /field outOf: must be positive$/],
    [
      'places out of range',
      withFigure({ comparisons: [{ type: 'rank-change', places: 70, baseYear: 2022 }] }),
      /comparisons\[0\]\.places: must be at most 62, received 70$/,
    ],
    ['negative level', withFigure({ value: -5 }), /field value: a level cannot be negative/],
    [
      'percent over 1000',
      withFigure({ comparisons: [{ type: 'target', percent: 5000, target: 'annual-plan' }] }),
      /comparisons\[0\]\.percent/,
    ],
    ['empty quote', withFigure({ quote: '' }), /field quote: must not be empty/],
    // Strings are trimmed before their length is checked: blanks are empty too.
    ['blank quote', withFigure({ quote: ' \n ' }), /field quote: must not be empty or only spaces/],
    ['blank label', withFigure({ label: { vi: 'a', en: '  ' } }), /field label\.en: must not be empty/],
    [
      'unknown extra field',
      withFigure({ colour: 'red' }),
      /\(figures\[0\]\), the figure itself: unknown field "colour"$/,
    ],
    [
      'unknown nested field',
      withFigure({ label: { vi: 'a', en: 'b', fr: 'c' } }),
      /field label: unknown field "fr"$/,
    ],
    [
      'bad id',
      withFigure({ id: 'Not An Id' }),
      /figure "Not An Id" \(figures\[0\]\), field id: must be lower-case words joined by dashes, received text "Not An Id"$/,
    ],
    [
      'rank out of range',
      withFigure({ kind: 'rank', unit: 'rank', value: 70, outOf: 63 }),
      /field value: a rank/,
    ],
    ['growth without base year', withFigure({ kind: 'growth', unit: 'percent', value: 5 }), /field baseYear/],
    [
      'absurd growth rate',
      withFigure({ kind: 'growth', unit: 'percent', value: 99999, baseYear: 2022 }),
      /field value: a growth rate must be above -100 and at most 1000 %/,
    ],
    [
      'growth of -100 % or less',
      withFigure({ kind: 'growth', unit: 'percent', value: -100, baseYear: 2022 }),
      /field value: a growth rate/,
    ],
    [
      'months reversed',
      withFigure({ period: { kind: 'months', year: 2023, fromMonth: 10, toMonth: 1 } }),
      /field period/,
    ],
    [
      'wrong schema version',
      { ...valid, schemaVersion: 2 },
      /trade\.json: field schemaVersion: expected 1, received 2$/,
    ],
    [
      'unknown dataset id',
      { ...valid, id: 'weather' },
      /field id: expected one of "rural", .*, received text "weather"$/,
    ],
    [
      'no figures',
      { ...valid, figures: [] },
      /field figures: must have at least 1 item, received a list of 0 items$/,
    ],
    [
      'a figure that is not an object',
      { ...valid, figures: [null] },
      /figure \(figures\[0\]\), the figure itself: expected an object, received null$/,
    ],
    ['not an object', [1, 2], /trade\.json: the top level: expected an object, received a list of 2 items$/],
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

  it('lists five problems, then counts the rest', () => {
    const raw = withFigure({ value: 'x', unit: 'y', kind: 'z', quote: '', estimate: 1, qualifier: 2 });
    const result = parseDataset('trade.json', raw);
    const lines = result.ok ? [] : result.reason.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('trade.json: …and 1 more problem');
    for (const line of lines) expect(line).toMatch(/^trade\.json: /);
  });

  it('words every problem itself, never with the placeholder of zod', () => {
    const result = parseDataset('trade.json', withFigure({ value: '1', period: { kind: 'x' }, colour: 1 }));
    expect(result.ok ? '' : result.reason).not.toMatch(/Invalid input|undefined/);
  });

  it('shortens long values and ids echoed from the input', () => {
    const long = '<img src=x onerror=alert(1)>'.repeat(1000);
    const result = parseDataset('trade.json', withFigure({ id: long, unit: long }));
    const reason = result.ok ? '' : result.reason;
    expect(reason).toMatch(/figure "<img src=x onerror=alert\(1\)><img src=x o…" \(figures\[0\]\), field id/);
    expect(reason.length).toBeLessThan(1000);
  });

  it.each(DATASET_IDS)('accepts the shipped dataset %s as it is', (id) => {
    const raw = loadRaw(id);
    expect(parseDataset(`${id}.json`, raw)).toEqual({ ok: true, data: raw });
  });

  it('trims the texts it accepts', () => {
    const result = parseDataset('trade.json', withFigure({ quote: '  q  ', label: { vi: ' a', en: 'b ' } }));
    expect(result.ok && result.data.figures[0]).toMatchObject({ quote: 'q', label: { vi: 'a', en: 'b' } });
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

  it('keeps a JSON error on one line, though V8 quotes the text with its line breaks', () => {
    const result = parseDatasetText('f.json', '{"a":\n\n\nfalsy}');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^f\.json: not valid JSON \(.+\)$/) });
    expect(result.ok ? '' : result.reason).not.toContain('\n');
  });
});
