/**
 * Every URL the app reads or writes, in one place: which page a search string opens, with what view,
 * and every href the pages link to. Strings in, strings out: no React, no DOM, no `location` (callers
 * pass `location.search` / `location.href`), so the entry script, the embed, the deck, scripts and
 * tests all share it.
 *
 * Formats (kept exactly as links in the wild have them):
 * - dashboard `?section=trade&lang=en&theme=dark&edition=2023`, defaults (overview, vi, system) omitted;
 * - deck `?present&section=trade&slide=3&auto=10` (flags have no `=`);
 * - embed `?embed=<id>&lang=en&theme=dark&edition=2023`;
 * - print view `?print&lang=en&edition=2023` (paper ignores section and theme);
 * - review `?review&lang=en`.
 * `edition` is written only when given: a link without it opens the catalogue's
 * `linksWithoutEdition` if it names a view (src/data/editionPick.ts), else the latest report.
 */
import type { Locale } from './ids';
import { isSectionId, type SectionId } from './sections';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface ViewState {
  section: SectionId;
  lang: Locale;
  theme: ThemeChoice;
  /** The edition links must name: absent while the catalogue has one (src/data/editionPick.ts). */
  edition?: string;
}

export type PageKind = 'dashboard' | 'deck' | 'embed' | 'print' | 'review';

/** A page and everything its URL says about it. */
export interface PageUrl extends ViewState {
  page: PageKind;
  /** The deck's slide as written (numbered from 1; the deck clamps it to its slides). */
  slide?: number;
  /** The deck's seconds per slide in kiosk mode, when within AUTO_MIN_S..AUTO_MAX_S. */
  auto?: number;
  /** The embed's chart or KPI id (may be empty: the embed page then says it knows no such chart). */
  embedId?: string;
}

export const EDITION_PARAM = 'edition';

/** The URL parameters that name a view: a link carrying one of them points at particular content. */
export const VIEW_PARAMS = ['section', 'present', 'slide', 'embed', 'print'] as const;

const EDITION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const isEditionId = (s: unknown): s is string => typeof s === 'string' && EDITION_ID.test(s);

/** Auto-advance stays between 1 s (anything faster cannot be read) and an hour. */
export const AUTO_MIN_S = 1;
export const AUTO_MAX_S = 3600;

/** `?present&slide=3`, not `?present=&slide=3`: flags stay flags. */
function toSearch(p: URLSearchParams): string {
  const out = p.toString().replace(/=(?=&|$)/g, '');
  return out ? `?${out}` : '';
}

export function readViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const section = p.get('section');
  const theme = p.get('theme');
  const edition = p.get(EDITION_PARAM);
  return {
    section: isSectionId(section) ? section : 'overview',
    lang: p.get('lang') === 'en' ? 'en' : 'vi',
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
    ...(isEditionId(edition) ? { edition } : {}),
  };
}

/** Which page a search string opens: review, then an embed, then the deck, then the print view. */
export function pageOf(search: string): PageKind {
  const p = new URLSearchParams(search);
  if (p.has('review')) return 'review';
  if (p.get('embed') !== null) return 'embed';
  if (p.has('present')) return 'deck';
  if (p.has('print')) return 'print';
  return 'dashboard';
}

export function parseUrl(search: string): PageUrl {
  const p = new URLSearchParams(search);
  const page = pageOf(search);
  const out: PageUrl = { page, ...readViewState(search) };
  if (page === 'deck') {
    const slide = Number.parseInt(p.get('slide') ?? '', 10);
    const auto = Number(p.get('auto') ?? NaN);
    if (Number.isFinite(slide)) out.slide = slide;
    if (Number.isFinite(auto) && auto >= AUTO_MIN_S && auto <= AUTO_MAX_S) out.auto = auto;
  }
  if (page === 'embed') out.embedId = p.get('embed') ?? '';
  return out;
}

/** The edition the URL asks for, as written (valid or not: an unknown one is reported, not ignored). */
export function editionAsked(search: string): string | null {
  return new URLSearchParams(search).get(EDITION_PARAM);
}

/** Whether the link names particular content (a view), as links made before editions did. */
export function namesView(search: string): boolean {
  const p = new URLSearchParams(search);
  return VIEW_PARAMS.some((k) => p.has(k));
}

/**
 * The file of a dashboard view's page built in advance (scripts/prerender.ts), next to index.html:
 * index.html is the overview in Vietnamese, trade.html a section, index.en.html and trade.en.html the
 * same in English.
 */
export function builtPageFile(section: SectionId, lang: Locale): string {
  return `${section === 'overview' ? 'index' : section}${lang === 'vi' ? '' : `.${lang}`}.html`;
}

/** An embed's page built in advance, under the site's folder: embed/2023/exports.html, …/exports.en.html. */
export function builtEmbedFile(edition: string, id: string, lang: Locale): string {
  return `embed/${edition}/${id}${lang === 'vi' ? '' : `.${lang}`}.html`;
}

/**
 * Where an old `?embed=<id>&lang=…&theme=…` link's embed lives now: its built file for that edition,
 * relative to the site's folder, keeping every parameter the file's name does not say (the theme, and
 * whatever else a host page added), and the hash. Undefined when the search names no embed.
 */
