/**
 * Chart declarations (issue 13, point 2): every chart the shipped charts.json declares builds in both
 * languages with clean words, and a declaration that does not fit its figures is reported by
 * `checkDecl` (figures) or `parseChartsFile` (format) with a message that names charts.json, the chart
 * and the field — the message `npm run data:check` prints and the page shows in place of that chart.
 */
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../palettes';
import { parseChartsFile, type ChartDecl } from '../../data/chartsFile';
import type { Locale } from '../../data/schema';
import { CHARTS_FILE, SHIPPED_DATA } from '../../../tests/shipped';
import type { Datasets } from '../model';
import { ChartDeclError, chartDefOf, checkDecl } from './index';

const LOCALES: readonly Locale[] = ['vi', 'en'];
const ctx = (locale: Locale) => ({ locale, palette: PALETTES.light });
const decl = (id: string) => {
  const d = CHARTS_FILE.charts.find((c) => c.id === id);
  if (!d) throw new Error(`no chart ${id} in charts.json`);
  return d;
};

/** Words of a broken template: a missing value, a sign glued to a verb, doubled or stray spaces. */
const BROKEN = /undefined|NaN|Infinity|null|\[object| {2}|tăng -|giảm -|rose -|fell -|\+-|−-|--| [,;.)]|\(\)/;

describe('every chart declared in the shipped charts.json', () => {
  it('parses with no bad declaration, and every declaration fits its figures', () => {
    expect(CHARTS_FILE.bad).toEqual([]);
    expect(CHARTS_FILE.charts.length).toBeGreaterThan(0);
    for (const c of CHARTS_FILE.charts) expect(checkDecl(c, SHIPPED_DATA), c.id).toEqual([]);
  });

  it.each(CHARTS_FILE.charts.flatMap((c) => LOCALES.map((l) => [c.id, l, c] as const)))(
    '%s builds in %s with clean words in title, subtitle and description',
    (_id, locale, c) => {
      const m = chartDefOf(c).build(SHIPPED_DATA, ctx(locale));
      const description = (m.option.aria as { label?: { description?: string } }).label?.description;
      for (const text of [m.title, m.subtitle, description]) {
        expect(typeof text).toBe('string');
        expect(text!.trim()).toBe(text);
        expect(text, text).not.toMatch(BROKEN);
      }
      expect(m.title.length).toBeGreaterThan(10);
      // Each language in its own words: the Vietnamese title is not the English one.
      const other = chartDefOf(c).build(SHIPPED_DATA, ctx(locale === 'vi' ? 'en' : 'vi'));
      expect(m.title).not.toBe(other.title);
    },
  );
});

// ---------------------------------------------------------------------------
// Declarations that do not fit their figures: checkDecl, and the chart's build.
// ---------------------------------------------------------------------------

/** A copy of the shipped data with one figure changed. */
function withFigure(ref: string, change: (f: Record<string, unknown>) => void): Datasets {
  const copy = structuredClone(SHIPPED_DATA);
  const [ds, id] = ref.split('/') as [keyof Datasets, string];
  const f = copy[ds]!.figures.find((x) => x.id === id)!;
  change(f as unknown as Record<string, unknown>);
  return copy;
}

const mixed = (base: string, over: Partial<ChartDecl>): ChartDecl => ({ ...decl(base), ...over });

