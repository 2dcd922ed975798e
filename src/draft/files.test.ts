import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse';
import { draftReport } from './draft';
import { draftFiles, hasDraftMark } from './files';

const TEXT =
  'Báo cáo năm 2025\nThứ hai - 05/01/2026\n' +
  'Kim ngạch xuất khẩu năm 2025 đạt 2 tỷ USD, tăng 5% so với năm 2024. Có 12 xã đạt chuẩn nông thôn mới.\n';

describe('draftFiles', () => {
  const draft = draftReport(TEXT);
  if (!draft.ok) throw new Error(draft.reason);
  const files = draftFiles(draft.value, 'report.txt', TEXT.length);
  if (!files.ok) throw new Error(files.reason);

  it('writes dataset files that the app parses', () => {
    expect(files.value.datasets.map((d) => d.id)).toEqual(['rural', 'trade']);
    for (const d of files.value.datasets) expect(parseDataset(`${d.id}.json`, d).ok).toBe(true);
  });

  it('marks every label and the unknown publisher as a draft', () => {
    for (const d of files.value.datasets) {
      expect(hasDraftMark(d.source.publisher.vi) && hasDraftMark(d.source.publisher.en)).toBe(true);
      for (const f of d.figures) expect(hasDraftMark(f.label.vi) && hasDraftMark(f.label.en)).toBe(true);
    }
  });

  it('keeps spans, flags and the unreviewed status in the sidecar', () => {
    const { figures, skipped } = files.value.sidecar;
    expect(figures).toHaveLength(2);
    for (const f of figures) {
      expect(f.status).toBe('unreviewed');
      const quote = files.value.datasets.flatMap((d) => d.figures).find((x) => x.id === f.id)!.quote;
      expect(TEXT.slice(...f.span)).toBe(quote);
    }
    expect(skipped.map((s) => s.reason)).toContain('date');
  });

  it('needs the report date', () => {
    const undated = draftReport('Báo cáo năm 2025\nCó 12 xã.\n');
    if (!undated.ok) throw new Error(undated.reason);
    expect(draftFiles(undated.value, 'r.txt', 1).ok).toBe(false);
  });
});
