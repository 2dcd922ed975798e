import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AppFallback } from '../components/ErrorPanel';
import { App } from './App';
import { connectStoreToUrl } from './store';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
connectStoreToUrl();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The last line of defence: sections and charts have their own boundaries. */}
    <ErrorBoundary fallback={(error, reset) => <AppFallback error={error} reset={reset} />}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
