import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AppFallback } from '../components/ErrorPanel';
import { App } from './App';
import { connectStoreToUrl } from './store';

// The slide deck is its own chunk: the dashboard never downloads it, `?present` never renders the dashboard.
const Deck = lazy(() => import('../features/present/Deck'));
const present = new URLSearchParams(location.search).has('present');

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
// The deck keeps its own slide in the URL; only the dashboard's view is synced through the store.
if (!present) connectStoreToUrl();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The last line of defence: sections, charts and slides have their own boundaries. */}
    <ErrorBoundary fallback={(error, reset) => <AppFallback error={error} reset={reset} />}>
      <QueryClientProvider client={queryClient}>
        {present ? (
          <Suspense fallback={null}>
            <Deck />
          </Suspense>
        ) : (
          <App />
        )}
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
