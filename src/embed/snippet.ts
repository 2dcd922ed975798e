/**
 * Copy-paste HTML for the Board's news site: a responsive iframe sized by
 * embed.js, and a fixed-height iframe for hosts that allow no scripts. Every
 * dataset-derived text is escaped: a title is attribute content here.
 */
import { escapeHtml } from '../charts/options';
import { embedPath } from './catalog';

export interface SnippetInput {
  id: string;
  title: string;
  /** The dashboard's folder as an absolute URL ending in "/". */
  base: string;
  lang: 'vi' | 'en';
  theme?: string;
  /** Expected height in px: the iframe's size before embed.js adjusts it, and the fixed height. */
  height: number;
}

export function embedUrl({ id, base, lang, theme }: SnippetInput): string {
  return new URL(embedPath(id, { lang, theme }), base).href;
}

export function responsiveSnippet(input: SnippetInput): string {
  const src = escapeHtml(embedUrl(input));
  const script = escapeHtml(new URL('embed.js', input.base).href);
  return (
    `<iframe src="${src}" title="${escapeHtml(input.title)}" loading="lazy" data-dashboard-embed ` +
    `style="width:100%;height:${Math.round(input.height)}px;border:0"></iframe>\n` +
    `<script src="${script}" async></script>`
  );
}

export function fixedSnippet(input: SnippetInput): string {
  const src = escapeHtml(embedUrl(input));
  return (
    `<iframe src="${src}" title="${escapeHtml(input.title)}" loading="lazy" ` +
    `width="100%" height="${Math.round(input.height)}" style="border:0"></iframe>`
  );
}
