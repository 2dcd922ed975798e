/**
 * Where the title, subtitle, chart and notes go in an exported image. Pure:
 * text widths come from the caller's `measure`, so the PNG (canvas) and the
 * SVG share one layout and tests can use a fake measure.
 *
 * Exports have a fixed width, whatever the screen: a chart saved on a phone
 * fits a report page as well as one saved on a desktop. The PNG is drawn at
 * PNG_SCALE times that size, so its pixel size is predictable:
 * PNG_SCALE × EXPORT_WIDTH by PNG_SCALE × layout height.
 */
import { CHART_FONT } from '../../charts/options/base';

/** Width of an export in CSS pixels. */
export const EXPORT_WIDTH = 960;
/** Pixels per CSS pixel of a PNG export: twice the resolution of a standard screen. */
export const PNG_SCALE = 2;
export const PADDING = 24;

export type TextRole = 'title' | 'subtitle' | 'note';

export const TEXT_STYLE: Record<TextRole, { size: number; weight: 400 | 700; lineHeight: number }> = {
  title: { size: 20, weight: 700, lineHeight: 26 },
  subtitle: { size: 14, weight: 400, lineHeight: 20 },
  note: { size: 13, weight: 400, lineHeight: 18 },
};

/** A CSS / canvas font shorthand for a role. */
export function fontFor(role: TextRole): string {
  const s = TEXT_STYLE[role];
  return `${s.weight} ${s.size}px ${CHART_FONT}`;
}

export type Measure = (text: string, font: string) => number;

/**
 * Greedy word wrap. A word wider than the line (a long URL, say) is cut
 * between characters rather than overflowing the image.
 */
export function wrapText(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= maxWidth) {
      line = candidate;
      return;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word, font) <= maxWidth) {
      line = word;
      return;
    }
    // Cut the word into pieces that fit, at least one character each.
    let piece = '';
    for (const ch of word) {
      if (piece && measure(piece + ch, font) > maxWidth) {
        lines.push(piece);
        piece = '';
      }
      piece += ch;
    }
    line = piece;
  };
  words.forEach(push);
  if (line) lines.push(line);
  return lines;
}

export interface PlacedLine {
  text: string;
  role: TextRole;
  x: number;
  /** The alphabetic baseline. */
  y: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
  lines: PlacedLine[];
}

export interface ExportTexts {
  title: string;
  subtitle: string;
  /** Below the chart, each its own paragraph: source line, key, derived values' formulas, warnings. */
  notes: readonly string[];
}

const GAP_AFTER_HEADER = 12;
const GAP_BEFORE_NOTES = 12;
const GAP_BETWEEN_NOTES = 4;

/** Whole-pixel positions so the PNG and SVG agree exactly. */
export function exportLayout(texts: ExportTexts, chartHeight: number, measure: Measure): ExportLayout {
  const width = EXPORT_WIDTH;
  const inner = width - 2 * PADDING;
  const lines: PlacedLine[] = [];
  let y = PADDING;
  const block = (text: string, role: TextRole) => {
    const style = TEXT_STYLE[role];
    for (const l of wrapText(text, inner, fontFor(role), measure)) {
      // Baseline about four fifths down the line box, as browsers place it.
      lines.push({ text: l, role, x: PADDING, y: y + Math.round(style.lineHeight * 0.78) });
      y += style.lineHeight;
    }
  };
  block(texts.title, 'title');
  y += 4;
  block(texts.subtitle, 'subtitle');
  y += GAP_AFTER_HEADER;
  const chart = { x: PADDING, y, width: inner, height: Math.round(chartHeight) };
  y += chart.height + GAP_BEFORE_NOTES;
  texts.notes.forEach((n, i) => {
    if (i > 0) y += GAP_BETWEEN_NOTES;
    block(n, 'note');
  });
  return { width, height: y + PADDING, chart, lines };
}
