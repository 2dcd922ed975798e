/**
 * An embed shows what the dashboard shows: for every chart and every key figure of the 2023 report, in
 * both languages, the embed's built page (src/prerender/embed.tsx) and the dashboard's built section
 * page (src/app/prerender.tsx) carry the same title, subtitle, chart description, figures, notes and
 * source sentences, and the embed's table has the rows of the dashboard's table view. Both are the
 * build's own renderers; only the chart SVGs are left out (drawing is tested in Chromium).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { editionDir, readCatalogue } from '../../scripts/data-files';
import { readEditionFiles, renderDashboard } from '../../src/app/prerender';
import { PALETTES } from '../../src/charts/palettes';
import { chartDefsOf, loadKinds } from '../../src/charts/registry';
import { DataTable } from '../../src/components/DataTable';
import { setHydrating } from '../../src/components/hydration';
import { splitRef } from '../../src/data/chartsFile';
import type { Locale } from '../../src/data/ids';
import { SECTIONS } from '../../src/data/sections';
import { kpiEmbedId, KPI_GROUP_ID } from '../../src/embed/catalog';
import { renderEmbed } from '../../src/prerender/embed';

// The SVGs themselves are checked by the browser tests of built pages; a stand-in keeps this test fast.
vi.mock('../../src/charts/echarts/ssr', () => ({ themedChartSvgs: () => '<svg></svg>' }));
// As at build time (no window) or while a built page is taken over: the notes are in the markup.
setHydrating(true);

const catalogue = readCatalogue();
const edition = catalogue.editions.find((e) => e.id === '2023')!;
const files = readEditionFiles((file) => readFileSync(join(editionDir('2023'), file), 'utf8'));

const parse = (markup: string) => {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
};
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map(text);

/** What a reader reads of a card's notes, whether its warnings are folded (an embed) or not. */
function notes(card: Element) {
  return {
    quotes: texts(card, '.quote-list li, blockquote'),
    formulas: texts(card, '.formula-list li'),
    figureNotes: texts(card, '.figure-note'),
    // Listed (a chart's notes, folded warnings) or one paragraph each (a figure card's).
    anomalies: texts(card, '.anomaly li, p.anomaly')
      .map((w) => w.replace(/^⚠ /, ''))
      .sort(),
  };
}

/** A key figure as a card shows it. */
function figure(card: Element) {
  return {
    label: text(card.querySelector('.figure-label')),
    value: text(card.querySelector('.figure-value')),
    period: text(card.querySelector('.figure-period')),
    comparisons: texts(card, '.comparisons li'),
    ...notes(card),
  };
}

describe.each(['vi', 'en'] as const)('the embed shows what the dashboard shows (%s)', (lang: Locale) => {
  const sections = new Map<string, Promise<Element>>();
  const dashboard = (section: (typeof SECTIONS)[number]['id']) => {
    let p = sections.get(section);
    if (!p) {
      p = renderDashboard({ catalogue, edition, ...files, section, lang }).then((b) => parse(b.markup));
      sections.set(section, p);
    }
    return p;
  };
  const embed = async (id: string) =>
    parse((await renderEmbed({ catalogue, edition, ...files, id, lang })).markup);

  it.each(files.chartsFile.charts.map((c) => [c.id, c.section] as const))('chart %s', async (id, section) => {
    const onDashboard = (await dashboard(section)).querySelector(`article.chart-card[data-chart-id="${id}"]`);
    const inEmbed = (await embed(id)).querySelector('article.chart-card');
    expect(onDashboard, id).not.toBeNull();
    expect(inEmbed, id).not.toBeNull();
    const read = (card: Element, heading: string) => ({
      title: text(card.querySelector(heading)),
      subtitle: text(card.querySelector('.subtitle')),
      description: card.querySelector('[role="img"]')?.getAttribute('aria-label'),
      source: text(card.querySelector('.source-line')),
      legend: text(card.querySelector('.legend-key')),
      ...notes(card),
    });
    const shown = read(onDashboard!, 'h3');
    expect(read(inEmbed!, 'h1')).toEqual(shown);
    expect(shown.title.length).toBeGreaterThan(0);
    expect(shown.quotes.length).toBeGreaterThan(0);
    // The dashboard's table is not in its built markup (its button needs scripts): rendered here as
    // the card renders it when the reader asks for it.
    const def = chartDefsOf(files.chartsFile, await loadKinds()).find((d) => d.id === id)!;
    const model = def.build(files.datasets, { locale: lang, palette: PALETTES.light });
    const table = parse(
      renderToStaticMarkup(<DataTable points={model.points} caption={model.title} locale={lang} />),
    );
    const rows = texts(inEmbed!, 'table tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(texts(table, 'table tbody tr'));
    expect(texts(inEmbed!, 'table thead th')).toEqual(texts(table, 'table thead th'));
  });

  const kpis = files.chartsFile.kpis.map((r) => splitRef(r).figure);
  it.each([...kpis.map((f) => [kpiEmbedId(f), [f]] as const), [KPI_GROUP_ID, kpis] as const])(
    'key figures %s',
    async (id, figures) => {
      const overview = await dashboard('overview');
      const page = await embed(id);
      for (const f of figures) {
        const onDashboard = overview.querySelector(`.kpi-grid .figure-card[data-figure-id="${f}"]`);
        const inEmbed = page.querySelector(`.figure-card[data-figure-id="${f}"]`);
        expect(onDashboard, f).not.toBeNull();
        expect(inEmbed, f).not.toBeNull();
        const shown = figure(onDashboard!);
        expect(figure(inEmbed!), f).toEqual(shown);
        expect(shown.value.length, f).toBeGreaterThan(0);
      }
      expect(page.querySelectorAll('.figure-card')).toHaveLength(figures.length);
    },
  );
});
