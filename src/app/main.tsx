import { QueryClient } from '@tanstack/react-query';
import { lazy, startTransition, Suspense, type ReactNode } from 'react';
import type { Root as ReactRoot } from 'react-dom/client';
import { DatasetLoadError, nextTask } from '../api/fetchDataset';
import { startEdition } from '../api/fetchEditions';
import { ErrorPanel } from '../components/ErrorPanel';
import { editionForLinks } from '../data/report';
import { pageOf } from '../data/url';
import { builtEdition, discardBuiltPage, pageSearch } from '../api/page';
import { datasetQueryOptions } from '../api/datasets';
import { chartKindsQueryOptions, chartsFileQueryOptions } from '../api/useChartDefs';
import { sectionDatasets } from '../charts/registry';
import { capturedSvgs, type ChartSvgSource } from '../components/chartSvg';
import { setHydrating } from '../components/hydration';
import { Root } from './Root';
import { loadEChartComponent } from '../components/lazyEChart';
import { App } from './App';
import { retryable } from '../charts/echarts/retryImport';
import { connectStoreToUrl, useViewStore } from '../state/store';

// The slide deck is its own chunk: the dashboard never downloads it, `?present` never renders the dashboard.
const Deck = lazy(() => import('../features/present/Deck'));
const search = pageSearch();
const present = pageOf(search) === 'deck';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
const container = document.getElementById('root')!;
let root: ReactRoot | undefined;

/**
 * React DOM's client, the app's largest module, is evaluated in a task of its own (asked for now, so
 * it is in when needed): evaluated with the app's modules it made one task of over 100 ms on a
 * throttled phone (`npm run bench:tasks`).
 */
const loadReactDom = retryable(() => import('react-dom/client'));
// Its module is already in (the app's own code shares its file): what takes the time is running it,
// which would follow this module's evaluation in the same task if asked for at once.
const reactDom = nextTask().then(loadReactDom);
const reactDomReady = () => reactDom.catch(() => loadReactDom());

async function render(page: ReactNode) {
  const { createRoot } = await reactDomReady();
  root ??= createRoot(container);
  root.render(<Root client={queryClient}>{page}</Root>);
}

/**
 * A built page is hydrated: React adopts the markup the reader already sees instead of building it
 * again, in a transition (slices that leave the main thread free in between). The first render matches
 * the markup because it is the same tree with the same data (src/app/prerender.tsx).
 */
async function hydrate(svgs: ChartSvgSource) {
  const { hydrateRoot } = await reactDomReady();
  setHydrating(true);
  startTransition(() => {
    root = hydrateRoot(
      container,
      <Root client={queryClient} svgs={svgs}>
        <App />
      </Root>,
    );
  });
}

/**
 * A page built in advance is taken over without a change: everything its markup shows is in the
 * Query cache and the chart code is in before the first render, which then reproduces the markup, its
 * charts' SVGs included (they stay until each live chart has drawn). A page built from an edition that
 * is no longer the one asked for (an edition added since) starts as the shell.
 */
async function takeOver(edition: string): Promise<ChartSvgSource | undefined> {
  const built = builtEdition();
  if (built === undefined) return undefined;
  if (built !== edition) {
    discardBuiltPage(true);
    return undefined;
  }
  // Apart from the catalogue's validation, which ends the task before.
  await nextTask();
  const svgs = capturedSvgs(document.getElementById('root')!);
  try {
    const [file, kinds] = await Promise.all([
      queryClient.ensureQueryData(chartsFileQueryOptions),
      queryClient.ensureQueryData(chartKindsQueryOptions),
      loadEChartComponent(),
    ]);
    await Promise.all(
      sectionDatasets(file, kinds, useViewStore.getState().section).map((id) =>
        queryClient.ensureQueryData(datasetQueryOptions(id)),
      ),
    );
  } catch {
    // The app shows what failed where it is needed, with a retry.
  }
  return svgs;
}

/** The edition first (every text and data file follows it); without the catalogue, say why and offer a retry. */
function boot() {
  startEdition(search).then(
    async (choice) => {
      useViewStore.setState({ edition: editionForLinks() });
      const svgs = present ? undefined : await takeOver(choice.missing ? '' : choice.edition.id);
      // The deck keeps its own slide in the URL; only the dashboard's view is synced through the store.
      if (!present) connectStoreToUrl();
      if (svgs) await hydrate(svgs);
      else
        await render(
          present ? (
            <Suspense fallback={null}>
              <Deck />
            </Suspense>
          ) : (
            <App />
          ),
        );
    },
    (error: unknown) =>
      void render(
        <main className="boot-error">
          <ErrorPanel
            errors={[
              error instanceof DatasetLoadError
                ? error
                : new DatasetLoadError('editions.json', 'network', String(error)),
            ]}
            onRetry={boot}
          />
        </main>,
      ),
  );
}
boot();
