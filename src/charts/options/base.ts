/**
 * What every chart option shares: HTML escaping for tooltips, the canvas font, palette-scaled sizes,
 * axis lines and the option's common top level. The builders beside this file (bar, slope, donut) are
 * named pure functions that turn a chart's series into an ECharts option; each is deterministic: the
 * same spec always gives an equal option.
 */
import { escapeHtml } from '../../i18n/html';
import type { ChartOption, Palette } from '../model';

/** ECharts renders tooltips as HTML: every text from a dataset goes through this (src/i18n/html.ts). */
export { escapeHtml };

/** Canvas text needs a real family list: "inherit" is not a valid canvas font and falls back to 10px. */
export const CHART_FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** Below this container width (phones, narrow article columns) charts tighten their text. */
export const NARROW_WIDTH = 440;

/** A fixed layout size in px, grown with the palette's scale (unchanged when it has none). */
export function px(p: Palette, n: number): number {
  return p.scale === undefined ? n : Math.round(n * p.scale);
}

/**
 * Line height for labels that wrap: Vietnamese stacks diacritics above and below, and ECharts' default
 * (the font size) lets wrapped lines touch or overprint.
 */
export function wrapLineHeight(p: Palette) {
  return { lineHeight: Math.round(p.fontSize * 1.25) };
}

/** A stroke width in px, in proportion to the palette's line width. */
export function stroke(p: Palette, n: number): number {
  return n * (p.lineWidth ?? 1);
}

/** An axis line; the width is left to ECharts' default unless the palette asks for thicker lines. */
export function axisLineStyle(p: Palette) {
  return p.lineWidth === undefined ? { color: p.axis } : { color: p.axis, width: p.lineWidth };
}

/**
 * Split lines across the plot, or none: without them the value axis draws its own line so the
 * scale keeps a visible edge.
 */
export function valueAxisLines(p: Palette) {
  return p.gridLines === false
    ? { splitLine: { show: false }, axisLine: { show: true, lineStyle: axisLineStyle(p) } }
    : { splitLine: { lineStyle: { color: p.axis, opacity: 0.35 } } };
}

export function textStyle(p: Palette) {
  return { color: p.text, fontSize: p.fontSize, fontFamily: CHART_FONT };
}

export function baseOption(p: Palette, description: string): ChartOption {
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: textStyle(p),
    aria: { enabled: true, label: { enabled: true, description } },
  };
}