export function builtEmbedHref(search: string, edition: string, hash = ''): string | undefined {
  const u = parseUrl(search);
  // Only an id a file can be named by (every id the catalogue gives is one).
  if (u.page !== 'embed' || !u.embedId || !EMBED_FILE_ID.test(u.embedId)) return undefined;
  const p = new URLSearchParams(search);
  for (const k of ['embed', 'lang', EDITION_PARAM]) p.delete(k);
  return `${builtEmbedFile(edition, u.embedId, u.lang)}${toSearch(p)}${hash}`;
}

const BUILT_PAGE = /(?:^|\/)([a-z0-9]+)(\.en)?\.html$/;
const BUILT_EMBED = /(?:^|\/)embed\/([A-Za-z0-9_-]+)\/([a-z0-9-]+?)(\.en)?\.html$/;
const EMBED_FILE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The view a built page's file name stands for, as a search string: trade.en.html is
 * `?section=trade&lang=en`, embed/2023/exports.html `?embed=exports&edition=2023`; any other path
 * (index.html, the folder, shell.html) stands for nothing beyond its parameters.
 */
export function builtFileSearch(pathname: string): string {
  const e = BUILT_EMBED.exec(pathname);
  if (e && isEditionId(e[1]))
    return buildSearch({
      page: 'embed',
      embedId: e[2]!,
      section: 'overview',
      lang: e[3] ? 'en' : 'vi',
      theme: 'system',
      edition: e[1],
    });
  const m = BUILT_PAGE.exec(pathname);
  if (!m || !(m[1] === 'index' || isSectionId(m[1] ?? null))) return '';
  const section = m[1] === 'index' ? 'overview' : (m[1] as SectionId);
  return buildSearch({ page: 'dashboard', section, lang: m[2] ? 'en' : 'vi', theme: 'system' });
}

/**
 * The view a page answers: a page built in advance stands for its own (`?section=trade&lang=en`, see
 * builtFileSearch), and the address bar's parameters come on top of it.
 */
export function mergeSearch(own: string, search: string): string {
  const p = new URLSearchParams(own);
  new URLSearchParams(search).forEach((v, k) => p.set(k, v));
  return toSearch(p);
}

/** Writes only what differs from the defaults, keeping unknown parameters (and an edition already named). */
export function writeViewState(search: string, s: ViewState): string {
  const p = new URLSearchParams(search);
  const set = (k: string, v: string, dflt: string) => (v === dflt ? p.delete(k) : p.set(k, v));
  set('section', s.section, 'overview');
  set('lang', s.lang, 'vi');
  set('theme', s.theme, 'system');
  if (s.edition) p.set(EDITION_PARAM, s.edition);
  const out = p.toString();
  return out ? `?${out}` : '';
}

/** The search string of a page, defaults omitted (the page's own parameters first). */
export function buildSearch(u: PageUrl): string {
  const p = new URLSearchParams();
  const lang = () => u.lang !== 'vi' && p.set('lang', u.lang);
  const theme = () => u.theme !== 'system' && p.set('theme', u.theme);
  const edition = () => u.edition && p.set(EDITION_PARAM, u.edition);
  switch (u.page) {
    case 'dashboard':
      return writeViewState('', u);
    case 'deck':
      p.set('present', '');
      if (u.section !== 'overview') p.set('section', u.section);
      lang();
      // The deck has one projector theme; the dashboard's choice rides along for the way back.
      theme();
      edition();
      if (u.slide !== undefined) p.set('slide', String(u.slide));
      if (u.auto !== undefined) p.set('auto', String(u.auto));
      break;
    case 'embed':
      p.set('embed', u.embedId ?? '');
      lang();
      theme();
      // An embed in an article keeps showing the report it was made from.
      edition();
      break;
    case 'print':
      // The print view ignores section and theme: paper is white.
      p.set('print', '');
      lang();
      edition();
      break;
    case 'review':
      p.set('review', '');
      lang();
      break;
  }
  return toSearch(p);
}

/** A page's address relative to the dashboard's folder: `./?present`, `./` for the bare dashboard. */
export const pageHref = (u: PageUrl): string => `./${buildSearch(u)}`;

/** The deck's URL at another slide, keeping lang, auto and anything else; the slide now names the section. */
export function withSlide(search: string, slide: number): string {
  const p = new URLSearchParams(search);
  p.delete('section');
  p.set('slide', String(Math.max(1, Math.trunc(slide))));
  return toSearch(p);
}

/** The same address without the print view's flag (its "back to the dashboard" link). */
export function withoutPrint(search: string): string {
  const p = new URLSearchParams(search);
  p.delete('print');
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** The same address in another language, keeping every other parameter (the embed's language switch). */
export function withLang(href: string, lang: Locale): string {
  const url = new URL(href);
  if (lang === 'vi') url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  return url.href;
}

/**
 * A link to one chart: section and language are always written, so the link opens the same view for
 * someone whose browser prefers another language; the theme only when the reader chose one ("system"
 * leaves it to the recipient's device). Other parameters of the current address are dropped.
 */
export function chartLink(href: string, view: ViewState, chartId: string): string {
  const url = new URL(href);
  const p = new URLSearchParams();
  p.set('section', view.section);
  p.set('lang', view.lang);
  if (view.theme !== 'system') p.set('theme', view.theme);
  if (view.edition) p.set(EDITION_PARAM, view.edition);
  url.search = `?${p}`;
  url.hash = `chart-${chartId}`;
  return url.href;
}
