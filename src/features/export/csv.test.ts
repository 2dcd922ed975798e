import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../tests/csv-read';
import { datasetOf, figure, loadRaw } from '../../../tests/unit/fixtures';
import { CHARTS } from '../../../tests/shipped';
import type { Datasets, Point } from '../../charts/model';
import { PALETTES } from '../../charts/palettes';
import { DATASET_IDS, type Figure, type Locale } from '../../data/schema';
import { formatFormula, formatPeriod } from '../../i18n/format';
import {
  allDataJson,
  allFiguresCsv,
  BOM,
  chartCsv,
  COLUMNS,
  csvCell,
  guardFormula,
  headerRow,
  plainNumber,
  roundAsShown,
  toCsv,
} from './csv';

const data: Datasets = Object.fromEntries(DATASET_IDS.map((id) => [id, loadRaw(id)]));
const LOCALES: Locale[] = ['vi', 'en'];

function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  return readCsv(text);
}

const col = (k: (typeof COLUMNS)[number]) => COLUMNS.indexOf(k);

describe('csvCell', () => {
  it.each<[string | number, string]>([
    ['Xuất khẩu', 'Xuất khẩu'],
    ['a, b', '"a, b"'],
    ['nói "có"', '"nói ""có"""'],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['a\r\nb', '"a\r\nb"'],
    [' lề', '" lề"'],
    ['', ''],
    // Formula injection: a leading apostrophe makes the spreadsheet show the text instead of running it.
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+8,6% so với 2022', '"\'+8,6% so với 2022"'],
    ['-42.8%', "'-42.8%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['1=1', '1=1'],
    // Numbers are the module's own numerals: they stay numbers, negative ones included.
    [-42.8, '-42.8'],
    [70741, '70741'],
    [8.74, '8.74'],
    [0.1 + 0.2, '0.30000000000000004'],
  ])('%j → %j', (input, out) => expect(csvCell(input)).toBe(out));

  it('refuses a number that is not finite', () => {
    expect(() => csvCell(Number.NaN)).toThrow();
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('guards text starting with %j', (c) =>
    expect(guardFormula(`${c}x`)).toBe(`'${c}x`),
  );
});

describe('numbers', () => {
  it.each<[number, string]>([
    [4180, '4180'],
    [1e21, '1000000000000000000000'],
    [95.42, '95.42'],
    [-0.5, '-0.5'],
  ])('plainNumber(%d) = %s', (n, s) => expect(plainNumber(n)).toBe(s));

  it.each<[number, number, number]>([
    [65055.389, 0, 65055],
    [3849.5, 0, 3850],
    [12.345, 1, 12.3],
    [12.35, 1, 12.4],
    [-2.5, 0, -3],
  ])('roundAsShown(%d, %d) = %d (half away from zero, as the page shows it)', (n, d, r) =>
    expect(roundAsShown(n, d)).toBe(r),
  );
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every row with CRLF', () => {
    const text = toCsv([
      ['a', 1],
      ['b', 2],
    ]);
    expect(text).toBe('\uFEFFa,1\r\nb,2\r\n');
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('headers', () => {
  it.each<[Locale, string[]]>([
    [
      'vi',
      [
        'Chỉ tiêu',
        'Kỳ',
        'Giá trị',
        'Đơn vị',
        'Trên tổng số',
        'Giá trị như hiển thị',
        'Ước tính',
        'Loại',
        'Công thức suy ra',
        'Câu trích nguồn',
        'So sánh',
        'Ghi chú',
        'Mã số liệu',
      ],
    ],
    [
      'en',
      [
        'Indicator',
        'Period',
        'Value',
        'Unit',
        'Out of',
        'Value as shown',
        'Estimate',
        'Type',
        'Derivation formula',
        'Source sentence',
        'Comparisons',
        'Note',
        'Figure id',
      ],
    ],
  ])('are in the page language (%s)', (locale, expected) => expect(headerRow(locale)).toEqual(expected));
});

describe('chartCsv of every chart', () => {
  const cases = CHARTS.flatMap((def) => LOCALES.map((l) => [def.id, l, def] as const));
  it.each(cases)(
    '%s (%s): exactly the chart’s points, with values, units, periods and quotes',
    (_, l, def) => {
      const model = def.build(data, { locale: l, palette: PALETTES.light });
      const rows = parseCsv(chartCsv(model, data, l));
      expect(rows[0]).toEqual(headerRow(l));
      const body = rows.slice(1);
      expect(body).toHaveLength(model.points.length);
      body.forEach((row, i) => {
        const p: Point = model.points[i]!;
        expect(row).toHaveLength(COLUMNS.length);
        if (p.type === 'figure') {
          expect(Number(row[col('tableValue')])).toBe(p.figure.value);
          expect(row[col('tablePeriod')]).toBe(formatPeriod(p.figure.period, l));
          expect(row[col('csvQuote')]).toBe(guardFormula(p.figure.quote));
          expect(row[col('csvFormula')]).toBe('');
          expect(row[col('csvEstimate')]).toBe(
            p.figure.estimate ? (l === 'vi' ? 'có' : 'yes') : l === 'vi' ? 'không' : 'no',
          );
          expect(row[col('csvId')]).toBe(p.figure.id);
        } else {
          const d = p.derived;
          expect(Number(row[col('tableValue')])).toBe(roundAsShown(d.value, d.decimals));
          expect(row[col('tablePeriod')]).toBe(formatPeriod(d.period, l));
          expect(row[col('csvFormula')]).toBe(formatFormula(d, l));
          expect(row[col('csvType')]).toBe(l === 'vi' ? 'giá trị suy ra' : 'derived value');
          const from = Object.values(data)
            .flatMap((x) => x!.figures)
            .find((f) => f.id === d.figureId)!;
          expect(row[col('csvQuote')]).toBe(guardFormula(from.quote));
          expect(row[col('csvShown')]).toMatch(/^≈ /);
        }
      });
    },
  );

  it('writes the stated value of trade-exports and its derived 2022 value as the table shows them', () => {
    const def = CHARTS.find((c) => c.id === 'trade-exports')!;
    const rows = parseCsv(chartCsv(def.build(data, { locale: 'vi', palette: PALETTES.light }), data, 'vi'));
    const exports = rows.find((r) => r[col('csvId')] === 'exports-2023')!;
    expect(exports.slice(0, 4)).toEqual(['Kim ngạch xuất khẩu', 'năm 2023', '4180', 'triệu USD']);
    expect(exports[col('csvShown')]).toBe('4.180 triệu USD');
    expect(exports[col('csvQuote')]).toContain('4 tỷ 180 triệu USD');
    const base = rows.find((r) => r[col('csvShown')] === '≈ 3.849 triệu USD');
    expect(base?.[col('csvFormula')]).toContain('÷');
  });

  it('keeps "more than" and "out of" beside the number', () => {
    const f = figure({ value: 868000, unit: 'citizens', qualifier: 'more-than' });
    const g = figure({ id: 'y', value: 80, unit: 'communes', outOf: 86 });
    const rows = parseCsv(
      chartCsv({ points: [f, g].map((x) => ({ type: 'figure', figure: x, dataset: 'trade' })) }, {}, 'en'),
    );
    expect(rows[1]![col('csvShown')]).toBe('more than 868,000 citizens');
    expect(rows[1]![col('tableNote')]).toMatch(/lower bound/);
    expect(rows[2]![col('csvOutOf')]).toBe('86');
  });
});

describe('hostile dataset text', () => {
  const evil: Figure = figure({
    label: { vi: '=HYPERLINK("http://evil","bấm")', en: '+cmd|" /C calc"!A0' },
    quote: '@SUM(1+1)*cmd|" /C calc"!A0',
    note: { vi: '-2+3\n<script>alert(1)</script>', en: 'a, "b"\r\nc' },
  });
  it.each(LOCALES)('is guarded and escaped, and reads back cell for cell (%s)', (l) => {
    const text = chartCsv({ points: [{ type: 'figure', figure: evil, dataset: 'trade' }] }, {}, l);
    const row = parseCsv(text)[1]!;
    expect(row[col('tableLabel')]).toBe(`'${evil.label[l]}`);
    expect(row[col('csvQuote')]).toBe(`'${evil.quote}`);
    expect(row[col('tableNote')]).toBe(l === 'vi' ? `'${evil.note!.vi}` : evil.note!.en);
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('the whole report', () => {
  const datasets = DATASET_IDS.map(loadRaw);
  it.each(LOCALES)('CSV: one row per figure of every dataset, after a dataset column (%s)', (l) => {
    const rows = parseCsv(allFiguresCsv(datasets, l));
    expect(rows[0]).toEqual([l === 'vi' ? 'Nhóm số liệu' : 'Dataset', ...headerRow(l)]);
    const figures = datasets.flatMap((d) => d.figures.map((f) => [d, f] as const));
    expect(rows).toHaveLength(figures.length + 1);
    figures.forEach(([d, f], i) => {
      const row = rows[i + 1]!;
      expect(row[0]).toBe(d.title[l]);
      expect(row[1 + col('csvId')]).toBe(f.id);
      expect(Number(row[1 + col('tableValue')])).toBe(f.value);
    });
  });

  it('JSON: the datasets as they are', () => {
    expect(JSON.parse(allDataJson(datasets))).toEqual({ datasets });
  });

  it('JSON is plain data even when labels hold markup', () => {
    const d = datasetOf([figure({ label: { vi: '</script><b>', en: 'x' } })]);
    expect(JSON.parse(allDataJson([d])).datasets[0].figures[0].label.vi).toBe('</script><b>');
  });
});
