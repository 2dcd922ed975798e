/**
 * What this page is asked to show, and whether it already shows it. A page built in advance
 * (scripts/prerender.ts) is a file per view, `trade.en.html` (see builtFileSearch), whose #root names
 * the view its markup holds (`data-search`) and the edition it was built from (`data-built`), and
 * which carries the data files its markup was made from. The address bar's parameters come on top of
 * the file's view, so
 * `trade.en.html?theme=dark` asks for the same section in the dark theme, which the page holds too: its
 * charts are built in both palettes, and its CSS follows the theme the page sets. When the page is asked
 * for a view it does not hold, its markup and data are dropped and the app starts as from the bare
 * shell (index.html before pages were built).
 */
import { currentEdition } from '../data/report';
import {
  builtFileSearch,
  builtPageFile,
  mergeSearch,
  parseUrl,
  writeViewState,
  type PageUrl,
  type ViewState,
} from '../data/url';

const rootElement = () => (typeof document === 'undefined' ? null : document.getElementById('root'));

/**
 * The edition this page's markup was built from, while the page still shows it. At build time (no
 * document) the page being rendered is built from the edition the renderer has set
 * (src/app/prerender.tsx: setEdition), which is the one its data comes from.
 */
export function builtEdition(): string | undefined {
  if (typeof document === 'undefined') return currentEdition()?.id;
  return rootElement()?.dataset.built;
}

/** The view asked of this page: its file's, with the address bar's parameters on top. */
export function pageSearch(): string {
  if (typeof location === 'undefined') return '';
  return mergeSearch(builtFileSearch(location.pathname), location.search);
}

// The theme is not part of it: a built page holds every theme (see above).
const sameView = (a: PageUrl, b: PageUrl) =>
  a.page === b.page && a.section === b.section && a.lang === b.lang && a.embedId === b.embedId;

/** Whether the built page holds the view the address asks for (the edition is checked once known). */
export function builtPageHolds(search: string): boolean {
  const own = rootElement()?.dataset.search;
  const built = builtEdition();
  if (built === undefined || own === undefined) return false;
  const [a, b] = [parseUrl(own), parseUrl(search)];
  // An embed's page names its edition (its folder) and applies the theme itself (src/embed/takeover.ts).
  if (a.page === 'embed')
    return (
      b.page === 'embed' && a.embedId === b.embedId && a.lang === b.lang && (b.edition ?? built) === built
    );
  // An edition named in the address that the page was not built from: drop the page before it shows.
  return sameView(a, b) && (b.edition ?? built) === built;
}

/**
 * Drops what the page painted for another view: a built page's data files (so every file is fetched
 * and checked as usual) and markup, keeping the dashboard's heading when the page will be the
 * dashboard (the shell's heading alone when it will not).
 */
export function discardBuiltPage(keepHeading: boolean): void {
  const root = rootElement();
  if (!root) return;
  if (root.dataset.built !== undefined) {
    delete root.dataset.built;
    document.querySelectorAll('script[type="application/json"][id^="dataset-"]').forEach((s) => s.remove());
  }
  root.replaceChildren(...(keepHeading ? root.querySelectorAll(':scope > header') : []));
}

/**
 * A page built in the device's theme shown in another (`trade.html?theme=dark`): its theme select names
 * the theme on screen and its links keep it, from the first paint on, as the app renders them (builtLink),
 * so React adopts the page as it is (hydration does not correct a select's value or a link's address).
 * Only the device's theme is built into the markup, which names no theme in any link.
 */
export function showBuiltInTheme(theme: 'light' | 'dark'): void {
  const root = rootElement();
  const select = root?.querySelector<HTMLSelectElement>('.theme-select select');
  if (select) select.value = theme;
  const links = root?.querySelectorAll<HTMLAnchorElement>('header a[href^="./"], nav a[href^="./"]');
  for (const a of links ?? []) {
    const [path, query] = a.getAttribute('href')!.split('?');
    const params = query ? query.split('&') : [];
    // Where the app writes it (buildSearch): after the view's own parameters, before edition and slide.
    const at = params.findIndex((x) => /^(edition|slide)=/.test(x));
    params.splice(at === -1 ? params.length : at, 0, `theme=${theme}`);
    a.setAttribute('href', `${path}?${params.join('&')}`);
  }
}

/**
 * The view's own page built in advance, relative to the site's folder (`trade.en.html?theme=dark`), when
 * the site has one for it: a page of this edition was built (this page is one). Undefined when the view
 * has no built page.
 */
export function builtLink(view: ViewState): string | undefined {
  const built = builtEdition();
  if (built === undefined || currentEdition()?.id !== built) return undefined;
  const p = new URLSearchParams(writeViewState('', view));
  p.delete('section');
  p.delete('lang');
  const rest = p.toString();
  const file = builtPageFile(view.section, view.lang);
  return `./${file === 'index.html' ? '' : file}${rest ? `?${rest}` : ''}`;
}

/**
 * A link to a dashboard view: the view's built page when the site has one, so it opens complete, even
 * without scripts; else the shell's `./?section=…`.
 */
export function dashboardLink(view: ViewState): string {
  return builtLink(view) ?? `./${writeViewState('', view) || '?section=overview'}`;
}
