/**
 * What a built embed page (src/prerender/embed.tsx) and its script (takeover.ts) agree on: the
 * attributes the script finds its parts by, and the widths the chart is built at. Pure: the build
 * and the browser read the same constants.
 */
import { ARTICLE_WIDTHS } from './fit';

/** The table button (aria-pressed), the language link, and the slot of the series across reports. */
export const TOGGLE_ATTR = 'data-embed-toggle';
export const LANG_ATTR = 'data-embed-lang';
export const SERIES_ATTR = 'data-embed-series';

/** The least height a chart is drawn at before its page scrolls instead: labels stay apart. */
export const chartMinHeight = (preferred: number) =>
  Math.min(preferred, Math.max(200, Math.round(preferred * 0.6)));

/** The chart card's padding left and right (embed.css `.embed main > .chart-card`). */
const CARD_PADDING_X = 32;

/**
 * The widths the chart's SVG is built at: the chart box of an iframe as wide as each common article
 * width (fit.ts: phones at 320 and 375 px, a news site's column at 640 and 768 px), less the card's
 * padding. The responsive snippet makes the frame 100 % of the article's column and embed.js gives it
 * the page's natural height, so in those frames the built chart is exactly the size the live one would
 * be: the chart code is not needed to show it, only to answer the reader's pointer (see takeover.ts).
 * Other widths show the nearest SVG scaled to the box, until the live chart draws.
 */
export const SVG_WIDTHS = ARTICLE_WIDTHS.map((w) => w - CARD_PADDING_X);

/**
 * The SVG that CSS shows in a chart box of this width: the nearest of SVG_WIDTHS, switching halfway
 * between two (embed.css writes the same limits as container queries: 316, 476 and 672 px).
 */
export function svgWidthFor(boxWidth: number): number {
  let best = SVG_WIDTHS[0]!;
  for (const w of SVG_WIDTHS) if (boxWidth >= (best + w) / 2) best = w;
  return best;
}

/** Pixels a box may differ from the built SVG before the SVG would show visibly scaled or letterboxed. */
export const SVG_TOLERANCE = 8;

/** Whether the built SVG shows in this box as the live chart would draw it (so nothing need redraw). */
export function svgFitsBox(box: { width: number; height: number }, svgHeight: number): boolean {
  const width = svgWidthFor(box.width);
  return Math.abs(box.width - width) <= SVG_TOLERANCE && Math.abs(box.height - svgHeight) <= SVG_TOLERANCE;
}
