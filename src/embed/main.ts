/**
 * `?embed=<id>`: one chart (or the KPI cards) alone, for an iframe in a news
 * article. No React: the page downloads the chart's own definitions, the
 * ECharts parts its option uses, and its datasets, nothing else. It tells the
 * host page its height (see public/embed.js) and never scrolls, focuses or
 * navigates the host.
 */
import { chartsFileOnce } from '../api/fetchCharts';
import { startEdition } from '../api/fetchEditions';
import { currentEdition, editionForLinks, hasEarlierEditions } from '../data/report';
import { indicatorsOf } from '../charts/series/indicators';
import { fetchDataset, type DatasetLoadError } from '../api/fetchDataset';
import { DATASET_TIMEOUT_MS } from '../api/limits';
import type { SectionId } from '../data/ids';
import { pageHref, readViewState, withLang, type ViewState } from '../data/url';
import { chartDescription, loadEChartsFor, tooltipOnFirstUse } from '../charts/echarts/loader';
import type { ChartModel, Datasets } from '../charts/model';
import { PALETTES, type ResolvedTheme } from '../charts/palettes';
import { loadKinds } from '../charts/registry';
import type { ChartsFile } from '../data/chartsFile';
import { figureIdsOf, warningsFor } from '../charts/warnings';
import type { DatasetId, Locale } from '../data/ids';
import { describeLoadError } from '../i18n/errors';
import { t } from '../i18n/messages';
import { resolveEmbed, type EmbedTarget } from './catalog';
import { append, el } from './dom';
import './embed.css';
import { dataTable, figureCard, pointNotes } from './render';

interface State {
  view: ViewState;
  showTable: boolean;
}

/** The dashboard at this view, as its own links write it (the theme stays the reader's). */
function dashboardHref(section: SectionId, lang: Locale): string {
  const edition = editionForLinks();
  const href = pageHref({
    page: 'dashboard',
    section,
    lang,
    theme: 'system',
    ...(edition ? { edition } : {}),
  });
  return new URL(href, document.baseURI).href;
}

function resolvedTheme(view: ViewState): ResolvedTheme {
  if (view.theme !== 'system') return view.theme;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** What embed.js posts to an embed to ask for its height now (it may start after the embed's reports). */
export const SIZE_REQUEST = 'dashboard:size-request';

/**
 * The page's natural height: the chart at its preferred height, every part at its content height.
 * The page is laid out to fill its frame (see embed.css); html.embed-natural lays it out as it would
 * be in a frame of exactly this height, for one forced layout, and is removed before anything paints.
 */
function naturalHeight(root: HTMLElement): number {
  const html = document.documentElement;
  html.classList.add('embed-natural');
  const height = root.getBoundingClientRect().height;
  html.classList.remove('embed-natural');
  return Math.ceil(height);
}

/**
 * Tells the host page (embed.js) the page's natural height: when the content is ready and whenever it
 * may have changed, and again on timers while fonts and layout settle. Timers and messages, not
 * animation frames or ResizeObserver alone: a cross-origin frame that is off screen gets neither, and
 * its host must know its height before the reader scrolls to it. Returns the function to call after
 * the content changed.
 */
function reportHeight(id: string, root: HTMLElement): (ready: boolean) => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  let ready = false;
  let timers: number[] = [];
  const post = (always = false) => {
    if (!ready) return;
    const height = naturalHeight(root);
    if (height === last && !always) return;
    last = height;
    // Only a height leaves this page; the host's origin is not known in advance.
    window.parent.postMessage({ type: 'dashboard:resize', id, height }, '*');
  };
  const settle = () => {
    post();
    timers.forEach((t) => clearTimeout(t));
    timers = [60, 250, 800, 2000, 5000].map((ms) => window.setTimeout(() => post(), ms));
  };
  // A request from embed.js is answered even when nothing changed: it may have missed the last report.
  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    const d = e.data as { type?: unknown } | null;
    if (e.source === window.parent && d && d.type === SIZE_REQUEST) post(true);
  });
  window.addEventListener('resize', settle);
  window.addEventListener('pageshow', () => post(true));
  // <details> opened or closed (toggle does not bubble: listen in the capture phase).
  document.addEventListener('toggle', () => post(), true);
  void document.fonts?.ready.then(() => post());
  document.fonts?.addEventListener?.('loadingdone', () => post());
  new ResizeObserver(() => post()).observe(root);
  return (isReady) => {
    ready = ready || isReady;
    settle();
  };
}

export function startEmbed(id: string): void {
  const root = document.getElementById('root')!;
  root.className = 'embed';
  const state: State = { view: readViewState(location.search), showTable: false };
  document.documentElement.lang = state.view.lang;
  document.documentElement.dataset.theme = resolvedTheme(state.view);
  document.documentElement.classList.add('embedded');
  const changed = reportHeight(id, root);
  void begin(root, id, state, changed);
}

