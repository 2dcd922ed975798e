import { describe, expect, it } from 'vitest';
import { EXPORT_WIDTH, exportLayout, fontFor, PADDING, PNG_SCALE, wrapText, type Measure } from './layout';

/** Every character 10 px wide: predictable lines. */
const mono: Measure = (text) => text.length * 10;
const inner = EXPORT_WIDTH - 2 * PADDING; // 912 px: 91 characters

describe('wrapText', () => {
  it.each<[string, number, string[]]>([
    ['', 100, []],
    ['   ', 100, []],
    ['một hai ba', 100, ['một hai ba']],
    ['một hai ba', 70, ['một hai', 'ba']],
    ['một  hai\nba', 70, ['một hai', 'ba']],
    ['abcdefghijkl', 50, ['abcde', 'fghij', 'kl']],
    ['ab abcdefghijkl cd', 50, ['ab', 'abcde', 'fghij', 'kl cd']],
  ])('%j in %d px → %j', (text, width, lines) => expect(wrapText(text, width, '', mono)).toEqual(lines));

  it('never returns a line wider than asked, whatever the text', () => {
    const text = 'Bán lẻ và dịch vụ tiêu dùng tăng 8,74% cả năm, chậm hơn mức 19,65% của 10 tháng '.repeat(5);
    for (const w of [30, 95, 333, 912])
      for (const l of wrapText(text, w, '', mono)) expect(mono(l, '')).toBeLessThanOrEqual(w);
  });
});

describe('exportLayout', () => {
  const line = (n: number) => 'x'.repeat(n);
  // Height = padding + title lines × 26 + 4 + subtitle lines × 20 + 12 + chart + 12 + note lines × 18 + 4 between notes + padding.
  it.each<[string, { title: string; subtitle: string; notes: string[] }, number, number]>([
    [
      'one line each, no notes',
      { title: 't', subtitle: 's', notes: [] },
      300,
      24 + 26 + 4 + 20 + 12 + 300 + 12 + 24,
    ],
    [
      'a title of two lines',
      { title: line(91) + ' y', subtitle: 's', notes: [] },
      300,
      24 + 52 + 4 + 20 + 12 + 300 + 12 + 24,
    ],
    [
      'two notes, the second of two lines',
      { title: 't', subtitle: 's', notes: ['n', `${line(91)} z`] },
      340,
      24 + 26 + 4 + 20 + 12 + 340 + 12 + 18 + 4 + 36 + 24,
    ],
    [
      'a chart height that is not whole',
      { title: 't', subtitle: 's', notes: ['n'] },
      250.4,
      24 + 26 + 4 + 20 + 12 + 250 + 12 + 18 + 24,
    ],
  ])('%s', (_name, texts, chartHeight, height) => {
    const layout = exportLayout(texts, chartHeight, mono);
    expect(layout.width).toBe(EXPORT_WIDTH);
    expect(layout.height).toBe(height);
    expect(layout.chart).toEqual({
      x: PADDING,
      y: 24 + 26 * (texts.title.length > 91 ? 2 : 1) + 4 + 20 + 12,
      width: inner,
      height: Math.round(chartHeight),
    });
  });

  it('puts the title above the chart and the notes below it, all inside the image', () => {
    const layout = exportLayout(
      { title: 'Tiêu đề', subtitle: 'Tỷ đồng', notes: ['Nguồn', '≈ suy ra'] },
      300,
      mono,
    );
    const roles = layout.lines.map((l) => l.role);
    expect(roles).toEqual(['title', 'subtitle', 'note', 'note']);
    const [title, subtitle, ...notes] = layout.lines;
    expect(title!.y).toBeLessThan(subtitle!.y);
    expect(subtitle!.y).toBeLessThan(layout.chart.y);
    for (const n of notes) expect(n.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
    for (const l of layout.lines) {
      expect(l.x + mono(l.text, fontFor(l.role))).toBeLessThanOrEqual(layout.width - PADDING);
      expect(l.y).toBeLessThan(layout.height);
    }
  });

  it('gives whole pixels, so the PNG is exactly twice the layout', () => {
    const layout = exportLayout({ title: 'a', subtitle: 'b', notes: ['c'] }, 333.3, (t) => t.length * 7.3);
    expect(Number.isInteger(layout.height)).toBe(true);
    expect(PNG_SCALE).toBe(2);
    expect(layout.width * PNG_SCALE).toBe(1920);
  });
});
