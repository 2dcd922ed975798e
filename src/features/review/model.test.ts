import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../data/parse';
import { draftReport } from '../../draft/draft';
import { exportDatasets, itemsFrom, metaFrom, type Item } from './model';

const TEXT =
  'Báo cáo năm 2025\nThứ hai - 05/01/2026\n' +
  'Kim ngạch xuất khẩu năm 2025 đạt 2 tỷ USD, tăng 5% so với năm 2024. Có 12 xã đạt chuẩn nông thôn mới.\n';

function setup() {
  const draft = draftReport(TEXT);
  if (!draft.ok) throw new Error(draft.reason);
  const meta = { ...metaFrom(draft.value, 'report.txt'), publisherVi: 'Ban thử', publisherEn: 'Test board' };
  return { items: itemsFrom(draft.value), meta };
}
const accept = (i: Item, en = 'Label'): Item => ({
  ...i,
  status: 'accepted',
  figure: { ...i.figure, label: { ...i.figure.label, en } },
});

describe('exportDatasets', () => {
  it('exports nothing until a person accepts a proposal', () => {
    const { items, meta } = setup();
    expect(items.every((i) => i.status === 'pending')).toBe(true);
    const r = exportDatasets(items, meta, TEXT);
    expect(r.ok).toBe(false);
  });

  it('exports only accepted figures, as files the dashboard parses', () => {
    const { items, meta } = setup();
    const r = exportDatasets([accept(items[0]!, 'Export turnover'), items[1]!], meta, TEXT);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.files.map((f) => f.name)).toEqual(['trade.json']);
    expect(r.leftOut).toBe(1);
    const parsed = parseDatasetText('trade.json', r.files[0]!.json);
    expect(parsed.ok && parsed.data.figures.map((f) => f.value)).toEqual([2000]);
  });

  it.each([
    ['an empty English label', (i: Item) => accept(i, ''), /label|empty/],
    ['a draft marker', (i: Item) => accept(i, '[DRAFT] x'), /draft/],
    [
      'a quote not in the text',
      (i: Item) => ({ ...accept(i), figure: { ...accept(i).figure, quote: 'khác' } }),
      /quote/,
    ],
    [
      'a value the schema refuses',
      (i: Item) => ({ ...accept(i), figure: { ...accept(i).figure, value: NaN } }),
      /finite/,
    ],
  ])('refuses %s', (_name, change, problem) => {
    const { items, meta } = setup();
    const r = exportDatasets([change(items[0]!)], meta, TEXT);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join('\n')).toMatch(problem);
  });

  it('refuses a missing publisher and a repeated id', () => {
    const { items, meta } = setup();
    const twice = [
      accept(items[0]!),
      { ...accept(items[1]!), figure: { ...accept(items[1]!).figure, id: items[0]!.figure.id } },
    ];
    const r = exportDatasets(twice, { ...meta, publisherEn: ' ' }, TEXT);
    expect(!r.ok && r.problems.join('\n')).toMatch(/publisherEn is empty[\s\S]*used twice/);
  });
});
