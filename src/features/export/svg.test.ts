import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRaw } from '../../../tests/unit/fixtures';
import { CHARTS } from '../../../tests/shipped';
import type { Datasets } from '../../charts/model';
import { PALETTES } from '../../charts/palettes';
import { DATASET_IDS } from '../../data/schema';
import { exportLayout, type Measure } from './layout';
import { composeSvg, escapeXml, renderChartSvg, stripXmlForbidden } from './svg';

const mono: Measure = (text) => text.length * 8;

beforeEach(() => {
  // jsdom has no canvas: ECharts then estimates text widths, as it does on a server.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => vi.restoreAllMocks());

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** Anything in the file that could run or fetch. */
function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.getElementsByTagName('*')) {
    const name = el.localName.toLowerCase();
    if (['script', 'foreignobject', 'iframe', 'image', 'use', 'a'].includes(name)) found.push(name);
    for (const a of el.attributes) {
      // Namespace declarations name a URI; nothing is fetched from them.
      if (a.name.startsWith('xmlns')) continue;
      if (/^on/i.test(a.name) || /^\s*(javascript|https?|data):/i.test(a.value))
        found.push(`${name}[${a.name}]`);
    }
  }
  return found;
}

describe('escapeXml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onload="alert(1)', '&quot; onload=&quot;alert(1)'],
    ["a & b's", 'a &amp; b&apos;s'],
    ['Tỷ đồng', 'Tỷ đồng'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
  ])('%j → %j', (input, out) => expect(escapeXml(input)).toBe(out));

  it('drops only the characters XML forbids', () =>
    expect(stripXmlForbidden('a\u000Bb\uFFFEc\u00e9')).toBe('abcé'));
});

describe('composeSvg', () => {
  const hostile = '<script>alert(1)</script>" onload="alert(2)&\u0001';
  it('is well-formed, sized as the layout, with every text escaped', () => {
    const layout = exportLayout({ title: hostile, subtitle: 'Tỷ đồng', notes: [hostile] }, 200, mono);
    const inner =
      '<svg xmlns="http://www.w3.org/2000/svg" width="912" height="200"><rect width="10" height="10"/></svg>';
    const doc = parseSvg(composeSvg(layout, inner, PALETTES.dark, hostile));
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(layout.width));
    expect(root.getAttribute('height')).toBe(String(layout.height));
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(hostile.replace('\u0001', ''));
    expect(root.getElementsByTagName('rect')[0]!.getAttribute('fill')).toBe(PALETTES.dark.background);
    expect(activeContent(doc)).toEqual([]);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent).join(' ');
    expect(texts).toContain('<script>');
  });
});

describe('renderChartSvg with ECharts’ own SVG renderer', () => {
  const data: Datasets = Object.fromEntries(DATASET_IDS.map((id) => [id, loadRaw(id)]));
  const def = CHARTS.find((c) => c.id === 'trade-exports')!;

  it('draws a chart whose labels hold markup as text, not as elements', async () => {
    const evil = structuredClone(data);
    const f = evil.trade!.figures.find((x) => x.id === 'exports-2023')!;
    f.label = { vi: '<img src=x onerror=alert(1)>', en: '"><script>alert(1)</script>' };
    f.shortLabel = f.label;
    const model = def.build(evil, { locale: 'en', palette: PALETTES.light });
    const chart = await renderChartSvg(model.option, 600, model.height);
    const layout = exportLayout(
      { title: model.title, subtitle: model.subtitle, notes: [] },
      model.height,
      mono,
    );
    const doc = parseSvg(composeSvg(layout, chart, PALETTES.light, model.title));
    expect(activeContent(doc)).toEqual([]);
    expect(doc.getElementsByTagName('svg').length).toBe(2);
  });

  it.each(CHARTS.map((c) => [c.id, c] as const))('%s renders to well-formed SVG', async (_id, c) => {
    const model = c.build(data, { locale: 'vi', palette: PALETTES.light });
    const doc = parseSvg(await renderChartSvg(model.option, 912, model.height));
    expect(doc.documentElement.getAttribute('width')).toBe('912');
    expect(doc.getElementsByTagName('path').length + doc.getElementsByTagName('rect').length).toBeGreaterThan(
      0,
    );
  });
});
