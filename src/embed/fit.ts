/**
 * Suggested heights for a fixed-height iframe: the height an embed needs, at a given article width,
 * to show its chart at its preferred height with title, notes and footer (see the embed's layout in
 * embed.css). Estimated from text lengths without a browser, so the build (embeds.json) and the share
 * control agree. An estimate off by a line only makes the chart a little taller or shorter: the
 * chart takes what the frame leaves it. tests/browser/embed-fit.test.ts compares these with the
 * heights measured in Chromium, and fails when texts or styles drift away from the constants here.
 */
import type { Point } from '../charts/model';
import type { CheckResult } from '../data/checks';
import type { Figure, Locale } from '../data/schema';
import { formatComparison, formatFigureValue } from '../i18n/format';
import { t } from '../i18n/messages';

/** Common article widths: phones (320, 375) and a news site's article column (640, 768). */
export const ARTICLE_WIDTHS = [320, 375, 640, 768] as const;
export type ArticleWidth = (typeof ARTICLE_WIDTHS)[number];
export type SuggestedHeights = Record<`${ArticleWidth}`, number>;

/** The summary lines of an embedded chart's notes, in order (the built page's PointNotes with foldWarnings draws the same). */
export function noteSummaries(points: Point[], warnings: CheckResult[], locale: Locale): string[] {
  const figures = new Set(points.flatMap((p) => (p.type === 'figure' ? [p.figure.id] : [])));
  const derived = points.filter((p) => p.type === 'derived').length;
  return [
    ...(warnings.length ? [`⚠ ${t(locale, 'anomaly')} (${warnings.length})`] : []),
    ...(derived ? [`${t(locale, 'showFormula')} (${derived})`] : []),
    `${t(locale, 'showQuote')} (${figures.size})`,
  ];
}

/** Lines a text takes, wrapped at spaces, at an average character width (px). */
export function lineCount(text: string, charWidth: number, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length * charWidth;
    if (used > 0 && used + charWidth + w <= width) used += charWidth + w;
    else {
      if (used > 0) lines++;
      lines += Math.max(0, Math.ceil(w / width) - 1);
      used = w > width ? w % width : w;
    }
  }
  return lines;
}

/** Rows that folded notes' summaries take, side by side where they fit (.embed .notes). */
function summaryRows(summaries: string[], width: number): number {
  let rows = 0;
  let used = 0;
  for (const s of summaries) {
    const w = 18 + s.length * 8.8; // disclosure triangle + 16 px semibold text
    if (rows > 0 && used + 16 + w <= width) used += 16 + w;
    else {
      rows++;
      used = w;
    }
  }
  return rows;
}

/**
 * Everything of a chart embed but its header, chart and notes (chart margins, source line and table
 * button, symbol key, card padding, the footer with the dashboard link and the language switch), as
 * measured in Chromium: these texts are the same for every chart.
 */
const CHART_REST: Record<Locale, SuggestedHeights> = {
  vi: { 320: 208, 375: 208, 640: 134, 768: 134 },
  en: { 320: 253, 375: 229, 640: 187, 768: 166 },
};

export interface ChartFitInput {
  title: string;
  subtitle: string;
  /** The chart's preferred height (ChartModel.height). */
  chartHeight: number;
  notes: string[];
  locale: Locale;
}

/** The natural height of a chart embed at an article width. */
export function chartEmbedHeight(c: ChartFitInput, width: ArticleWidth): number {
  const text = width - 32; // the card's padding
  const title = lineCount(c.title, 11.1, text) * 26.7; // 1.15rem bold
  const subtitle = lineCount(c.subtitle, 7.7, text) * 20.9 + 8; // 0.9rem
  const notes = summaryRows(c.notes, text) * 34;
  return Math.ceil(title + subtitle + c.chartHeight + notes + CHART_REST[c.locale][width]);
}

export interface KpiFitInput {
  figure: Figure;
  /** Checks that flag this figure (a folded note of its own). */
  warnings: number;
  /** Values derived from this figure (its notes' summary names formulas too). */
  derived: number;
}

/** The natural height of one KPI card (an embed's FigureCard, src/prerender/EmbedView.tsx) at a column width. */
function kpiCardHeight(c: KpiFitInput, locale: Locale, column: number): number {
  const text = column - 34; // padding and border
  const f = c.figure;
  const label = lineCount(f.label[locale], 10.5, text) * 23;
  const valueText = formatFigureValue(f, locale) + (f.estimate ? ` ${t(locale, 'estimate')}` : '');
  const value = 6 + lineCount(valueText, 13, text) * 32;
  const period = 8 + 21;
  const comparisons = f.comparisons.length
    ? 12 + f.comparisons.reduce((s, x) => s + lineCount(formatComparison(x, locale), 9.2, text) * 23, 0)
    : 0;
  const summary = (s: string) => 8 + (lineCount(s, 10.5, text - 20) > 1 ? 54 : 32);
  const quote = c.derived
    ? `${t(locale, 'showQuote')} · ${t(locale, 'showFormula')}`
    : t(locale, 'showQuote');
  const notes = summary(quote) + (c.warnings ? summary(`⚠ ${t(locale, 'anomaly')} (${c.warnings})`) : 0);
  return Math.ceil(34 + label + value + period + comparisons + notes);
}

/** The natural height of a KPI embed (one card, or the overview's cards with a heading). */
export function kpiEmbedHeight(cards: readonly KpiFitInput[], locale: Locale, width: ArticleWidth): number {
  const inner = width - 24; // .embed-kpis padding
  // .kpi-grid: repeat(auto-fill, minmax(min(100%, 250px), 1fr)), 16 px gaps.
  const columns = Math.max(1, Math.floor((inner + 16) / (250 + 16)));
  const column = (inner - 16 * (columns - 1)) / columns;
  let grid = 0;
  for (let i = 0; i < cards.length; i += columns) {
    const row = cards.slice(i, i + columns).map((c) => kpiCardHeight(c, locale, column));
    grid += Math.max(...row) + (i > 0 ? 16 : 0);
  }
  const heading = cards.length > 1 ? lineCount(t(locale, 'keyFigures'), 11.6, inner) * 26.7 : 0;
  const footer = 49; // the dashboard link and the language switch, on one row from 320 px
  // Cards do not stretch to their frame as a chart does: an estimate too short would scroll. Measured
  // in Chromium, the model above is 1 % to 16 % over at 320–768 px (values, badges and summaries wrap
  // unevenly); a few pixels more keep it on the safe side.
  return Math.ceil(24 + heading + 12 + grid + footer + 8);
}

export function heightsAt(height: (w: ArticleWidth) => number): SuggestedHeights {
  return Object.fromEntries(ARTICLE_WIDTHS.map((w) => [`${w}`, height(w)])) as SuggestedHeights;
}

/** A fixed height that suits every width from 320 px up: the tallest of the suggestions. */
export const anyWidthHeight = (h: SuggestedHeights) => Math.max(...Object.values(h));

/** The share control's two choices: any width from 320 px (the default), or wide columns only. */
export const columnHeights = (h: SuggestedHeights) => ({
  narrow: anyWidthHeight(h),
  wide: Math.max(h['640'], h['768']),
});
