/**
 * embeds.json: every embeddable id with its titles in both languages, its
 * section and its address relative to the dashboard, for editors and the CMS.
 * Titles come from the chart definitions themselves, so they state the same
 * findings the charts do.
 */
import type { ChartDef, Datasets } from '../charts/model';
import type { Kinds } from '../charts/registry';
import type { ChartsFile } from '../data/chartsFile';
import { PALETTES } from '../charts/palettes';
import { figureIdsOf, warningsFor } from '../charts/warnings';
import { deriveFigure } from '../data/derive';
import type { Bilingual } from '../data/schema';
import { t } from '../i18n/messages';
import { embedIdsOf, embedPath, resolveEmbed, type EmbedTarget } from './catalog';
import {
  anyWidthHeight,
  chartEmbedHeight,
  heightsAt,
  kpiEmbedHeight,
  noteSummaries,
  type SuggestedHeights,
} from './fit';

export interface EmbedEntry {
  id: string;
  /** The edition (report) the embed shows; its URL names it, so it never changes with a later report. */
  edition: string;
  section: string;
  title: Bilingual;
  url: string;
  /**
   * A fixed iframe height, in px, that shows the embed whole at any width from 320 px (the tallest of
   * `heights`); also the iframe's height before embed.js adjusts it.
   */
  height: number;
  /** The height the embed needs at each common article width (320, 375, 640, 768 px), Vietnamese. */
  heights: SuggestedHeights;
}

/** Suggested fixed heights of an embed, in one language, at the common article widths. */
export function suggestedHeights(
  data: Datasets,
  target: EmbedTarget,
  locale: 'vi' | 'en',
  def: ChartDef | undefined,
): SuggestedHeights | undefined {
  if (target.kind === 'chart') {
    if (!def) return undefined;
    const model = def.build(data, { locale, palette: PALETTES.light });
    const warnings = warningsFor(data, figureIdsOf(model.points));
    const input = {
      title: model.title,
      subtitle: model.subtitle,
      chartHeight: model.height,
      notes: noteSummaries(model.points, warnings, locale),
      locale,
    };
    return heightsAt((w) => chartEmbedHeight(input, w));
  }
  const cards = target.figures.flatMap(([ds, id]) => {
    const figure = data[ds]?.figures.find((x) => x.id === id);
    const dataset = data[ds];
    return figure && dataset
      ? [
          {
            figure,
            warnings: warningsFor({ [ds]: dataset }, new Set([id])).length,
            derived: deriveFigure(figure, dataset).length,
          },
        ]
      : [];
  });
  return heightsAt((w) => kpiEmbedHeight(cards, locale, w));
}

/** One edition's embeds; texts name that edition, so its catalogue entry must be the current one. */
export function embedManifest(data: Datasets, file: ChartsFile, kinds: Kinds, edition: string): EmbedEntry[] {
  return embedIdsOf(file).map((id) => {
    const target = resolveEmbed(id, file)!;
    let title: Bilingual;
    const decl = file.charts.find((c) => c.id === id);
    const def = decl ? kinds.chartDefOf(decl) : undefined;
    if (target.kind === 'chart') {
      if (!def) throw new Error(`charts.json: chart "${id}" cannot be used`);
      const build = (locale: 'vi' | 'en') => def.build(data, { locale, palette: PALETTES.light });
      title = { vi: build('vi').title, en: build('en').title };
    } else if (target.figures.length > 1) {
      title = { vi: t('vi', 'keyFigures'), en: t('en', 'keyFigures') };
    } else {
      const [ds, figureId] = target.figures[0]!;
      const f = data[ds]!.figures.find((x) => x.id === figureId)!;
      title = { vi: f.label.vi, en: f.label.en };
    }
    const heights = suggestedHeights(data, target, 'vi', def)!;
    return {
      id,
      edition,
      section: target.section,
      title,
      url: embedPath(id, { edition }),
      height: anyWidthHeight(heights),
      heights,
    };
  });
}
