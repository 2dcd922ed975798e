import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, startTransition, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatasetLoadError } from '../api/fetchDataset';
import { startEdition } from '../api/fetchEditions';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AppFallback, ErrorPanel } from '../components/ErrorPanel';
import { editionForLinks } from '../data/report';
import { pageOf } from '../data/url';
import { builtEdition, discardBuiltPage, pageSearch } from '../api/page';
import { datasetQueryOptions } from '../api/datasets';
import { chartKindsQueryOptions, chartsFileQueryOptions } from '../api/useChartDefs';
import { sectionDatasets } from '../charts/registry';
import { capturedSvgs, ChartSvgContext, type ChartSvgSource } from '../components/chartSvg';
import { loadEChartComponent } from '../components/lazyEChart';
import { App } from './App';
import { connectStoreToUrl, useViewStore } from '../state/store';

// The slide deck is its own chunk: the dashboard never downloads it, `?present` never renders the dashboard.
const Deck = lazy(() => import('../features/present/Deck'));
const search = pageSearch();
const present = pageOf(search) === 'deck';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
const root = createRoot(document.getElementById('root')!);

function render(page: ReactNode) {
  root.render(
    <StrictMode>
      {/* The last line of defence: sections, charts and slides have their own boundaries. */}
      <ErrorBoundary fallback={(error, reset) => <AppFallback error={error} reset={reset} />}>
        <QueryClientProvider client={queryClient}>{page}</QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
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
      // A built page is already on screen: its takeover renders in a transition, in slices that leave
      // the main thread free for the reader in between, and commits once.
      const show = svgs ? startTransition : (f: () => void) => f();
      show(() =>
        render(
          present ? (
            <Suspense fallback={null}>
              <Deck />
            </Suspense>
          ) : svgs ? (
            <ChartSvgContext.Provider value={svgs}>
              <App />
            </ChartSvgContext.Provider>
          ) : (
            <App />
          ),
        ),
      );
    },
    (error: unknown) =>
      render(
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
