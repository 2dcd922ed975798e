/**
 * Editions (issue 14): the catalogue's format, the choice of edition from a URL, and a second edition
 * added as an editor adds one — with the plainly synthetic test edition (tests/fixtures/editions/
 * 2024-test, made-up figures; never in public/). Added to a copy of public/data with the script the
 * README names, it passes data:check, which reports its restated 2023 retail sales as a revision; its
 * indicators join the 2023 report's in one series, each point keeping its report, its estimate flag
 * and its rank's denominator.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PALETTES } from '../../src/charts/palettes';
import { chartDefOf } from '../../src/charts/kinds';
import type { Datasets } from '../../src/charts/model';
import type { ChartsFile } from '../../src/data/chartsFile';
import { chooseEdition } from '../../src/data/editionPick';
import { editionSchema, parseCatalogueText, type Edition } from '../../src/data/editions';
import type { Dataset, Locale } from '../../src/data/schema';
import {
  editionsOf,
  indicatorProblems,
  indicatorSeries,
  revisionsOf,
  type EditionData,
  type SeriesPoint,
} from '../../src/data/series';
import { addEdition } from '../../scripts/add-edition';
import { DATA_DIR, ROOT, readCatalogue, readChartsFile, readDatasets } from '../../scripts/data-files';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'editions');
const TEST_DIR = join(FIXTURES, '2024-test');
const TEST_ENTRY = join(FIXTURES, '2024-test.entry.json');

const shippedCatalogueText = readFileSync(join(DATA_DIR, 'editions.json'), 'utf8');
const testEntry = JSON.parse(readFileSync(TEST_ENTRY, 'utf8')) as Edition;
const edition2023 = readCatalogue().editions.find((e) => e.id === '2023')!;

const temps: string[] = [];
/** A copy of public/data in a temporary folder. */
function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'editions-test-'));
  temps.push(dir);
  cpSync(DATA_DIR, join(dir, 'data'), { recursive: true });
  return join(dir, 'data');
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

// ---------------------------------------------------------------------------------------------------
// The catalogue's format (src/data/editions.ts)
// ---------------------------------------------------------------------------------------------------

const shipped = JSON.parse(shippedCatalogueText) as { linksWithoutEdition: string; editions: Edition[] };
const catalogueWith = (over: Record<string, unknown>) => JSON.stringify({ ...shipped, ...over });
const withEntry = (over: Partial<Edition> | Record<string, unknown>) =>
  catalogueWith({ editions: [...shipped.editions, { ...testEntry, ...over }] });

