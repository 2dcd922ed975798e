import { CHARTS_FILE } from '../../tests/shipped';
import { describe, expect, it } from 'vitest';
import { embedIdsOf, resolveEmbed } from './catalog';
import { anyWidthHeight, chartEmbedHeight, heightsAt, lineCount } from './fit';
import { fixedSnippet, responsiveSnippet, type SnippetInput } from './snippet';

const input = (over: Partial<SnippetInput> = {}): SnippetInput => ({
  id: 'trade-exports',
  title: 'Xuất khẩu vượt kế hoạch',
  base: 'https://news.example.vn/dashboard/',
  lang: 'vi',
  height: 600,
  ...over,
});

describe('embed snippets', () => {
  it.each([
    [input(), 'https://news.example.vn/dashboard/?embed=trade-exports'],
    [input({ lang: 'en' }), 'https://news.example.vn/dashboard/?embed=trade-exports&amp;lang=en'],
    [input({ theme: 'dark' }), 'https://news.example.vn/dashboard/?embed=trade-exports&amp;theme=dark'],
    // With its edition named (as the share control and embeds.json always do): the page built for it.
    [input({ edition: '2023' }), 'https://news.example.vn/dashboard/embed/2023/trade-exports.html'],
    [
      input({ edition: '2023', lang: 'en', theme: 'dark' }),
      'https://news.example.vn/dashboard/embed/2023/trade-exports.en.html?theme=dark',
    ],
  ])('points the iframe at the embed page (%#)', (i, src) => {
    expect(responsiveSnippet(i)).toContain(`src="${src}"`);
    expect(fixedSnippet(i)).toContain(`src="${src}"`);
  });

  it('has a title and no border; the responsive one loads at once and loads embed.js from the dashboard', () => {
    const html = responsiveSnippet(input());
    expect(html).toMatch(/<iframe [^>]*title="Xuất khẩu vượt kế hoạch"/);
    // A lazy frame would report its height only as the reader reaches it: the page would jump.
    expect(html).not.toContain('loading="lazy"');
    expect(fixedSnippet(input())).toContain('loading="lazy"');
    expect(html).toContain('border:0');
    expect(html).toContain('data-dashboard-embed');
    expect(html).toContain('<script src="https://news.example.vn/dashboard/embed.js" async></script>');
    const fixed = fixedSnippet(input());
    expect(fixed).toContain('height="600"');
    expect(fixed).not.toContain('<script');
  });

  it('escapes hostile titles so they stay attribute text', () => {
    const html = responsiveSnippet(
      input({ title: '"><script>alert(1)</script><img src=x onerror=alert(1)>' }),
    );
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;');
    expect(html.match(/<script/g)).toHaveLength(1);
  });
});

describe('embed catalog', () => {
  it('resolves every listed id, and no other', () => {
    const ids = embedIdsOf(CHARTS_FILE);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(1 + CHARTS_FILE.kpis.length + CHARTS_FILE.charts.length);
    for (const id of ids) expect(resolveEmbed(id, CHARTS_FILE), id).toBeDefined();
    for (const id of ['', 'kpi-', 'kpi-nope', 'overview', 'trade-nope', 'constructor', '__proto__'])
      expect(resolveEmbed(id, CHARTS_FILE), id).toBeUndefined();
  });
});

describe('suggested heights', () => {
  it('wrap text at spaces', () => {
    expect(lineCount('', 10, 100)).toBe(1);
    expect(lineCount('aaaa bbbb', 10, 100)).toBe(1);
    expect(lineCount('aaaaa bbbbb', 10, 100)).toBe(2);
    expect(lineCount('a'.repeat(25), 10, 100)).toBe(3);
  });

  it('grow as the article column narrows, and the chart keeps its preferred height', () => {
    const c = {
      title: 'Xuất khẩu năm 2023 vượt kế hoạch và tăng so với năm 2022',
      subtitle: 'Triệu USD, năm 2022 và 2023',
      chartHeight: 340,
      notes: ['Câu trích từ nguồn (4)'],
      locale: 'vi' as const,
    };
    const h = heightsAt((w) => chartEmbedHeight(c, w));
    expect(h['320']).toBeGreaterThanOrEqual(h['375']);
    expect(h['375']).toBeGreaterThanOrEqual(h['640']);
    expect(h['640']).toBeGreaterThanOrEqual(h['768']);
    expect(h['768']).toBeGreaterThan(340 + 100);
    expect(anyWidthHeight(h)).toBe(h['320']);
  });
});
