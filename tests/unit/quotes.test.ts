/**
 * Provenance: every figure's quote is verbatim in its edition's report text kept
 * in the repo, and every number the figure states appears in its own quote — for
 * every edition of public/data and for the test edition (tests/fixtures/editions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_IDS, type Dataset } from '../../src/data/schema';
import { ROOT, editionDir, readCatalogue } from '../../scripts/data-files';
import { allRaw } from './fixtures';

/** Numbers as the article writes them: "64.239", "19,65", "95.42", "4 tỷ 180 triệu", "01 triệu". */
export function numbersInQuote(quote: string): number[] {
  const out: number[] = [];
  for (const m of quote.matchAll(/(\d+) tỷ (\d+) triệu/g)) out.push(Number(m[1]) * 1000 + Number(m[2]));
  for (const m of quote.matchAll(/(\d+) triệu(?! USD)/g)) out.push(Number(m[1]) * 1_000_000);
  for (const m of quote.matchAll(/\d+\.\d{1,2}(?=%)|\d+(?:\.\d{3})*(?:,\d+)?/g)) {
    const token = m[0];
    const n = /^\d+\.\d{1,2}$/.test(token)
      ? Number(token)
      : Number(token.replaceAll('.', '').replace(',', '.'));
    out.push(n);
  }
  return out;
}

const testEdition = join(ROOT, 'tests', 'fixtures', 'editions', '2024-test');
const editions = [
  ...readCatalogue().editions.map((e) => ({ id: e.id, dir: editionDir(e.id), source: e.source })),
  { id: '2024-test', dir: testEdition, source: 'source.txt' },
];
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const sources = new Map(editions.map((e) => [e.id, read(e.dir, e.source)]));
const figures = editions.flatMap((e) =>
  DATASET_IDS.map((id) => JSON.parse(read(e.dir, `${id}.json`)) as Dataset).flatMap((d) =>
    d.figures.map((f) => ({ ...f, edition: e.id, dataset: d.id, ref: `${e.id}/${d.id}/${f.id}` })),
  ),
);

describe('quotes', () => {
  it('cover about ninety figures of the 2023 report', () => {
    expect(allRaw().flatMap((d) => d.figures).length).toBeGreaterThanOrEqual(60);
  });

  it.each(figures.map((f) => [f.ref, f] as const))('%s is verbatim in its edition’s text', (_ref, f) => {
    expect(sources.get(f.edition)).toContain(f.quote);
  });

  // Values the article writes in words or implies ("Trung tâm IOC tỉnh" = 1, "102 nhiệm vụ" total).
  const implicit = new Set(['ioc-centres-provincial']);

  it.each(figures.filter((f) => !implicit.has(f.id)).map((f) => [f.ref, f] as const))(
    '%s states its value and comparisons in its quote',
    (_ref, f) => {
      const numbers = numbersInQuote(f.quote);
      // A fall is written as a word and a number ("giảm 5%"): the quote holds the number without its sign.
      expect(numbers).toContain(Math.abs(f.value));
      if (f.outOf !== undefined) expect(numbers).toContain(f.outOf);
      for (const c of f.comparisons) {
        // "đạt kế hoạch năm" states 100 % of plan in words.
        const inWords = c.type === 'target' && c.percent === 100 && f.quote.includes('đạt kế hoạch');
        if ('percent' in c && !inWords) expect(numbers).toContain(Math.abs(c.percent));
        if (c.type === 'multiple') expect(numbers).toContain(c.times);
        if (c.type === 'rank-change') expect(numbers).toContain(Math.abs(c.places));
      }
    },
  );

  it.each([
    ['đạt 64.239 tỷ đồng, tăng 19,65%', [64239, 19.65]],
    ['đạt 4 tỷ 180 triệu USD', [4180]],
    ['(đạt 95.42% kế hoạch)', [95.42]],
    ['hơn 01 triệu dữ liệu', [1_000_000]],
  ])('numbersInQuote(%j)', (quote, expected) => {
    for (const n of expected) expect(numbersInQuote(quote)).toContain(n);
  });
});
