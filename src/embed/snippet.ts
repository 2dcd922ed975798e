/**
 * Copy-paste HTML for the Board's news site: a responsive iframe sized by
 * embed.js, and a fixed-height iframe for hosts that allow no scripts. Every
 * dataset-derived text is escaped: a title is attribute content here.
 */
import { escapeHtml } from '../i18n/html';
import { embedPath } from './catalog';

export interface SnippetInput {
  id: string;
  title: string;
  /** The dashboard's folder as an absolute URL ending in "/". */
  base: string;
  lang: 'vi' | 'en';
  theme?: string;
  /** The edition the embed shows, whatever later reports are added. */
  edition?: string;
  /** Suggested height in px (src/embed/fit.ts): the fixed height, and the iframe's before embed.js sizes it. */
  height: number;
}

export function embedUrl({ id, base, lang, theme, edition }: SnippetInput): string {
  return new URL(embedPath(id, { lang, theme, edition }), base).href;
}

export function responsiveSnippet(input: SnippetInput): string {
  const src = escapeHtml(embedUrl(input));
  const script = escapeHtml(new URL('embed.js', input.base).href);
  return (
    // Not loading="lazy": a lazy frame loads, and reports its height, only when the reader is near it,
    // and the page would move under the reader. embed.js also loads lazy marked frames at once.
    `<iframe src="${src}" title="${escapeHtml(input.title)}" data-dashboard-embed ` +
    `style="width:100%;height:${Math.round(input.height)}px;border:0"></iframe>\n` +
    `<script src="${script}" async></script>`
  );
}

/** Lazy is harmless here: the frame's height never changes, and the chart fits whatever box it gets. */
export function fixedSnippet(input: SnippetInput): string {
  const src = escapeHtml(embedUrl(input));
  return (
    `<iframe src="${src}" title="${escapeHtml(input.title)}" loading="lazy" ` +
    `width="100%" height="${Math.round(input.height)}" style="border:0"></iframe>`
  );
}
