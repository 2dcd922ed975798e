/**
 * embeds.json: every embeddable id with its titles in both languages, its
 * section and its address relative to the dashboard, for editors and the CMS.
 * Titles come from the chart definitions themselves, so they state the same
 * findings the charts do.
 */
import type { Datasets } from '../charts/model';
import type { Kinds } from '../charts/registry';
import type { ChartsFile } from '../data/chartsFile';
import { PALETTES } from '../charts/palettes';
import type { Bilingual } from '../data/schema';
import { t } from '../i18n/messages';
import { embedIdsOf, embedPath, resolveEmbed } from './catalog';

export interface EmbedEntry {
  id: string;
  section: string;
  title: Bilingual;
  url: string;
  /** A starting height for a fixed iframe, in px, before embed.js adjusts it. */
  height: number;
}

export function embedManifest(data: Datasets, file: ChartsFile, kinds: Kinds): EmbedEntry[] {
  return embedIdsOf(file).map((id) => {
    const target = resolveEmbed(id, file)!;
    let title: Bilingual;
    let height: number;
    if (target.kind === 'chart') {
      const def = kinds.chartDefOf(file.charts.find((c) => c.id === id)!);
      const build = (locale: 'vi' | 'en') => def.build(data, { locale, palette: PALETTES.light });
      title = { vi: build('vi').title, en: build('en').title };
      height = build('vi').height + 260;
    } else if (target.figures.length > 1) {
      title = { vi: t('vi', 'keyFigures'), en: t('en', 'keyFigures') };
      height = 1000;
    } else {
      const [ds, figureId] = target.figures[0]!;
      const f = data[ds]!.figures.find((x) => x.id === figureId)!;
      title = { vi: f.label.vi, en: f.label.en };
      height = 300;
    }
    return { id, section: target.section, title, url: embedPath(id), height };
  });
}
