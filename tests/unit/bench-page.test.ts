// When `npm run bench` counts a chart as visible (scripts/bench-page.ts).
import { describe, expect, it } from 'vitest';
import { chartVisibleAt, type BenchState } from '../../scripts/bench-page';

const state = (over: Partial<BenchState>): BenchState => ({
  drawn: {},
  ssr: {},
  fcp: null,
  cls: 0,
  kpi: null,
  ...over,
});

describe('chartVisibleAt', () => {
  it('a built SVG parsed before the first contentful paint shows at that paint', () => {
    expect(chartVisibleAt(state({ ssr: { a: 100 }, fcp: 250, drawn: { a: 900 } }), 'a')).toBe(250);
  });

  it('a built SVG inserted after the first paint shows when inserted', () => {
    expect(chartVisibleAt(state({ ssr: { a: 400 }, fcp: 250 }), 'a')).toBe(400);
  });

  it('a canvas chart shows when drawn, and a built SVG counts only once the page has painted', () => {
    expect(chartVisibleAt(state({ drawn: { a: 600 } }), 'a')).toBe(600);
    expect(chartVisibleAt(state({ ssr: { a: 100 } }), 'a')).toBeUndefined();
    expect(chartVisibleAt(state({ ssr: { a: 100 }, drawn: { a: 300 } }), 'a')).toBe(300);
  });

  it('a chart neither built nor drawn is not visible', () => {
    expect(chartVisibleAt(state({ ssr: { b: 1 }, fcp: 2, drawn: { b: 3 } }), 'a')).toBeUndefined();
  });
});
