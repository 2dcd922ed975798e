/**
 * What wraps every dashboard page, in the browser and at build time alike (src/app/prerender.tsx), so
 * a page built in advance is hydrated by the same tree it was rendered from.
 */
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { ChartSvgContext, NO_BUILT_CHARTS, type ChartSvgSource } from '../components/chartSvg';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AppFallback } from '../components/ErrorPanel';

export function Root({
  client,
  svgs = NO_BUILT_CHARTS,
  children,
}: {
  client: QueryClient;
  svgs?: ChartSvgSource;
  children: ReactNode;
}) {
  return (
    <StrictMode>
      {/* The last line of defence: sections, charts and slides have their own boundaries. */}
      <ErrorBoundary fallback={(error, reset) => <AppFallback error={error} reset={reset} />}>
        <QueryClientProvider client={client}>
          <ChartSvgContext.Provider value={svgs}>{children}</ChartSvgContext.Provider>
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>
  );
}
