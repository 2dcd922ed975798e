import { describe, expect, it } from 'vitest';
import { PALETTES } from './palettes';
import { SECTION_IDS } from '../data/sections';
import { DATASET_IDS, type Locale } from '../data/schema';
import { loadRaw } from '../../tests/unit/fixtures';
import type { Datasets } from './model';
import { CHARTS, CHARTS_FILE } from '../../tests/shipped';
import { parseChartsFile } from '../data/chartsFile';
import * as kinds from './kinds';
import { chartDefsOf, chartIdsOf, loadKinds, sectionDatasets } from './registry';

const data: Datasets = Object.fromEntries(DATASET_IDS.map((id) => [id, loadRaw(id)]));
const ctx = (locale: Locale, theme: 'light' | 'dark' = 'light') => ({ locale, palette: PALETTES[theme] });
/** The option without its formatter functions, for comparing and searching. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

type SeriesData = Array<number | null | { value: number }>;
const seriesValues = (option: unknown): number[] =>
  (plain(option).series as Array<{ data: SeriesData }>).flatMap((s) =>
    s.data.flatMap((d) => (d === null ? [] : typeof d === 'number' ? [d] : Array.isArray(d) ? d : [d.value])),
  );

describe('every chart definition', () => {
  it('has a unique id and belongs to a known section', () => {
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(CHARTS.length);
    for (const c of CHARTS) expect(SECTION_IDS).toContain(c.section);
    for (const s of SECTION_IDS) expect(CHARTS.some((c) => c.section === s)).toBe(true);
  });

  it.each(CHARTS.flatMap((c) => (['vi', 'en'] as const).map((l) => [c.id, l, c] as const)))(
    '%s (%s): deterministic, titled, accessible, and draws only numbers it can trace',
    (_id, locale, def) => {
      const a = def.build(data, ctx(locale));
      const b = def.build(data, ctx(locale));
      expect(plain(a)).toEqual(plain(b));
      expect(a.id).toBe(def.id);
      expect(a.title.length).toBeGreaterThan(10);
      expect(a.subtitle.length).toBeGreaterThan(5);
      expect(a.option.aria).toMatchObject({ enabled: true });
      expect(JSON.stringify(plain(a.option.aria))).toContain(a.title);
      expect(a.points.length).toBeGreaterThan(0);
      // Every drawn value is a figure, a derived value, or a percentage stated by one of them.
      const traceable = new Set<number>();
      for (const p of a.points) {
        if (p.type === 'derived') traceable.add(p.derived.value);
        else {
          traceable.add(p.figure.value);
          for (const c of p.figure.comparisons) if ('percent' in c) traceable.add(c.percent);
        }
      }
      for (const v of seriesValues(a.option)) expect(traceable, `${def.id} draws ${v}`).toContain(v);
    },
  );

  it.each(CHARTS.map((c) => [c.id, c] as const))(
    '%s changes colours with the theme, not numbers',
    (_id, def) => {
      const light = def.build(data, ctx('vi', 'light'));
      const dark = def.build(data, ctx('vi', 'dark'));
      expect(seriesValues(dark.option)).toEqual(seriesValues(light.option));
      expect(JSON.stringify(plain(dark.option))).not.toEqual(JSON.stringify(plain(light.option)));
    },
  );
});

describe('findings in titles, with the shipped data', () => {
  it.each([
    [
      'industry-products',
      'vi',
      'Cả ba sản phẩm chủ lực tăng so với năm 2022; Xi măng tăng nhanh nhất (+81,58%)',
    ],
    ['industry-sectors', 'en', 'All 4 industrial sectors rose on 2022; Manufacturing grew fastest (+10.5%)'],
    ['trade-exports', 'vi', 'Xuất khẩu tăng 8,6% so với năm 2022, vượt kế hoạch (100,7%)'],
    ['investment-capital', 'en', 'Social investment rose 10.72% on 2022 and missed the plan (95.42%)'],
    ['investment-fdi-capital', 'en', 'Added FDI capital was 5.2 times 2022’s and beat the plan (270%)'],
    ['rankings-indices', 'en', 'All three indices rose in rank; PAR INDEX gained most (10 places)'],
    ['project06-tasks', 'vi', 'Đã hoàn thành: phần lớn nhiệm vụ (73/102), ≈ 72%'],
    ['rural-communes', 'en', 'Most communes meeting the new-rural standard (80 of 86), 7 more in 2023'],
    ['digital-online-services', 'vi', 'Toàn trình: phần lớn dịch vụ công (1.064/1.441), 73,8%'],
    [
      'overview-plan',
      'en',
      '3 of 8 targets met or beat their plan; lowest: budget revenue (Council resolution), 81%',
    ],
  ] as const)('%s (%s)', (id, locale, expected) => {
    const def = CHARTS.find((c) => c.id === id)!;
    expect(def.build(data, ctx(locale)).title).toBe(expected);
  });
});

describe('chart series', () => {
  it.each([
    // id, expected drawn values (rounded to 1 decimal)
    ['trade-retail', [53689.1, 65055.2, 64239, 70741]],
    ['trade-exports', [3849, 4180, 4150.9]],
    ['investment-budget', [11986, 14441, 14797.5]],
    ['investment-enterprises', [1200, 1050, 1145, 304, 96, 410]],
    ['rankings-indices', [50, 43, 49, 39, 62, 56]],
    ['project06-tasks', [73, 21, 8]],
    ['rural-communes', [73, 21, 7, 6, 6, 53]],
  ] as const)('%s draws %j', (id, expected) => {
    const def = CHARTS.find((c) => c.id === id)!;
    const values = seriesValues(def.build(data, ctx('vi')).option).map((v) => Math.round(v * 10) / 10);
    expect(values).toEqual(expected);
  });
});

describe('charts declared in data', () => {
  it('keeps the published chart ids, in the dashboard order', () => {
    // Articles embed these ids; changing one breaks an article.
    expect(CHARTS.map((c) => c.id)).toEqual([
      'overview-growth',
      'overview-plan',
      'industry-sectors',
      'industry-products',
      'trade-retail',
      'trade-exports',
      'investment-capital',
      'investment-budget',
      'investment-fdi-projects',
      'investment-fdi-capital',
      'investment-enterprises',
      'investment-cooperatives',
      'rankings-indices',
      'project06-tasks',
      'project06-indicators',
      'rural-communes',
      'social-plan',
      'digital-online-services',
      'digital-coverage',
    ]);
    expect(CHARTS_FILE.bad).toEqual([]);
  });

  it('reorders, removes and adds charts by editing the file alone', () => {
    const raw = JSON.parse(JSON.stringify({ schemaVersion: 1, ...CHARTS_FILE, bad: undefined }));
    delete raw.bad;
    delete raw.order;
    const [first, second, ...rest] = raw.charts;
    raw.charts = [second, { ...first, id: 'overview-growth-copy' }, ...rest.slice(1)];
    const parsed = parseChartsFile('charts.json', raw);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(chartIdsOf(parsed.data, 'overview')).toEqual(['overview-plan', 'overview-growth-copy']);
    expect(chartDefsOf(parsed.data, kinds, 'industry').map((d) => d.id)).toEqual(['industry-products']);
    const copy = chartDefsOf(parsed.data, kinds, 'overview')[1]!;
    expect(copy.build(data, ctx('vi')).title).toBe(CHARTS[0]!.build(data, ctx('vi')).title);
  });

  it('loads the kinds on demand, once', async () => {
    const a = await loadKinds();
    expect(a).toBe(await loadKinds());
    expect(Object.keys(a.KINDS).sort()).toEqual([...new Set(CHARTS_FILE.charts.map((c) => c.kind))].sort());
  });

  it('names the datasets a section shows, as far as the file and the kinds are known', () => {
    // The trade section: its own figures first, then its charts'.
    expect(sectionDatasets(CHARTS_FILE, kinds, 'trade')).toEqual(['trade']);
    expect(sectionDatasets(undefined, undefined, 'trade')).toEqual(['trade']);
    // The overview has no figures of its own: its key figures' datasets, then its charts'.
    const all = sectionDatasets(CHARTS_FILE, kinds, 'overview');
    const kpis = sectionDatasets(CHARTS_FILE, undefined, 'overview');
    expect(sectionDatasets(undefined, kinds, 'overview')).toEqual([]);
    expect(kpis.length).toBeGreaterThan(0);
    expect(all.slice(0, kpis.length)).toEqual(kpis);
    for (const d of chartDefsOf(CHARTS_FILE, kinds, 'overview').flatMap((c) => c.datasets))
      expect(all).toContain(d);
  });
});