/** The report's structure names what the id is; without it nothing can be shown but the error. */
async function begin(
  root: HTMLElement,
  id: string,
  state: State,
  changed: (ready: boolean) => void,
): Promise<void> {
  let file: ChartsFile;
  try {
    // The edition first: an embed URL pins one (old ones without it open the 2023 report).
    if (!currentEdition()) await startEdition(location.search);
    file = await chartsFileOnce();
  } catch (e) {
    root.replaceChildren(
      errorPanel([e as DatasetLoadError], state.view.lang, () => void begin(root, id, state, changed)),
    );
    changed(true);
    return;
  }
  const target = resolveEmbed(id, file);
  if (!target) {
    root.replaceChildren(
      el('p', { className: 'error-panel', role: 'alert' }, t(state.view.lang, 'embedNotFound', { id })),
    );
    changed(true);
    return;
  }
  void new EmbedView(root, target, state, file, changed).load();
}

function errorPanel(errors: readonly DatasetLoadError[], locale: Locale, retry: () => void): HTMLElement {
  return el(
    'div',
    { className: 'error-panel', role: 'alert' },
    el('p', { className: 'error-title' }, t(locale, 'loadError')),
    el(
      'ul',
      { className: 'error-details' },
      ...errors.map((e) => {
        const d = describeLoadError(e, locale, DATASET_TIMEOUT_MS / 1000);
        return el(
          'li',
          {},
          el('strong', {}, d.file ?? ''),
          `: ${d.summary}`,
          el('br'),
          el('small', {}, d.detail),
        );
      }),
    ),
    el('button', { type: 'button', className: 'button', onclick: retry }, t(locale, 'retry')),
  );
}

/** The least height a chart is drawn at before its page scrolls instead: labels stay apart. */
export const chartMinHeight = (preferred: number) =>
  Math.min(preferred, Math.max(200, Math.round(preferred * 0.6)));

/** The table view scrolls inside the chart's place when the frame is too short for it. */
function flexTable(wrap: HTMLElement): HTMLElement {
  wrap.classList.add('embed-flex');
  wrap.tabIndex = 0;
  return wrap;
}

