/**
 * The entry point decides what this page is before loading any of it:
 * `?embed=<id>` (or its page built in advance, embed/<edition>/<id>.html) is one chart for a news
 * article (no React, no other section's code), anything else is the dashboard. The dashboard's data requests start
 * here, in parallel with the code that will read them.
 */
import { CHARTS_FILE_NAME, datasetFile, datasetsForPage, fetchEarly } from './api/early';
import { DATASET_TIMEOUT_MS } from './api/limits';
import { parseUrl } from './data/url';
import { builtPageHolds, discardBuiltPage, pageSearch, showBuiltInTheme } from './api/page';
import { revealCurrent } from './components/revealCurrent';
// What every page shares; each page imports its own CSS with its code (dashboard, embed, deck, review).
import './base.css';

const search = pageSearch();
const { page, embedId, theme, section } = parseUrl(search);
// A dashboard page in the theme its address asks for from the first paint on: its CSS follows the
// device's theme until this is set (src/base.css), and a built page carries its charts in both.
if (page === 'dashboard' && theme !== 'system') document.documentElement.dataset.theme = theme;
// A page built in advance shows its own view at once; asked for another, it starts from the shell, which
// paints the dashboard's heading (an embed, a deck or ?review has none).
const built = builtPageHolds(search);
if (!built) discardBuiltPage(page === 'dashboard' || page === 'print');
else if (page === 'dashboard' && theme !== 'system') showBuiltInTheme(theme);
// Before the app's first render, for a page built in advance: its section in view in the nav (the
// overview, first in it, always is: no layout is read for it).
if (built && page === 'dashboard' && section !== 'overview')
  revealCurrent(document.querySelector<HTMLElement>('.section-nav ul'));
// ?review: drafting datasets from an article (src/features/review), its own chunk: nothing else loads.
if (page === 'review') {
  void import('./features/review/main').then((m) => m.startReview(document.getElementById('root')!, search));
} else if (page === 'embed' && built) {
  // An embed's page built in advance (embed/2023/<id>.html): made interactive as it is, data on demand.
  void import('./embed/takeover').then((m) => m.takeOver(document.getElementById('root')!, embedId!, search));
} else if (page === 'embed') {
  // An old `?embed=` link: the report's structure says which chart the id is and so which built page
  // to go to; its request starts with the code that reads it.
  fetchEarly(search, [CHARTS_FILE_NAME], DATASET_TIMEOUT_MS);
  void import('./embed/main').then((m) => m.startEmbed(embedId ?? '', search));
} else {
  // A built page carries what its view shows: only the catalogue is asked for (files it does not carry
  // are fetched if the reader goes on to another section).
  const files = built ? [] : [CHARTS_FILE_NAME, ...datasetsForPage(search).map(datasetFile)];
  fetchEarly(search, files, DATASET_TIMEOUT_MS);
  // A built page is complete as it arrived: its takeover starts once it has been painted, so no script
  // work comes before the reader sees it.
  const app = () => void import('./app/main');
  // The chart kinds too: the module cache hands them to the app when it asks.
  const kinds = () =>
    void import('./charts/registry')
      .then((r) => r.loadKinds())
      // A failure here is reported where the app asks for the same module.
      .catch(() => undefined);
  // Validation first, on its own: its schemas are built as its module is evaluated.
  const schemas = () => void import('./data/parse').catch(() => undefined);
  if (!built) {
    app();
    if (page !== 'deck') kinds();
  } else {
    // Each import in a task of its own, all requested at once: on a throttled phone, asking for the
    // app's 16 files took 50–80 ms and evaluating them with the schemas about 90 ms, past the 50 ms a
    // task may take before it delays input (Lighthouse's blocking time; `npm run bench`).
    const steps = [schemas, app, kinds];
    const next = () => {
      steps.shift()?.();
      if (steps.length) setTimeout(next, 0);
    };
    requestAnimationFrame(() => setTimeout(next, 0));
  }
}
