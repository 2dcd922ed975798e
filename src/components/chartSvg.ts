/**
 * Charts drawn at build time (src/prerender): a page built in advance carries each chart as SVG, shown
 * until ECharts has drawn the live chart over it. At build time the source draws the option with
 * ECharts' server-side renderer; in the browser it hands back the SVG the page arrived with, so the
 * first render shows exactly what was painted before any script ran.
 */
import { createContext, useContext } from 'react';
import type { ChartModel } from '../charts/model';
import type { ResolvedTheme } from '../charts/palettes';

/** A chart's model in either theme's palette: the build draws both, the browser needs neither. */
export type ChartInTheme = (theme: ResolvedTheme) => Pick<ChartModel, 'option' | 'height'>;

/** The charts a page was built with, by a key unique on its page (the chart's id). */
export interface ChartSvgSource {
  /**
   * The chart's SVG markup, in both palettes (base.css shows the reader's theme), or nothing (draw
   * only live).
   */
  svg: (key: string, chart: ChartInTheme) => string | undefined;
  /** Whether this chart is built here: its SVG came with the page (or is being drawn for it). */
  built: (key: string) => boolean;
}

export const NO_BUILT_CHARTS: ChartSvgSource = { svg: () => undefined, built: () => false };

export const ChartSvgContext = createContext<ChartSvgSource>(NO_BUILT_CHARTS);

export const useChartSvg = (key: string, chart: ChartInTheme | undefined) => {
  const source = useContext(ChartSvgContext);
  return chart ? source.svg(key, chart) : undefined;
};

/** Whether a chart is built in this page (see ChartSvgSource.built). */
export const useIsChartBuilt = () => useContext(ChartSvgContext).built;

/**
 * The widths a chart card's plot has (px), at which charts are built: a phone's one column (390 px
 * screen), and a card of the two-column layout (1366 px). base.css shows the narrow one in a box
 * narrower than WIDE_FROM.
 */
export const SVG_WIDTHS = { narrow: 332, wide: 609 } as const;
export const WIDE_FROM = 480;

/** The built SVG's width in a box this wide, and whether it still reads as drawn for the box. */
export function builtFits(boxWidth: number): boolean {
  const svg = boxWidth < WIDE_FROM ? SVG_WIDTHS.narrow : SVG_WIDTHS.wide;
  // Narrower, it would be cut; much wider, it would sit in the middle of an empty card.
  return boxWidth >= svg && boxWidth <= svg * 1.25;
}

/** The attribute that names a built chart's SVG in the page. */
export const SSR_KEY_ATTRIBUTE = 'data-ssr-key';

/** The built charts' SVGs of this page, read once before the app replaces the markup they are in. */
export function capturedSvgs(root: ParentNode): ChartSvgSource {
  const svgs = new Map<string, string>();
  root.querySelectorAll<HTMLElement>(`[${SSR_KEY_ATTRIBUTE}]`).forEach((el) => {
    svgs.set(el.getAttribute(SSR_KEY_ATTRIBUTE)!, el.innerHTML);
  });
  return { svg: (key) => svgs.get(key), built: (key) => svgs.has(key) };
}
