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
/** The chart's tooltip texts by item (a JSON block: src/prerender/tooltips.ts). */
export const TOOLTIPS_ATTR = 'data-embed-tooltips';

/** The least height a chart is drawn at before its page scrolls instead: labels stay apart. */
export const chartMinHeight = (preferred: number) =>
  Math.min(preferred, Math.max(200, Math.round(preferred * 0.6)));

/** The chart card's padding left and right (embed.css `.embed main > .chart-card`). */
const CARD_PADDING_X = 32;

/**
 * The widths the chart's SVG is built at: the chart box of an iframe as wide as each common article
 * width (fit.ts: phones at 320 and 375 px, a news site's column at 640 and 768 px), and of frames of
 * 960 and 1200 px (a page's full width), less the card's padding. The responsive snippet makes the
 * frame 100 % of the article's column and embed.js gives it the page's natural height, so in those
 * frames the built chart is exactly the size the live one would be, and no chart code is needed (the
 * SVG answers the pointer: tooltip.ts). Other widths show the nearest SVG scaled to the box, and the
 * live chart when scaling would show (svgFitsBox). Each SVG costs a few hundred bytes gzip: they differ
 * little.
 */
export const SVG_WIDTHS = [...ARTICLE_WIDTHS, 960, 1200].map((w) => w - CARD_PADDING_X);

/**
 * The SVG that CSS shows in a chart box of this width: the nearest of SVG_WIDTHS, switching halfway
 * between two (embed.css writes the same limits as container queries: 316, 476, 672, 832, 1048 px).
 */
export function svgWidthFor(boxWidth: number): number {
  let best = SVG_WIDTHS[0]!;
  for (const w of SVG_WIDTHS) if (boxWidth >= (best + w) / 2) best = w;
  return best;
}

/** How far the built SVG may be scaled, and how much of its box it may leave empty, and still stand in. */
export const SVG_SLACK = 0.15;

/**
 * Whether the built SVG, scaled to fit a box of this size (CSS keeps its proportions), still looks as
 * the live chart would: text scaled by at most 15 %, and at most 15 % of the box's width or height
 * left empty. Otherwise the live chart is drawn for the box (takeover.ts).
 */
export function svgFitsBox(box: { width: number; height: number }, svgHeight: number): boolean {
  const width = svgWidthFor(box.width);
  const scale = Math.min(box.width / width, box.height / svgHeight);
  return (
    Math.abs(scale - 1) <= SVG_SLACK &&
    (width * scale) / box.width >= 1 - SVG_SLACK &&
    (svgHeight * scale) / box.height >= 1 - SVG_SLACK
  );
}
