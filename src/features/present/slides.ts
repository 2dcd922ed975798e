/**
 * The deck's running order and its URL, known without loading the deck: the dashboard's "Present"
 * link needs the first slide of its section, and Esc needs the section of the current slide. Kept
 * free of React and chart code so the dashboard can import it for the cost of a few lines.
 */
import { OVERVIEW_KPIS } from '../../app/kpis';
import { SECTION_IDS, type SectionId } from '../../app/sections';
import { readViewState, writeViewState, type ThemeChoice } from '../../app/viewState';
import { CHART_IDS } from '../../charts/registry';
import type { DatasetId, Locale } from '../../data/schema';

export type KpiGroupId = 'trade' | 'investment' | 'business' | 'rural-rankings';

/**
 * The overview's key figures, two to a slide: two tiles in a row keep their numbers large enough to
 * read from the back of a hall at 1024×768. `headline` names the kind of finding the group states.
 */
export const KPI_GROUPS: ReadonlyArray<{
  id: KpiGroupId;
  figures: readonly string[];
  headline: 'growth' | 'targets' | 'standing';
}> = [
  { id: 'trade', figures: ['retail-sales-2023', 'exports-2023'], headline: 'growth' },
  {
    id: 'investment',
    figures: ['social-investment-capital', 'state-budget-revenue'],
    headline: 'targets',
  },
  { id: 'business', figures: ['fdi-added-capital', 'enterprises-new'], headline: 'targets' },
  { id: 'rural-rankings', figures: ['ntm-communes-total', 'pci-rank'], headline: 'standing' },
];

export function kpisOf(group: KpiGroupId): ReadonlyArray<readonly [DatasetId, string]> {
  const figures = KPI_GROUPS.find((g) => g.id === group)?.figures ?? [];
  return OVERVIEW_KPIS.filter(([, id]) => figures.includes(id));
}

export type SlideSpec =
  | { kind: 'title'; section: SectionId }
  | { kind: 'kpis'; group: KpiGroupId; section: SectionId }
  | { kind: 'chart'; chartId: string; section: SectionId }
  | { kind: 'sources'; section: SectionId };

/** Title, the key figures, every chart in the dashboard's order, then the sources. */
export const SLIDES: readonly SlideSpec[] = [
  { kind: 'title', section: 'overview' },
  ...KPI_GROUPS.map((g): SlideSpec => ({ kind: 'kpis', group: g.id, section: 'overview' })),
  ...SECTION_IDS.flatMap((section) =>
    CHART_IDS[section].map((chartId): SlideSpec => ({ kind: 'chart', chartId, section })),
  ),
  // The overview ends the dashboard's tour too: its footer carries the source.
  { kind: 'sources', section: 'overview' },
];

export const SLIDE_COUNT = SLIDES.length;

/** Slides are numbered from 1, as the presenter reads them. */
export function clampSlide(n: number): number {
  return Math.min(SLIDE_COUNT, Math.max(1, Math.trunc(n)));
}

export function slideAt(n: number): SlideSpec {
  return SLIDES[clampSlide(n) - 1]!;
}

export function firstSlideOf(section: SectionId): number {
  return SLIDES.findIndex((s) => s.section === section) + 1;
}

/** Auto-advance stays between 1 s (anything faster cannot be read) and an hour. */
export const AUTO_MIN_S = 1;
export const AUTO_MAX_S = 3600;

export interface DeckParams {
  slide: number;
  /** Seconds per slide in kiosk mode, or null. */
  auto: number | null;
}

export function readDeckParams(search: string): DeckParams {
  const p = new URLSearchParams(search);
  const slide = Number.parseInt(p.get('slide') ?? '', 10);
  const section = readViewState(search).section;
  const auto = Number(p.get('auto') ?? NaN);
  return {
    slide: Number.isFinite(slide) ? clampSlide(slide) : p.has('section') ? firstSlideOf(section) : 1,
    auto: Number.isFinite(auto) && auto >= AUTO_MIN_S && auto <= AUTO_MAX_S ? auto : null,
  };
}

/** `?present&slide=3`, not `?present=&slide=3`: flags stay flags. */
function toSearch(p: URLSearchParams): string {
  const out = p.toString().replace(/=(?=&|$)/g, '');
  return out ? `?${out}` : '';
}

/** The deck's URL at another slide, keeping lang, auto and anything else; the slide now names the section. */
export function withSlide(search: string, slide: number): string {
  const p = new URLSearchParams(search);
  p.delete('section');
  p.set('slide', String(clampSlide(slide)));
  return toSearch(p);
}

/** The dashboard's link into the deck, at the first slide of the section on screen. */
export function presentHref(section: SectionId, lang: Locale, theme: ThemeChoice): string {
  const p = new URLSearchParams();
  p.set('present', '');
  p.set('slide', String(firstSlideOf(section)));
  if (lang !== 'vi') p.set('lang', lang);
  // The deck has one projector theme; the dashboard's choice rides along for the way back.
  if (theme !== 'system') p.set('theme', theme);
  return `./${toSearch(p)}`;
}

/** Where Esc goes: the dashboard, on the section of this slide, in the same language and theme. */
export function dashboardHref(search: string, slide: number): string {
  const { lang, theme } = readViewState(search);
  return `./${writeViewState('', { section: slideAt(slide).section, lang, theme })}`;
}
