/**
 * `?embed=<id>` on the site's index.html (or shell.html): the address of every snippet made before
 * embeds were built in advance, in iframes on news sites. Each embed of each edition in the catalogue
 * is a page of its own now (embed/<edition>/<id>.html, scripts/prerender.ts), so this page only finds
 * the edition the link means (as the dashboard does: an old link without one opens the 2023 report)
 * and replaces itself with that page, keeping the theme and any other parameter. What it cannot send
 * on (no such chart, an edition the site does not have, a site run without its built pages) it says,
 * with a link to the dashboard; a failed download, with a retry. Never a blank frame.
 */
import { chartsFileOnce } from '../api/fetchCharts';
import { startEdition } from '../api/fetchEditions';
import type { DatasetLoadError } from '../api/fetchDataset';
import { currentEdition, editionForLinks, missingEdition } from '../data/report';
import type { Locale, SectionId } from '../data/ids';
import { builtEmbedHref, pageHref, readViewState } from '../data/url';
import { t } from '../i18n/messages';
import { embedIdsOf, resolveEmbed } from './catalog';
import { el } from './dom';
import './embed.css';
import { errorPanel } from './errorPanel';
import { reportHeight } from './host';
import { resolvedTheme } from './theme';

/** The dashboard at this view, as its own links write it (the theme stays the reader's). */
export function dashboardHref(section: SectionId, lang: Locale, hash = ''): string {
  const edition = editionForLinks();
  const href = pageHref({
    page: 'dashboard',
    section,
    lang,
    theme: 'system',
    ...(edition ? { edition } : {}),
  });
  return new URL(href + hash, document.baseURI).href;
}

export function startEmbed(id: string, search = location.search): void {
  const root = document.getElementById('root')!;
  root.className = 'embed';
  const view = readViewState(search);
  document.documentElement.lang = view.lang;
  document.documentElement.dataset.theme = resolvedTheme(view.theme);
  document.documentElement.classList.add('embedded');
  void forward(root, id, search, view.lang, reportHeight(id, root));
}

/** Whether the site has the page (a folder whose data gained an edition without its pages has not). */
async function built(url: URL): Promise<boolean> {
  // The offline copy is one file: it has no pages beside it to go to.
  if (location.protocol === 'file:') return false;
  try {
    return (await fetch(url, { method: 'HEAD', cache: 'no-cache' })).ok;
  } catch {
    return false;
  }
}

async function forward(
  root: HTMLElement,
  id: string,
  search: string,
  lang: Locale,
  changed: (ready: boolean) => void,
): Promise<void> {
  const show = (...nodes: Node[]) => {
    root.replaceChildren(el('main', {}, ...nodes));
    changed(true);
  };
  try {
    if (!currentEdition()) await startEdition(search);
    const file = await chartsFileOnce();
    const target = resolveEmbed(id, file);
    if (!target)
      return show(el('p', { className: 'error-panel', role: 'alert' }, t(lang, 'embedNotFound', { id })));
    const edition = currentEdition()!.id;
    const href = builtEmbedHref(search, edition, location.hash);
    const to = href && new URL(href, document.baseURI);
    // Built for every edition of the catalogue, but not for an edition the site does not have, nor
    // under the dev server; and never to this very page (no loop).
    if (to && embedIdsOf(file).includes(id) && !missingEdition() && !import.meta.env.DEV)
      if (to.pathname !== location.pathname && (await built(to))) return location.replace(to.href);
    const link = dashboardHref(target.section, lang, target.kind === 'chart' ? `#chart-${id}` : '');
    show(
      el(
        'p',
        { className: 'error-panel', role: 'alert' },
        t(lang, 'embedNotBuilt', { id }),
        ' ',
        el(
          'a',
          { href: link, target: '_blank', rel: 'noopener noreferrer' },
          `${t(lang, 'openDashboard')} ↗`,
        ),
      ),
    );
  } catch (e) {
    show(errorPanel([e as DatasetLoadError], lang, () => void forward(root, id, search, lang, changed)));
  }
}
