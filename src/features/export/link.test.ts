import { describe, expect, it } from 'vitest';
import type { ViewState } from '../../data/url';
import { exportFileName } from './download';
import { chartLink } from './link';

describe('chartLink', () => {
  it.each<[string, ViewState, string, string]>([
    [
      'https://x.vn/dashboard/?section=trade',
      { section: 'trade', lang: 'vi', theme: 'system' },
      'trade-exports',
      'https://x.vn/dashboard/?section=trade&lang=vi#chart-trade-exports',
    ],
    [
      'https://x.vn/dashboard/?section=trade&lang=en&theme=dark&utm=1#old',
      { section: 'investment', lang: 'en', theme: 'dark' },
      'investment-budget',
      'https://x.vn/dashboard/?section=investment&lang=en&theme=dark#chart-investment-budget',
    ],
    [
      'file:///C:/Users/a/binh-phuoc-2023.html',
      { section: 'overview', lang: 'vi', theme: 'light' },
      'overview-plan',
      'file:///C:/Users/a/binh-phuoc-2023.html?section=overview&lang=vi&theme=light#chart-overview-plan',
    ],
  ])('%s → %s', (href, view, id, out) => expect(chartLink(href, view, id)).toBe(out));
});

describe('exportFileName', () => {
  it.each<[string, 'png' | 'csv' | 'json' | 'svg', string]>([
    ['trade-exports', 'png', 'binh-phuoc-2023-trade-exports.png'],
    ['số liệu Đề án 06', 'csv', 'binh-phuoc-2023-so-lieu-de-an-06.csv'],
    ['../../etc/passwd', 'json', 'binh-phuoc-2023-etc-passwd.json'],
    ['', 'svg', 'binh-phuoc-2023.svg'],
  ])('%j (%s) → %s', (stem, ext, name) => expect(exportFileName(stem, ext)).toBe(name));
});
