import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatasetLoadError } from '../api/fetchDataset';
import { startEdition } from '../api/fetchEditions';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AppFallback, ErrorPanel } from '../components/ErrorPanel';
import { editionForLinks } from '../data/report';
import { pageOf } from '../data/url';
import { App } from './App';
import { connectStoreToUrl, useViewStore } from '../state/store';

// The slide deck is its own chunk: the dashboard never downloads it, `?present` never renders the dashboard.
const Deck = lazy(() => import('../features/present/Deck'));
const present = pageOf(location.search) === 'deck';

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

/** The edition first (every text and data file follows it); without the catalogue, say why and offer a retry. */
function boot() {
  startEdition(location.search).then(
    () => {
      useViewStore.setState({ edition: editionForLinks() });
      // The deck keeps its own slide in the URL; only the dashboard's view is synced through the store.
      if (!present) connectStoreToUrl();
      render(
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