describe('a declaration that does not fit its figures is reported with the file, the chart and the field', () => {
  it.each([
    [
      'an unknown figure id',
      mixed('overview-growth', { figures: ['trade/retail-sales-2023', 'trade/no-such-figure'] }),
      SHIPPED_DATA,
      'figures[1]',
      /no figure "no-such-figure" in trade\.json/,
    ],
    [
      'a dataset that is not loaded',
      decl('trade-exports'),
      { ...SHIPPED_DATA, trade: undefined },
      'figures[0]',
      /trade\.json is not loaded/,
    ],
    [
      'a rank in plan-attainment',
      mixed('overview-plan', { figures: ['trade/exports-2023', 'rankings/pci-rank'] }),
      SHIPPED_DATA,
      'figures[1]',
      /"pci-rank" states no target/,
    ],
    [
      'an amount with no growth in change-ranking',
      mixed('overview-growth', { figures: ['investment/state-budget-revenue'] }),
      SHIPPED_DATA,
      'figures[0]',
      /"state-budget-revenue" states no growth/,
    ],
    [
      'a growth rate as the amount of value-vs-base',
      mixed('trade-exports', { figures: ['industry/sector-mining'] }),
      SHIPPED_DATA,
      'figures[0]',
      /"sector-mining" is a growth, not an amount/,
    ],
    [
      'an amount in rank-slope',
      mixed('rankings-indices', { figures: ['rankings/pci-rank', 'trade/exports-2023'] }),
      SHIPPED_DATA,
      'figures[1]',
      /"exports-2023" is not a rank/,
    ],
    [
      'an amount in billion VND in coverage',
      mixed('digital-coverage', { figures: ['trade/retail-sales-2023'] }),
      SHIPPED_DATA,
      'figures[0]',
      /"retail-sales-2023" is neither a rate/,
    ],
    [
      'a count with no total in count-of-total',
      mixed('rural-communes', {
        figures: ['rural/ntm-new-communes'],
        added: ['rural/ntm-advanced-new-communes'],
      }),
      SHIPPED_DATA,
      'figures[0]',
      /"ntm-new-communes" is not a count out of a total/,
    ],
    [
      'units that cannot share an axis (value-vs-base)',
      mixed('investment-enterprises', {
        figures: ['investment/enterprises-new', 'trade/exports-2023'],
      }),
      SHIPPED_DATA,
      'figures[1]',
      /"exports-2023" is in million-usd, "enterprises-new" in enterprises: they cannot share an axis/,
    ],
    [
      'units that cannot share an axis (two-periods)',
      mixed('trade-retail', { figures: ['trade/retail-sales-10m-2023', 'trade/exports-2023'] }),
      SHIPPED_DATA,
      'figures',
      /different units/,
    ],
    [
      'ranks out of different totals (rank-slope)',
      decl('rankings-indices'),
      withFigure('rankings/sipas-rank', (f) => {
        f.outOf = 64;
      }),
      'figures',
      /ranks out of 63 and 64 cannot share one axis/,
    ],
    [
      'a part in another unit than its total (composition)',
      mixed('project06-tasks', { total: 'digital/portal-public-services' }),
      SHIPPED_DATA,
      'figures[0]',
      /"project06-tasks-done" is in tasks, its total in services/,
    ],
    [
      'a part above its total (composition)',
      decl('project06-tasks'),
      withFigure('project06/project06-tasks-done', (f) => {
        f.value = 103;
      }),
      'figures[0]',
      /the part "project06-tasks-done" \(103\) exceeds its total \(102\)/,
    ],
    [
      'a count above its total (count-of-total)',
      decl('rural-communes'),
      withFigure('rural/ntm-communes-total', (f) => {
        f.value = 90;
      }),
      'figures[0]',
      /"ntm-communes-total" \(90\) exceeds its total \(86\)/,
    ],
    [
      'an added count above the count it adds to (count-of-total)',
      decl('rural-communes'),
      withFigure('rural/ntm-new-communes', (f) => {
        f.value = 81;
      }),
      'added[0]',
      /"ntm-new-communes" \(81\) exceeds the count it adds to \(80\)/,
    ],
  ] as const)('%s', (_what, d, data, field, reason) => {
    const problems = checkDecl(d, data);
    expect(problems.length).toBeGreaterThan(0);
    const line = problems.find((p) => reason.test(p));
    expect(line, problems.join('\n')).toBeDefined();
    expect(line).toContain(`charts.json: chart "${d.id}", field ${field}:`);
    // The chart itself fails with the same words, for the page to show in its place.
    let thrown: unknown;
    try {
      chartDefOf(d).build(data, ctx('vi'));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ChartDeclError);
    expect((thrown as ChartDeclError).chartId).toBe(d.id);
    expect((thrown as Error).message).toContain(line);
  });

  it('a declaration that fits reports nothing, and changed figures that still fit report nothing', () => {
    expect(checkDecl(decl('rural-communes'), SHIPPED_DATA)).toEqual([]);
    const atTotal = withFigure('rural/ntm-communes-total', (f) => {
      f.value = 86;
    });
    expect(checkDecl(decl('rural-communes'), atTotal)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Declarations that do not fit the format: parseChartsFile.
// ---------------------------------------------------------------------------

/** The shipped file as raw JSON, with its charts replaced. */
function fileWith(charts: unknown[]): unknown {
  return { schemaVersion: 1, kpis: CHARTS_FILE.kpis, kpiSlides: CHARTS_FILE.kpiSlides, charts };
}

function parseBad(charts: unknown[]) {
  const parsed = parseChartsFile('charts.json', fileWith(charts));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.data;
}

describe('parseChartsFile reports a bad declaration by file, chart and field, and keeps the rest', () => {
  const good = decl('trade-exports');

  it.each([
    [
      'a duplicate chart id',
      [good, { ...decl('investment-capital'), id: 'trade-exports' }],
      'trade-exports',
      'id',
      /duplicate chart id "trade-exports"/,
    ],
    [
      'a composition without its total',
      [good, { ...decl('project06-tasks'), total: undefined }],
      'project06-tasks',
      'total',
      /a composition needs the figure of its total/,
    ],
    [
      'a total on a chart that is not a composition',
      [good, { ...decl('overview-growth'), total: 'trade/exports-2023' }],
      'overview-growth',
      'total',
      /only a composition has a total, not change-ranking/,
    ],
    [
      'an unknown kind',
      [good, { ...decl('overview-growth'), kind: 'pie-of-everything' }],
      'overview-growth',
      'kind',
      /pie-of-everything/,
    ],
    [
      'a figure reference that is not "<dataset>/<figure id>"',
      [good, { ...decl('overview-growth'), figures: ['exports-2023'] }],
      'overview-growth',
      'figures[0]',
      /must be "<dataset>\/<figure id>"/,
    ],
    [
      'two-periods with three figures',
      [
        good,
        {
          ...decl('trade-retail'),
          figures: [...decl('trade-retail').figures, 'trade/exports-2023'],
        },
      ],
      'trade-retail',
      'figures',
      /exactly two figures/,
    ],
    [
      'count-of-total without one added figure per figure',
      [good, { ...decl('rural-communes'), added: ['rural/ntm-new-communes'] }],
      'rural-communes',
      'added',
      /one "added" figure for each/,
    ],
    [
      'an unknown field',
      [good, { ...decl('overview-growth'), colour: 'red' }],
      'overview-growth',
      '"colour"',
      /unknown field "colour"/,
    ],
  ] as const)('%s', (_what, charts, id, field, reason) => {
    const file = parseBad([...charts]);
    // The good declaration still shows; the bad one is listed with its reason.
    expect(file.charts.map((c) => c.id)).toEqual(['trade-exports']);
    expect(file.bad).toHaveLength(1);
    const bad = file.bad[0]!;
    expect(bad.id).toBe(id);
    expect(bad.reason).toMatch(reason);
    expect(bad.reason).toContain(`charts.json: chart "${id}"`);
    expect(bad.reason).toContain(`field ${field}`);
  });
});
