/**
 * The deck's running order and its URL, known without loading the deck: the dashboard's "Present"
 * link needs the first slide of its section, and Esc needs the section of the current slide. Kept
 * free of React and chart code so the dashboard can import it for the cost of a few lines.
 */
import { SECTION_IDS, type SectionId } from '../../data/sections';
import { pageHref, parseUrl, readViewState, writeViewState, type ViewState } from '../../data/url';
import { splitRef, type ChartsFile, type KpiSlideDecl } from '../../data/chartsFile';
import type { DatasetId } from '../../data/schema';

export type SlideSpec =
  | { kind: 'title'; section: SectionId }
  | { kind: 'kpis'; group: KpiSlideDecl; section: SectionId }
  | { kind: 'chart'; chartId: string; section: SectionId }
  | { kind: 'sources'; section: SectionId };

/**
 * Title, the key figures as charts.json groups them (a few to a slide: two tiles in a row keep their
 * numbers large enough to read from the back of a hall at 1024×768), every chart in the dashboard's
 * order, then the sources.
 */
export function buildSlides(file: ChartsFile): SlideSpec[] {
  return [
    { kind: 'title', section: 'overview' },
    ...file.kpiSlides.map((group): SlideSpec => ({ kind: 'kpis', group, section: 'overview' })),
    ...SECTION_IDS.flatMap((section) =>
      file.charts
        .filter((c) => c.section === section)
        .map((c): SlideSpec => ({ kind: 'chart', chartId: c.id, section })),
    ),
    // The overview ends the dashboard's tour too: its footer carries the source.
    { kind: 'sources', section: 'overview' },
  ];
}

/** The figures of a key-figure slide, as dataset and id. */
export function kpisOf(group: KpiSlideDecl): ReadonlyArray<readonly [DatasetId, string]> {
  return group.figures.map((r) => {
    const { dataset, figure } = splitRef(r);
    return [dataset, figure] as const;
  });
}

/** Slides are numbered from 1, as the presenter reads them. */
export function clampSlide(slides: readonly SlideSpec[], n: number): number {
  return Math.min(slides.length, Math.max(1, Math.trunc(n)));
}

export function slideAt(slides: readonly SlideSpec[], n: number): SlideSpec {
  return slides[clampSlide(slides, n) - 1]!;
}

export function firstSlideOf(slides: readonly SlideSpec[], section: SectionId): number {
  return slides.findIndex((s) => s.section === section) + 1;
}

export { AUTO_MAX_S, AUTO_MIN_S, withSlide } from '../../data/url';

export interface DeckParams {
  slide: number;
  /** Seconds per slide in kiosk mode, or null. */
  auto: number | null;
}

/** Without a slide the deck opens at the first slide of the URL's section (the overview's is the title). */
export function readDeckParams(search: string, slides: readonly SlideSpec[]): DeckParams {
  const { slide, section, auto } = parseUrl(search);
  return {
    slide: slide !== undefined ? clampSlide(slides, slide) : Math.max(1, firstSlideOf(slides, section)),
    auto: auto ?? null,
  };
}

/**
 * The dashboard's link into the deck, at the first slide of the section on screen: the deck finds
 * that slide itself, once it has read the report's structure.
 */
export function presentHref({ section, lang, theme, edition }: ViewState): string {
  return pageHref({ page: 'deck', section, lang, theme, ...(edition ? { edition } : {}) });
}

/** Where Esc goes: the dashboard, on the section of this slide, in the same language and theme. */
export function dashboardHref(search: string, slides: readonly SlideSpec[], slide: number): string {
  return `./${writeViewState('', { ...readViewState(search), section: slideAt(slides, slide).section })}`;
}
