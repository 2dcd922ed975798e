/**
 * What can be embedded: every chart, the overview's KPI cards as a group, and
 * each KPI card alone. Pure, so the share control, embeds.json and the embed
 * page agree on the same ids.
 */
import { OVERVIEW_KPIS } from '../app/kpis';
import type { SectionId } from '../app/sections';
import { CHART_IDS, sectionOfChart } from '../charts/registry';
import type { DatasetId } from '../data/ids';

export const KPI_GROUP_ID = 'overview-kpis';

export type EmbedTarget =
  | { kind: 'chart'; id: string; section: SectionId }
  | { kind: 'kpis'; id: string; section: 'overview'; figures: ReadonlyArray<readonly [DatasetId, string]> };

export const kpiEmbedId = (figureId: string) => `kpi-${figureId}`;

export function resolveEmbed(id: string): EmbedTarget | undefined {
  if (id === KPI_GROUP_ID) return { kind: 'kpis', id, section: 'overview', figures: OVERVIEW_KPIS };
  const kpi = OVERVIEW_KPIS.find(([, f]) => kpiEmbedId(f) === id);
  if (kpi) return { kind: 'kpis', id, section: 'overview', figures: [kpi] };
  const section = sectionOfChart(id);
  return section ? { kind: 'chart', id, section } : undefined;
}

/** Every embeddable id, in the dashboard's order. */
export const EMBED_IDS: readonly string[] = [
  KPI_GROUP_ID,
  ...OVERVIEW_KPIS.map(([, f]) => kpiEmbedId(f)),
  ...Object.values(CHART_IDS).flat(),
];

/** The embed's address relative to the dashboard's folder. */
export function embedPath(id: string, params: { lang?: string; theme?: string } = {}): string {
  const p = new URLSearchParams({ embed: id });
  if (params.lang && params.lang !== 'vi') p.set('lang', params.lang);
  if (params.theme && params.theme !== 'system') p.set('theme', params.theme);
  return `./?${p.toString()}`;
}