class EmbedView {
  private data: Datasets | undefined;
  private errors: DatasetLoadError[] = [];
  private disposeChart: (() => void) | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly target: EmbedTarget,
    private readonly state: State,
    private readonly file: ChartsFile,
    /** Called after each render; true once the content (or an error) shows, not the placeholder. */
    private readonly changed: (ready: boolean) => void,
  ) {}

  async load(): Promise<void> {
    this.errors = [];
    this.render();
    try {
      const target = this.target;
      const bad = this.file.bad.find((b) => b.id === target.id);
      if (bad)
        throw Object.assign(new Error(bad.reason), {
          file: 'charts.json',
          kind: 'invalid',
          detail: bad.reason,
        });
      const decl = this.file.charts.find((c) => c.id === target.id);
      const def = target.kind === 'chart' && decl ? (await loadKinds()).chartDefOf(decl) : undefined;
      const ids: readonly DatasetId[] =
        this.target.kind === 'chart'
          ? (def?.datasets ?? [])
          : [...new Set(this.target.figures.map(([d]) => d))];
      const results = await Promise.allSettled(ids.map((d) => fetchDataset(d)));
      const data: Datasets = {};
      results.forEach((r, i) => {
        if (r.status === 'fulfilled') data[ids[i]!] = r.value;
        else this.errors.push(r.reason as DatasetLoadError);
      });
      this.data = this.errors.length ? undefined : data;
      // A declaration that does not fit its figures fails here, not in the middle of a render.
      if (def && this.data) def.build(this.data, this.ctx());
      this.model = def && this.data ? () => def.build(this.data!, this.ctx()) : undefined;
    } catch (e) {
      // A chunk that failed to download: the same retry helps.
      this.errors = [e as DatasetLoadError];
    }
    this.render();
  }

  private model: (() => ChartModel) | undefined;
  private disposeSeries: (() => void) | undefined;

  /** Indicators followed across reports, under the chart: only where an earlier edition exists. */
  private series(indicators: readonly string[], chart: boolean): HTMLElement | undefined {
    if (!hasEarlierEditions() || indicators.length === 0) return undefined;
    const box = el('div', { className: 'embed-series card' });
    let live = true;
    this.disposeSeries = () => (live = false);
    void import('./series')
      .then((m) => m.fillSeries(box, indicators, this.state.view.lang, this.ctx().palette, chart))
      .then((dispose) => (live ? (this.disposeSeries = dispose) : dispose()))
      .catch(() => box.append(el('p', { role: 'alert' }, t(this.state.view.lang, 'loadError'))));
    return box;
  }

  private ctx() {
    return { locale: this.state.view.lang, palette: PALETTES[resolvedTheme(this.state.view)] };
  }

  private setLang(lang: Locale): void {
    this.state.view.lang = lang;
    document.documentElement.lang = lang;
    const url = withLang(location.href, lang);
    // replaceState never touches the host page's history entries' order.
    history.replaceState(null, '', url);
    this.render();
  }

  private render(): void {
    this.disposeChart?.();
    this.disposeChart = undefined;
    this.disposeSeries?.();
    this.disposeSeries = undefined;
    const locale = this.state.view.lang;
    const parts: (Node | false | undefined)[] = [];
    if (currentEdition()?.testData) {
      // Rare (an edition of test data): its words load with the series code, not with every embed.
      const banner = el('p', { className: 'test-data-banner', role: 'note' }, '⚠');
      void import('./series').then((m) => banner.append(` ${m.testDataNotice(locale)}`));
      parts.push(banner);
    }
    if (this.errors.length) {
      parts.push(errorPanel(this.errors, locale, () => void this.load()));
    } else if (!this.data) {
      parts.push(
        el(
          'div',
          { className: 'placeholder embed-flex', 'aria-busy': 'true', style: '--flex-pref:360px' },
          t(locale, 'loading'),
        ),
      );
    } else if (this.target.kind === 'kpis') {
      parts.push(this.kpis(this.data, this.target));
      parts.push(
        this.series(
          this.target.figures.flatMap(
            ([ds, id]) => this.data?.[ds]?.figures.find((f) => f.id === id)?.indicator ?? [],
          ),
          false,
        ),
      );
    } else if (this.model) {
      const model = this.model();
      parts.push(this.chart(model));
      parts.push(this.series(indicatorsOf(model.points), true));
    }
    const main = el('main', {});
    append(main, parts);
    main.classList.toggle('embed-fill', main.querySelector('.embed-flex') !== null);
    this.root.replaceChildren(main, this.footer());
    // The placeholder's height is a guess: the host keeps the snippet's height until the content shows.
    this.changed(this.errors.length > 0 || this.data !== undefined);
  }

  private kpis(data: Datasets, target: Extract<EmbedTarget, { kind: 'kpis' }>): HTMLElement {
    const locale = this.state.view.lang;
    const cards = target.figures.flatMap(([ds, id]) => {
      const dataset = data[ds];
      const f = dataset?.figures.find((x) => x.id === id);
      return f && dataset
        ? [figureCard(f, dataset, warningsFor({ [ds]: dataset }, new Set([id])), locale)]
        : [];
    });
    if (cards.length > 1) document.title = t(locale, 'keyFigures');
    return el(
      'section',
      { className: 'embed-kpis' },
      cards.length > 1 && el('h1', { className: 'embed-title' }, t(locale, 'keyFigures')),
      el('div', { className: 'grid kpi-grid' }, ...cards),
    );
  }

  private chart(model: ChartModel): HTMLElement {
    const locale = this.state.view.lang;
    document.title = model.title;
    // The chart takes the height the frame leaves it (embed.css): at most what it needs to be read
    // at its preferred height when the host sizes the frame (embed.js), at least --flex-min.
    const chartBox = el('div', {
      role: 'img',
      'aria-label': chartDescription(model.option, model.title),
      className: 'echart embed-flex',
      style: `--flex-pref:${model.height}px;--flex-min:${chartMinHeight(model.height)}px`,
      'data-preferred-height': String(model.height),
    });
    if (!this.state.showTable) void this.mountChart(chartBox, model);
    const warnings = this.data ? warningsFor(this.data, figureIdsOf(model.points)) : [];
    return el(
      'article',
      { className: 'card chart-card', 'data-chart-id': model.id },
      el('header', {}, el('h1', {}, model.title), el('p', { className: 'subtitle' }, model.subtitle)),
      this.state.showTable ? flexTable(dataTable(model.points, model.title, locale)) : chartBox,
      el(
        'div',
        { className: 'chart-footer' },
        el('p', { className: 'source-line' }, t(locale, 'sourceLine')),
        el(
          'button',
          {
            type: 'button',
            className: 'button button-small',
            'aria-pressed': String(this.state.showTable),
            onclick: () => {
              this.state.showTable = !this.state.showTable;
              this.render();
            },
          },
          this.state.showTable ? t(locale, 'showChart') : t(locale, 'showTable'),
        ),
      ),
      el('p', { className: 'legend-key' }, t(locale, 'legendKey')),
      pointNotes(model.points, warnings, locale),
    );
  }

  private async mountChart(box: HTMLElement, model: ChartModel): Promise<void> {
    let disposed = false;
    this.disposeChart = () => (disposed = true);
    const echarts = await loadEChartsFor(model.option);
    if (disposed) return;
    const chart = echarts.init(box, undefined, { renderer: 'canvas' });
    chart.setOption(model.option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box);
    const stopTooltip = tooltipOnFirstUse(box, () => chart, model.option);
    this.disposeChart = () => {
      stopTooltip();
      observer.disconnect();
      chart.dispose();
    };
  }

  private footer(): HTMLElement {
    const locale = this.state.view.lang;
    const other: Locale = locale === 'vi' ? 'en' : 'vi';
    return el(
      'footer',
      { className: 'embed-footer' },
      el(
        'a',
        { href: dashboardHref(this.target.section, locale), target: '_blank', rel: 'noopener noreferrer' },
        `${t(locale, 'openDashboard')} ↗`,
        el('span', { className: 'visually-hidden' }, ` ${t(locale, 'newTab')}`),
      ),
      el(
        'button',
        { type: 'button', className: 'button button-small', lang: other, onclick: () => this.setLang(other) },
        other === 'vi' ? 'Tiếng Việt' : 'English',
      ),
    );
  }
}
