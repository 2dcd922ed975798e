/**
 * A built embed page (embed/<edition>/<id>.html, src/prerender/embed.tsx) made interactive as it is:
 * nothing is rebuilt, so nothing moves or flashes. The script tells the host its height (host.ts),
 * applies the theme, toggles the table the page already holds, turns the language link into a
 * replacement of this frame's page (no entry in the host's history), shows the chart's tooltips on the
 * built SVG (tooltip.ts), and draws the live chart over the SVG only when the SVG cannot stand in for
 * it: the frame's size is too far from the sizes the SVG was built for (markup.ts). Otherwise the embed
 * downloads no chart code and no data, in either theme (the SVG is built in both palettes).
 */
import type { DatasetLoadError } from '../api/fetchDataset';
import type { ResolvedTheme } from '../charts/palettes';
import type { Locale } from '../data/ids';
import { readViewState } from '../data/url';
import { t } from '../i18n/messages';
import './embed.css';
import { errorPanel } from './errorPanel';
import { reportHeight } from './host';
import { LANG_ATTR, SERIES_ATTR, svgFitsBox, TOGGLE_ATTR, TOOLTIPS_ATTR } from './markup';
import { svgTooltips } from './tooltip';
import { resolvedTheme } from './theme';

/** How long the frame's size must hold still before it is compared with the SVG's (embed.js sizes it). */
const SETTLE_MS = 400;

export function takeOver(root: HTMLElement, id: string, search: string): void {
  const { lang, theme: choice } = readViewState(search);
  const theme = resolvedTheme(choice);
  document.documentElement.dataset.theme = theme;
  const changed = reportHeight(id, root);
  languageLink(root, search);
  const box = root.querySelector<HTMLElement>('.chart-card > .echart');
  if (box) {
    const texts = root.querySelector(`script[${TOOLTIPS_ATTR}]`)?.textContent;
    if (texts) svgTooltips(box, JSON.parse(texts) as Record<string, string>);
    liveOnDemand(box, { id, search, locale: lang, theme }, changed);
    tableToggle(root, box, lang, changed);
  }
  fillSeries(root, search, lang, theme);
  changed(true);
}

/** The other language's page replaces this one, keeping the theme and other parameters. */
function languageLink(root: HTMLElement, search: string): void {
  const link = root.querySelector<HTMLAnchorElement>(`a[${LANG_ATTR}]`);
  link?.addEventListener('click', (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const to = new URL(link.href);
    new URLSearchParams(search).forEach((v, k) => {
      if (!['embed', 'lang', 'edition'].includes(k)) to.searchParams.set(k, v);
    });
    to.hash = location.hash;
    // replace(): a frame's navigation would add an entry to the host page's history.
    location.replace(to.href);
  });
}

function tableToggle(
  root: HTMLElement,
  box: HTMLElement,
  lang: Locale,
  changed: (ready: boolean) => void,
): void {
  const button = root.querySelector<HTMLButtonElement>(`button[${TOGGLE_ATTR}]`);
  const table = root.querySelector<HTMLElement>('.chart-card > .table-wrap');
  if (!button || !table) return;
  button.addEventListener('click', () => {
    const showTable = button.getAttribute('aria-pressed') !== 'true';
    box.hidden = showTable;
    table.hidden = !showTable;
    button.setAttribute('aria-pressed', String(showTable));
    button.textContent = t(lang, showTable ? 'showChart' : 'showTable');
    changed(true);
  });
}

interface Live {
  id: string;
  search: string;
  locale: Locale;
  theme: ResolvedTheme;
}

function liveOnDemand(box: HTMLElement, view: Live, changed: (ready: boolean) => void): void {
  const svgHeight = Number(box.querySelector('.echart-ssr svg')?.getAttribute('height') ?? NaN);
  if (!(svgHeight > 0)) return draw(box, view, changed);
  let timer = 0;
  const check = () => {
    const { width, height } = box.getBoundingClientRect();
    // Hidden (the table shows): compared again when it shows.
    if (width === 0 || svgFitsBox({ width, height }, svgHeight)) return;
    observer.disconnect();
    draw(box, view, changed);
  };
  const observer = new ResizeObserver(() => {
    clearTimeout(timer);
    timer = window.setTimeout(check, SETTLE_MS);
  });
  observer.observe(box);
}

/** The live chart; a failure says which file and why under the built chart, which stays. */
function draw(box: HTMLElement, request: Live, changed: (ready: boolean) => void): void {
  void import('./live')
    .then((m) => m.drawLive(box, request))
    .then(
      () => changed(true),
      (e: unknown) => {
        const errors = (Array.isArray(e) ? e : [e]) as DatasetLoadError[];
        const panel = errorPanel(errors, request.locale, () => {
          panel.remove();
          draw(box, request, changed);
        });
        box.after(panel);
        changed(true);
      },
    );
}

/** The indicators' series across reports, where the page has a slot for them (an earlier edition exists). */
function fillSeries(root: HTMLElement, search: string, lang: Locale, theme: ResolvedTheme): void {
  const slot = root.querySelector<HTMLElement>(`[${SERIES_ATTR}]`);
  if (!slot) return;
  const indicators = (slot.getAttribute(SERIES_ATTR) ?? '').split(' ').filter(Boolean);
  slot.hidden = false;
  void import('./series').then((m) =>
    m.fillBuiltSeries(slot, search, indicators, lang, theme, slot.hasAttribute('data-chart')),
  );
}
