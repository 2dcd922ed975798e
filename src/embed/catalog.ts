/**
 * What can be embedded: every declared chart, the overview's KPI cards as a group, and each KPI card
 * alone. Pure, so the share control, embeds.json and the embed page agree on the same ids.
 */
import { splitRef, type ChartsFile } from '../data/chartsFile';
import type { DatasetId, Locale, SectionId } from '../data/ids';
import { builtEmbedHref, buildSearch, pageHref, type ThemeChoice } from '../data/url';

export const KPI_GROUP_ID = 'overview-kpis';

export type EmbedTarget =
  | { kind: 'chart'; id: string; section: SectionId }
  | { kind: 'kpis'; id: string; section: 'overview'; figures: ReadonlyArray<readonly [DatasetId, string]> };

export const kpiEmbedId = (figureId: string) => `kpi-${figureId}`;

const kpiPairs = (file: ChartsFile) =>
  file.kpis.map((r) => {
    const { dataset, figure } = splitRef(r);
    return [dataset, figure] as const;
  });

export function resolveEmbed(id: string, file: ChartsFile): EmbedTarget | undefined {
  const kpis = kpiPairs(file);
  if (id === KPI_GROUP_ID) return { kind: 'kpis', id, section: 'overview', figures: kpis };
  const kpi = kpis.find(([, f]) => kpiEmbedId(f) === id);
  if (kpi) return { kind: 'kpis', id, section: 'overview', figures: [kpi] };
  const chart = file.charts.find((c) => c.id === id) ?? file.bad.find((b) => b.id === id);
  return chart?.section ? { kind: 'chart', id, section: chart.section } : undefined;
}

/** Every embeddable id, in the dashboard's order. */
export function embedIdsOf(file: ChartsFile): string[] {
  return [KPI_GROUP_ID, ...kpiPairs(file).map(([, f]) => kpiEmbedId(f)), ...file.charts.map((c) => c.id)];
}

/**
 * The embed's address relative to the dashboard's folder: its page built in advance
 * (`./embed/2023/trade-exports.en.html?theme=dark`, scripts/prerender.ts) when the edition is named,
 * which every snippet and embeds.json do; else the page that finds the edition first (`./?embed=…`).
 */
export function embedPath(
  id: string,
  params: { lang?: string; theme?: string; edition?: string } = {},
): string {
  const view = {
    page: 'embed' as const,
    embedId: id,
    section: 'overview' as const,
    lang: (params.lang ?? 'vi') as Locale,
    theme: (params.theme ?? 'system') as ThemeChoice,
  };
  const built = params.edition && builtEmbedHref(buildSearch(view), params.edition);
  return built ? `./${built}` : pageHref(view);
}
