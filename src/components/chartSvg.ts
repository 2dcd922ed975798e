/**
 * Charts drawn at build time (src/prerender): a page built in advance carries each chart as SVG, shown
 * until ECharts has drawn the live chart over it. At build time the source draws the option with
 * ECharts' server-side renderer; in the browser it hands back the SVG the page arrived with, so the
 * first render shows exactly what was painted before any script ran.
 */
import { createContext, useContext } from 'react';
import type { ChartOption } from '../charts/model';

/** The chart's SVG markup by a key unique on its page, or nothing (draw only live). */
export type ChartSvgSource = (key: string, option: ChartOption, height: number) => string | undefined;

export const ChartSvgContext = createContext<ChartSvgSource>(() => undefined);

export const useChartSvg = (key: string, option: ChartOption | undefined, height: number) => {
  const source = useContext(ChartSvgContext);
  return option ? source(key, option, height) : undefined;
};

/** The attribute that names a built chart's SVG in the page. */
export const SSR_KEY_ATTRIBUTE = 'data-ssr-key';

/** The built charts' SVGs of this page, read once before the app replaces the markup they are in. */
export function capturedSvgs(root: ParentNode): ChartSvgSource {
  const svgs = new Map<string, string>();
  root.querySelectorAll<HTMLElement>(`[${SSR_KEY_ATTRIBUTE}]`).forEach((el) => {
    svgs.set(el.getAttribute(SSR_KEY_ATTRIBUTE)!, el.innerHTML);
  });
  return (key) => svgs.get(key);
}