describe('parseCatalogueText', () => {
  it.each([
    ['the shipped catalogue', shippedCatalogueText, ['2023']],
    ['the shipped catalogue with the test edition', withEntry({}), ['2023', '2024-test']],
    // Oldest first whatever the file's order: by the year reported, then the publication date.
    [
      'editions listed newest first',
      catalogueWith({ editions: [testEntry, ...shipped.editions] }),
      ['2023', '2024-test'],
    ],
  ])('accepts %s', (_name, text, ids) => {
    const parsed = parseCatalogueText('editions.json', text);
    expect(parsed.ok, parsed.ok ? '' : parsed.reason).toBe(true);
    if (parsed.ok) expect(parsed.data.editions.map((e) => e.id)).toEqual(ids);
  });

  it.each([
    [
      'a duplicate id',
      withEntry({ id: '2023', fileName: 'x' }),
      'editions.json: field editions[1].id: duplicate edition id "2023"',
    ],
    [
      'linksWithoutEdition naming no edition of the list',
      catalogueWith({ linksWithoutEdition: '2022' }),
      'editions.json: field linksWithoutEdition: must name an edition of the list',
    ],
    [
      'a baseYear that is not before the year',
      withEntry({ baseYear: 2024 }),
      'editions.json: field editions[1].baseYear: must be before year',
    ],
    [
      'a baseYear after the year',
      withEntry({ baseYear: 2025 }),
      'editions.json: field editions[1].baseYear: must be before year',
    ],
    ['an id with capitals and a space', withEntry({ id: '2024 Test' }), 'field editions[1].id'],
    // The id is a folder name and a URL value: nothing that could leave the data folder.
    ['an id that is a path', withEntry({ id: '../2023' }), 'field editions[1].id'],
    ['a source outside the folder', withEntry({ source: '../source.txt' }), 'field editions[1].source'],
    ['a field the format does not know', withEntry({ draft: true }), 'editions[1]'],
    ['no edition at all', catalogueWith({ editions: [] }), 'field editions'],
    ['a file that is not JSON', '{ "schemaVersion": 1,', 'editions.json: not valid JSON'],
  ])('refuses %s, naming the field', (_name, text, message) => {
    const parsed = parseCatalogueText('editions.json', text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(message);
  });

  it('the test edition’s entry is one valid edition, marked as test data in both languages', () => {
    const parsed = editionSchema.safeParse(testEntry);
    expect(parsed.success).toBe(true);
    expect(testEntry).toMatchObject({ id: '2024-test', testData: true, year: 2024, baseYear: 2023 });
    expect(testEntry.title.vi).toContain('(dữ liệu thử nghiệm)');
    expect(testEntry.title.en).toContain('(test data)');
    expect(testEntry.territory.provinces).toBe(34);
  });
});

// ---------------------------------------------------------------------------------------------------
// The choice from the URL (src/data/editionPick.ts)
// ---------------------------------------------------------------------------------------------------

describe('chooseEdition', () => {
  const catalogue = { linksWithoutEdition: '2023', editions: [edition2023, testEntry] };
  const reversed = { ...catalogue, editions: [testEntry, edition2023] };

  it.each([
    // The bare address, or one naming only a language or theme: the latest report.
    ['', '2024-test'],
    ['?lang=en', '2024-test'],
    ['?theme=dark&lang=en', '2024-test'],
    // Links made before editions name a view and no edition: they keep showing the 2023 report.
    ['?section=trade', '2023'],
    ['?section=rankings&lang=en', '2023'],
    ['?present', '2023'],
    ['?present&slide=4', '2023'],
    ['?embed=trade-exports', '2023'],
    ['?embed=kpi-exports-2023&lang=en&theme=dark', '2023'],
    ['?print', '2023'],
    // A link that names its edition gets it, view or not.
    ['?edition=2023', '2023'],
    ['?edition=2024-test&section=trade', '2024-test'],
    ['?edition=2023&embed=trade-exports', '2023'],
  ])('%j opens %s', (search, id) => {
    for (const c of [catalogue, reversed]) {
      const choice = chooseEdition(c, search);
      expect(choice.edition.id).toBe(id);
      expect(choice.missing).toBeUndefined();
    }
  });

  it.each([
    ['?edition=unknown', 'unknown'],
    ['?edition=unknown&section=trade', 'unknown'],
    ['?edition=', ''],
  ])('%j, an edition the catalogue lacks, opens the latest and says which was missing', (search, missing) => {
    const choice = chooseEdition(catalogue, search);
    expect(choice.edition.id).toBe('2024-test');
    expect(choice.missing).toBe(missing);
  });

  it('with one edition, every address opens it', () => {
    const one = { linksWithoutEdition: '2023', editions: [edition2023] };
    for (const search of ['', '?section=trade', '?edition=2023'])
      expect(chooseEdition(one, search).edition.id).toBe('2023');
  });
});

// ---------------------------------------------------------------------------------------------------
// The test edition: plainly made up, and complete
// ---------------------------------------------------------------------------------------------------

const LOCALES: readonly Locale[] = ['vi', 'en'];
const ctx = (locale: Locale) => ({ locale, palette: PALETTES.light });
const titles = (charts: ChartsFile, data: Datasets, locale: Locale) =>
  new Map(charts.charts.map((c) => [c.id, chartDefOf(c).build(data, ctx(locale)).title]));

describe('the test edition (tests/fixtures/editions/2024-test)', () => {
  const data = readDatasets(TEST_DIR);
  const charts = readChartsFile(TEST_DIR);

  it('says at the top of its text, in Vietnamese and English, that it is made up', () => {
    const [vi, en] = readFileSync(join(TEST_DIR, 'source.txt'), 'utf8').split('\n');
    expect(vi).toMatch(/^DỮ LIỆU THỬ NGHIỆM — KHÔNG PHẢI BÁO CÁO THẬT\./);
    expect(en).toMatch(/^TEST DATA — NOT A REAL REPORT\./);
    for (const d of Object.values(data)) {
      expect(d!.source.file).toBe('source.txt');
      expect(d!.source.publisher).toEqual(testEntry.publisher);
      expect(d!.source.published).toBe(testEntry.published);
    }
  });

  it('declares charts that all build, in both languages, with findings of its own numbers', () => {
    expect(charts.bad).toEqual([]);
    const shipped2023 = { data: readDatasets(), charts: readChartsFile() };
    for (const locale of LOCALES) {
      const mine = titles(charts, data, locale);
      const theirs = titles(shipped2023.charts, shipped2023.data, locale);
      // Charts both reports declare state different findings: the titles are computed, not copied.
      const shared = [...mine.keys()].filter((id) => theirs.has(id));
      expect(shared.length).toBeGreaterThan(10);
      for (const id of shared) expect(mine.get(id), id).not.toBe(theirs.get(id));
    }
    const en = titles(charts, data, 'en');
    expect(en.get('trade-exports')).toBe('Exports fell 5% on 2023 and missed the plan (92.3%)');
    expect(en.get('overview-growth')).toMatch(/^Most headline indicators \(3 of 5\) rose on 2023/);
  });
});

// ---------------------------------------------------------------------------------------------------
// Adding it as an editor would (scripts/add-edition.ts), then data:check on that folder
// ---------------------------------------------------------------------------------------------------

describe('npm run edition:add', () => {
  it('copies the folder, appends the entry, and data:check passes with the revision as a WARN', async () => {
    const dir = dataCopy();
    const added = await addEdition(TEST_DIR, TEST_ENTRY, dir);
    expect(added.id).toBe('2024-test');
    expect(readFileSync(join(dir, '2024-test', 'source.txt'), 'utf8')).toBe(
      readFileSync(join(TEST_DIR, 'source.txt'), 'utf8'),
    );
    expect(readCatalogue(dir).editions.map((e) => e.id)).toEqual(['2023', '2024-test']);
    // The editions already listed keep their text: the entry is appended after them.
    const kept = shippedCatalogueText.slice(
      0,
      shippedCatalogueText.lastIndexOf('}', shippedCatalogueText.lastIndexOf(']')) + 1,
    );
    expect(readFileSync(join(dir, 'editions.json'), 'utf8').startsWith(kept)).toBe(true);

    const run = spawnSync('npx', ['tsx', join('scripts', 'data-check.ts'), dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('PASS editions.json: 2 edition(s): 2023, 2024-test (test data)');
    expect(run.stdout).toMatch(/^0 FAIL$|, 0 FAIL$/m);
    const warns = run.stdout.split('\n').filter((l) => l.startsWith('WARN indicator'));
    expect(warns).toEqual([
      'WARN indicator "retail-sales", 2023: 2023 reported 70741 (estimate), 2024-test restates it as 71650; ' +
        'the page shows the later value and marks the earlier one revised',
    ]);
    expect(run.stdout).toContain('PASS indicators: 13 named, 13 followed across two or more editions');
  }, 60_000);

  it('refuses an id the catalogue already lists, and changes nothing', async () => {
    const dir = dataCopy();
    await addEdition(TEST_DIR, TEST_ENTRY, dir);
    const before = readFileSync(join(dir, 'editions.json'), 'utf8');
    await expect(addEdition(TEST_DIR, TEST_ENTRY, dir)).rejects.toThrow(
      /editions\.json: already lists an edition "2024-test"/,
    );
    const entry2023 = join(temps.at(-1)!, '2023.entry.json');
    writeFileSync(entry2023, JSON.stringify({ ...testEntry, id: '2023' }));
    await expect(addEdition(TEST_DIR, entry2023, dir)).rejects.toThrow(/already lists an edition "2023"/);
    expect(readFileSync(join(dir, 'editions.json'), 'utf8')).toBe(before);
  });

  it('refuses an entry that would make the catalogue invalid, or a folder already in the way', async () => {
    const dir = dataCopy();
    const bad = join(temps.at(-1)!, 'bad.entry.json');
    writeFileSync(bad, JSON.stringify({ ...testEntry, baseYear: 2024 }));
    await expect(addEdition(TEST_DIR, bad, dir)).rejects.toThrow(
      /editions\[1\]\.baseYear: must be before year/,
    );
    expect(existsSync(join(dir, '2024-test'))).toBe(false);
    expect(readFileSync(join(dir, 'editions.json'), 'utf8')).toBe(shippedCatalogueText);

    cpSync(join(DATA_DIR, '2023'), join(dir, '2024-test'), { recursive: true });
    await expect(addEdition(TEST_DIR, TEST_ENTRY, dir)).rejects.toThrow(/a folder is already there/);
    expect(readFileSync(join(dir, 'editions.json'), 'utf8')).toBe(shippedCatalogueText);
  });

  it('adds only the entry when the folder is already in its place', async () => {
    const dir = dataCopy();
    cpSync(TEST_DIR, join(dir, '2024-test'), { recursive: true });
    await addEdition(join(dir, '2024-test'), TEST_ENTRY, dir);
    expect(readCatalogue(dir).editions.map((e) => e.id)).toEqual(['2023', '2024-test']);
  });
});

// ---------------------------------------------------------------------------------------------------
// Indicators across the two editions (src/data/series.ts)
// ---------------------------------------------------------------------------------------------------

describe('indicatorSeries over the 2023 report and the test edition', () => {
  const editions: EditionData[] = [
    { edition: edition2023, datasets: Object.values(readDatasets()) as Dataset[] },
    { edition: testEntry, datasets: Object.values(readDatasets(TEST_DIR)) as Dataset[] },
  ];
  const series = indicatorSeries(editions, '2024-test');
  const at = (indicator: string, year: number): SeriesPoint => {
    const p = series.get(indicator)?.find((x) => x.period.kind === 'year' && x.period.year === year);
    if (!p) throw new Error(`no ${indicator} point for ${year}`);
    return p;
  };

  it('has no indicator with two values for a period in one report, or with units that differ', () => {
    expect(indicatorProblems(editions)).toEqual([]);
  });

  it('shows the final 2023 retail sales of the later report and keeps the 2023 estimate as revised', () => {
    const p = at('retail-sales', 2023);
    expect(p).toMatchObject({ value: 71650, estimate: false });
    expect(p.derived).toBeUndefined();
    expect(p.edition.id).toBe('2024-test');
    const revised = p.others.filter((o) => o.as === 'revised');
    expect(revised).toHaveLength(1);
    expect(revised[0]!.point).toMatchObject({ value: 70741, estimate: true });
    expect(revised[0]!.point.derived).toBeUndefined();
    expect(revised[0]!.point.edition.id).toBe('2023');
    expect(revised[0]!.point.figure.id).toBe('retail-sales-2023');
    // The later report's own 2023 value implied by its 2024 growth is kept apart, as implied.
    const implied = p.others.filter((o) => o.as === 'implied');
    expect(implied.map((o) => [o.point.edition.id, o.point.derived?.kind])).toEqual([
      ['2024-test', 'base-value'],
    ]);
    expect(implied[0]!.point.value).toBeCloseTo(78100 / 1.09, 6);

    const revisions = revisionsOf(series);
    expect(revisions.map((r) => [r.indicator, r.earlier.value, r.later.value])).toEqual([
      ['retail-sales', 70741, 71650],
    ]);
    expect(editionsOf(series.get('retail-sales')!)).toEqual(['2023', '2024-test']);
  });

  it('as the 2023 report shows it, its estimate stands alone: a later report is not read', () => {
    const p = indicatorSeries(editions, '2023').get('retail-sales')!;
    expect(p.map((x) => [x.period.year, x.edition.id, x.others.length])).toEqual([
      [2022, '2023', 0],
      [2023, '2023', 0],
    ]);
    expect(p[1]!.value).toBe(70741);
  });

  it('keeps each rank’s own denominator: out of 63 in the 2023 report, out of 34 in the test edition', () => {
    for (const indicator of ['pci-rank', 'par-index-rank', 'sipas-rank']) {
      const points = series.get(indicator)!;
      expect(points.map((p) => [p.period.year, p.outOf, p.edition.id, p.derived?.kind])).toEqual([
        [2021, 63, '2023', 'previous-rank'],
        [2022, 63, '2023', undefined],
        [2023, 34, '2024-test', undefined],
      ]);
      for (const p of points) expect(p.others).toEqual([]);
    }
    expect(at('pci-rank', 2023).value).toBe(12);
    expect(at('pci-rank', 2022).value).toBe(43);
    // The 34-province ranking states no change in places: nothing is derived across denominators.
    const testRanks = readDatasets(TEST_DIR).rankings!.figures;
    for (const f of testRanks) expect(f.comparisons.filter((c) => c.type === 'rank-change')).toEqual([]);
  });

  it('derived points carry the edition they were derived in', () => {
    // Exports: 2022 derived in the 2023 report, 2023 reported there and implied by the test edition's fall.
    const exports = series.get('export-turnover')!;
    expect(exports.map((p) => [p.period.year, p.edition.id, p.derived?.kind ?? 'reported'])).toEqual([
      [2022, '2023', 'base-value'],
      [2023, '2023', 'reported'],
      [2024, '2024-test', 'reported'],
    ]);
    const p2023 = at('export-turnover', 2023);
    expect(p2023.value).toBe(4180);
    expect(p2023.others).toHaveLength(1);
    const implied = p2023.others[0]!;
    expect(implied.as).toBe('implied');
    expect(implied.point.edition.id).toBe('2024-test');
    expect(implied.point.derived).toMatchObject({ figureId: 'exports-2024', kind: 'base-value' });
    expect(implied.point.value).toBeCloseTo(3970 / 0.95, 6);
    expect(at('export-turnover', 2022).derived?.figureId).toBe('exports-2023');
  });

  it('follows every indicator the 2023 report names into the test edition', () => {
    const named = [...series.keys()].sort();
    expect(named).toEqual([
      'enterprises-new',
      'export-turnover',
      'fdi-added-capital',
      'fdi-new-projects',
      'jobs-created',
      'ntm-communes-total',
      'ntm-new-communes',
      'par-index-rank',
      'pci-rank',
      'retail-sales',
      'sipas-rank',
      'social-investment-capital',
      'state-budget-revenue',
    ]);
    for (const indicator of named)
      expect(editionsOf(series.get(indicator)!), indicator).toContain('2024-test');
  });
});
